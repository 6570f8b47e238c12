/**
 * The campaign's end (PRODUCT.md "Campaign end"): the first hourly run after the end date closes
 * the form (a setting, on by default), tells the admin once (counts, the form, the final
 * release) and writes one Log Email line. Reminders stop by themselves: the period is over. Setup
 * never reopens a form closed after the end (unless staff moved the end date later).
 */
import { activeUnits } from "../../core/campaign/campaign";
import type { Snapshot } from "../../core/counting/snapshot";
import { localTime } from "../../core/counting/snapshot";
import { longDate } from "../../core/text/dates";
import { strings } from "../../core/text/strings";
import { fill } from "../../core/text/template";
import { readReleaseState } from "../platform/releaseState";
import { openForm } from "../platform/responses";
import { docProps, loadStored, type Stored, writeState } from "../platform/state";
import { readCampaignFrom } from "../platform/tabs";
import { logLetters } from "./mailLog";

export function endCampaign(known: Snapshot | undefined, earlier: Stored): void {
  // Before the end date, and once it is handled, nothing is read: the hourly run hands over what it read.
  const now = Date.now();
  if (!known?.endDate) return;
  if (localTime(now, known.tzOffsetMin).ymd <= known.endDate) {
    reopenIfExtended(known, earlier);
    return;
  }
  if (earlier.state.ended?.endDate === known.endDate) return;
  const props = docProps();
  const stored = loadStored(props);
  const state = { ...stored.state };
  if (state.ended?.endDate === known.endDate) return;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const campaign = readCampaignFrom(ss);
  const s = campaign.settings;
  const lang = known.lang;
  const t = strings(lang);
  let closed = false;
  let closedHere = false;
  const form = openForm(state.formId);
  if (form) {
    closed = !form.isAcceptingResponses();
    if (!closed && s.closeFormAtEnd) {
      form.setCustomClosedFormMessage(fill(t.formClosedMessage, { date: longDate(known.endDate, lang) }));
      form.setAcceptingResponses(false);
      closed = true;
      closedHere = true;
    }
  }
  const units = activeUnits(campaign).filter((u) => (campaign.quotas.get(u.code) ?? 0) > 0);
  const quota = units.reduce((a, u) => a + (campaign.quotas.get(u.code) ?? 0), 0);
  const count = (code: string) => stored.aggs.units[code]?.n ?? 0;
  const total = units.reduce((a, u) => a + count(u.code), 0);
  const reached = units.filter((u) => count(u.code) >= (campaign.quotas.get(u.code) ?? 0)).length;
  const final = readReleaseState(props)?.final;
  const release = final?.ok
    ? t.endReleaseDone
    : final
      ? fill(t.endReleaseRefused, { reason: final.reason ?? "" })
      : t.endReleaseNone;
  const formText = closed ? t.endFormClosed : t.endFormOpen;
  const subject = fill(t.endSubject, { instansi: s.instansi });
  const body = fill(t.endBody, {
    date: longDate(known.endDate, lang),
    form: formText,
    total,
    quota,
    persen: `${quota > 0 ? Math.floor((total / quota) * 100) : 0}%`,
    reached,
    units: units.length,
    release,
  });
  const admin = s.adminEmail || state.triggerOwner || Session.getEffectiveUser().getEmail();
  const canMail = admin !== "" && MailApp.getRemainingDailyQuota() >= 1;
  if (canMail) MailApp.sendEmail({ to: admin, subject, body, name: s.instansi });
  state.ended = {
    endDate: known.endDate,
    at: now,
    closed,
    ...(closedHere ? { closedHere: true as const } : {}),
  };
  writeState(props, state);
  logLetters(ss, lang, known.tzOffsetMin, [
    {
      unit: "",
      recipients: admin,
      kind: "selesai",
      count: total,
      quota,
      outcome: canMail ? "terkirim" : "ditunda",
      why: fill(t.endLog, { date: longDate(known.endDate, lang), form: formText.toLowerCase() }),
    },
  ]);
}

/**
 * Staff moved the end date later after the campaign had ended, without running setup: the form
 * the product closed itself reopens, and the new end is handled again when it comes, so that the
 * form, the letters and the board agree. A form staff closed by hand stays as they left it. Nothing
 * is read unless the campaign had ended before an end date that is now later.
 */
function reopenIfExtended(known: Snapshot, earlier: Stored): void {
  const ended = earlier.state.ended;
  if (!ended || ended.endDate >= known.endDate) return;
  const props = docProps();
  const state = { ...loadStored(props).state };
  if (!state.ended || state.ended.endDate >= known.endDate) return;
  const form = state.ended.closedHere ? openForm(state.formId) : null;
  const reopened = !!form && !form.isAcceptingResponses();
  if (form && reopened) form.setAcceptingResponses(true);
  state.ended = undefined;
  writeState(props, state);
  const t = strings(known.lang);
  logLetters(SpreadsheetApp.getActiveSpreadsheet(), known.lang, known.tzOffsetMin, [
    {
      unit: "",
      recipients: "",
      kind: "selesai",
      count: "",
      quota: "",
      outcome: "dilewati",
      why: fill(reopened ? t.endReopened : t.endExtended, { date: longDate(known.endDate, known.lang) }),
    },
  ]);
}
