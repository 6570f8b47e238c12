/**
 * The letters' menu items: Kirim Pengingat Sekarang (a run now, said in a dialog) and Pratinjau
 * Pengingat (who would get what, nothing sent).
 */
import { reasonLabel } from "../../core/letters/letters";
import { escapeHtml } from "../../core/text/escape";
import { strings } from "../../core/text/strings";
import { fill } from "../../core/text/template";
import { readCampaignFrom } from "../platform/tabs";
import { runReminders } from "./reminders";

/** Menu: Kirim Pengingat Sekarang. */
export function sendRemindersNow(): void {
  const report = runReminders("manual");
  if (!report) return;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = readCampaignFrom(ss).settings.language;
  const t = strings(lang);
  const ui = SpreadsheetApp.getUi();
  const skipped = report.skipped
    .map((d) => `\u2022 ${d.unit.name}: ${reasonLabel(d.reason, lang)}`)
    .join("\n");
  const text = fill(t.sendNowDone, {
    sent: report.sent,
    postponed: report.postponed,
    skipped: report.skipped.length,
  });
  ui.alert(t.sendNowTitle, skipped ? `${text}\n\n${t.sendNowSkipped}\n${skipped}` : text, ui.ButtonSet.OK);
}

/** Menu: Pratinjau Pengingat — who would get what, sending nothing. */
export function previewReminders(): void {
  const report = runReminders("preview");
  if (!report) return;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = readCampaignFrom(ss).settings.language;
  const t = strings(lang);
  const items = report.previews
    .map(
      (p) =>
        `<div style="border:1px solid #dadce0;border-radius:6px;padding:10px;margin:10px 0">` +
        `<div><b>${escapeHtml(t.previewTo)}:</b> ${escapeHtml(p.decision.to.join(", "))}</div>` +
        (p.decision.cc.length
          ? `<div><b>${escapeHtml(t.previewCc)}:</b> ${escapeHtml(p.decision.cc.join(", "))}</div>`
          : "") +
        `<div><b>${escapeHtml(t.previewSubject)}:</b> ${escapeHtml(p.message.subject)}</div><hr>${p.message.htmlBody}</div>`,
    )
    .join("");
  const skipped = report.skipped
    .map((d) => `<li>${escapeHtml(d.unit.name)}: ${escapeHtml(reasonLabel(d.reason, lang))}</li>`)
    .join("");
  const intro = escapeHtml(
    fill(t.previewIntro, { send: report.previews.length, skip: report.skipped.length }),
  );
  const html = `<div style="font-family:Arial,sans-serif;font-size:13px"><p>${intro}</p>${items}${skipped ? `<p><b>${escapeHtml(t.sendNowSkipped)}</b></p><ul>${skipped}</ul>` : ""}</div>`;
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(html).setWidth(760).setHeight(560),
    t.previewTitle,
  );
}
