/**
 * Menu: Kit Sosialisasi — the A4 posters, printable from a dialog without the web app: one for the
 * whole instansi (the form's own link) and one per unit (its pre-filled link, its short link when
 * staff made one). A dialog holds at most KIT_MAX posters; with more units staff name the ones
 * they want.
 */

import { activeUnits } from "../../core/campaign/campaign";
import { type PosterInput, posterPage } from "../../core/results/board";
import { escapeHtml } from "../../core/text/escape";
import { strings } from "../../core/text/strings";
import { fill } from "../../core/text/template";
import { openForm } from "../platform/responses";
import { docProps, loadStored } from "../platform/state";
import { unitLink } from "../platform/stateWrites";
import { readCampaignFrom } from "../platform/tabs";
import { alertProblems } from "../sheet/ui";

/** Posters per dialog: each carries an SVG code of a few kilobytes. */
export const KIT_MAX = 60;

export function showKit(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const campaign = readCampaignFrom(ss);
  const s = campaign.settings;
  const t = strings(s.language);
  if (campaign.problems.some((p) => p.code !== "settingUnknownKey")) {
    alertProblems(ui, campaign, s.language);
    return;
  }
  const stored = loadStored(docProps());
  const form = openForm(stored.state.formId);
  if (!form || !stored.snapshot) {
    ui.alert(t.kitTitle, t.updateFormNoForm, ui.ButtonSet.OK);
    return;
  }
  let units = activeUnits(campaign).filter((u) => unitLink(stored, u) !== "");
  if (units.length > KIT_MAX) {
    const answer = ui.prompt(
      t.kitTitle,
      fill(t.kitPrompt, { count: units.length, max: KIT_MAX }),
      ui.ButtonSet.OK_CANCEL,
    );
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const wanted = answer
      .getResponseText()
      .split(/[,;\s]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean);
    if (wanted.length > 0) {
      const unknown = wanted.filter((c) => !units.some((u) => u.code.toUpperCase() === c));
      if (unknown.length > 0) {
        ui.alert(t.kitTitle, fill(t.kitUnknown, { codes: unknown.join(", ") }), ui.ButtonSet.OK);
        return;
      }
      units = units.filter((u) => wanted.includes(u.code.toUpperCase()));
    }
    units = units.slice(0, KIT_MAX);
  }
  const base = { lang: s.language, title: s.surveyTitle, instansi: s.instansi, endDate: s.endDate };
  const posters: PosterInput[] = [
    { ...base, unitName: `${t.posterWhole} ${s.instansi}`, link: form.getPublishedUrl(), shortLink: "" },
    ...units.map((u) => ({ ...base, unitName: u.name, link: unitLink(stored, u), shortLink: u.shortLink })),
  ];
  const board = s.boardUrl ? `<p>${escapeHtml(fill(t.kitBoard, { url: s.boardUrl }))}</p>` : "";
  const intro =
    `<p>${escapeHtml(t.kitIntro)}</p>${board}` +
    `<button onclick="window.print()" style="padding:8px 16px;font-size:14px">${escapeHtml(t.kitPrint)}</button>`;
  ui.showModalDialog(
    HtmlService.createHtmlOutput(posterPage(s.language, t.kitTitle, posters, intro))
      .setWidth(900)
      .setHeight(640),
    t.kitTitle,
  );
}
