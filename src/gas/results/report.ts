/**
 * Menu: Laporan Pimpinan — the formal report of the latest release, as a printable page in a
 * dialog (staff print it or save it as PDF from the browser: no Docs or Drive scope). It reads the
 * release's Hasil tab (one block), Riwayat (one block) and the stored snapshot; never Skor or the
 * live aggregates. The execution's log records which release it reported.
 */

import { MIN_GROUP_FLOOR } from "../../core/campaign/settingDefs";
import { localTime } from "../../core/counting/snapshot";
import { TAB } from "../../core/platform/tabs";
import { renderReport } from "../../core/results/report";
import { readHasil } from "../../core/results/results";
import { parseRiwayat } from "../../core/results/riwayat";
import { strings } from "../../core/text/strings";
import { readReleaseState } from "../platform/releaseState";
import { docProps, loadStored } from "../platform/state";
import { releaseDate } from "./release";

export function showReport(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const props = docProps();
  const stored = loadStored(props);
  const snapshot = stored.snapshot;
  const t = strings(snapshot?.lang ?? "id");
  const release = readReleaseState(props);
  if (!snapshot || !release) {
    ui.alert(t.menuReport, t.reportNoRelease, ui.ButtonSet.OK);
    return;
  }
  const hasil = ss.getSheetById(release.resultsTab);
  const figures = hasil
    ? readHasil(hasil.getDataRange().getValues(), snapshot.lang, release.n, releaseDate(release.at, snapshot))
    : null;
  if (!figures) {
    ui.alert(t.menuReport, t.reportHasilLost, ui.ButtonSet.OK);
    return;
  }
  const riwayatTab = ss.getSheetByName(TAB.history);
  const history = riwayatTab
    ? parseRiwayat(
        riwayatTab.getDataRange().getValues(),
        new Set(snapshot.units.map((u) => u.code)),
        snapshot.year,
      ).rows
    : [];
  const html = renderReport({
    lang: snapshot.lang,
    title: snapshot.title,
    instansi: snapshot.instansi,
    year: snapshot.year,
    startDate: snapshot.startDate,
    endDate: snapshot.endDate,
    today: localTime(Date.now(), snapshot.tzOffsetMin).ymd,
    hasil: figures,
    history,
    min: Math.max(MIN_GROUP_FLOOR, snapshot.minGroup),
    points: snapshot.points,
  });
  console.log(`${t.menuReport}: ${release.n} (${releaseDate(release.at, snapshot)})`);
  ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(900).setHeight(680), t.menuReport);
}
