/**
 * The weekly leadership digest (PRODUCT.md "Campaign kit"): on the set weekday, from the first
 * hourly run at or after the set hour, within the survey period, to the addresses in
 * `email_pimpinan`. Counts only. Its memo (the day and each unit's count) gives next week's
 * change; it is written before the send, so a run stopped after it never sends the week's twice.
 */
import { activeUnits } from "../../core/campaign/campaign";
import type { Snapshot } from "../../core/counting/snapshot";
import { localTime } from "../../core/counting/snapshot";
import { digestDue, renderDigest } from "../../core/letters/digest";
import { periodOf } from "../../core/letters/reminders";
import { daysLeft } from "../../core/text/dates";
import { dict } from "../../core/text/dict";
import { strings } from "../../core/text/strings";
import { docProps, loadStored, type Stored } from "../platform/state";
import { writeDigest } from "../platform/stateWrites";
import { readCampaignFrom } from "../platform/tabs";
import { logLetters } from "./mailLog";

export function weeklyDigest(known: Snapshot | undefined, earlier: Stored): void {
  if (!known) return;
  const now = localTime(Date.now(), known.tzOffsetMin);
  const today = now.ymd;
  const weekday = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const hour = Number(now.text.slice(11, 13));
  if (weekday > 5 || periodOf(today, known) !== "in") return;
  // What the run read at its start, and the settings copy it keeps (it follows Pengaturan by the
  // next hourly run): nothing due, nothing read.
  const plan = known.digest;
  if (plan && (!plan.on || !digestDue(today, weekday, hour, plan, known.startDate, earlier.digest?.day)))
    return;
  const props = docProps();
  const stored = loadStored(props);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const campaign = readCampaignFrom(ss);
  if (campaign.problems.some((p) => p.code !== "settingUnknownKey")) return; // the reminders' run reports them
  const s = campaign.settings;
  if (s.digestTo.length === 0 || periodOf(today, s) !== "in") return;
  const due = digestDue(
    today,
    weekday,
    hour,
    { weekday: s.digestWeekday, hour: s.digestHour },
    s.startDate,
    stored.digest?.day,
  );
  if (!due) return;
  const units = activeUnits(campaign).map((u) => ({
    code: u.code,
    name: u.name,
    head: u.head,
    quota: campaign.quotas.get(u.code) ?? 0,
    responses: stored.aggs.units[u.code]?.n ?? 0,
  }));
  const digest = renderDigest({
    lang: s.language,
    instansi: s.instansi,
    today,
    endDate: s.endDate,
    daysLeft: daysLeft(today, s.endDate),
    units,
    previous: stored.digest?.day ? stored.digest : undefined,
    signature: s.signature,
    boardUrl: s.boardUrl,
  });
  const counts: Record<string, number> = dict();
  for (const u of units) counts[u.code] = u.responses;
  const total = units.filter((u) => u.quota > 0).reduce((a, u) => a + u.responses, 0);
  const t = strings(s.language);
  const canMail = MailApp.getRemainingDailyQuota() >= s.digestTo.length;
  // Held back by the quota: said once in Log Email, and sent by the next run that can.
  if (!canMail && stored.digest?.postponed === due) return;
  // The memo first: the week's digest goes at most once, even when the run stops right after the send.
  if (canMail) writeDigest(props, { day: today, total, counts }, stored.keys);
  else
    writeDigest(
      props,
      { ...(stored.digest ?? { day: "", total: 0, counts: dict() }), postponed: due },
      stored.keys,
    );
  if (canMail)
    MailApp.sendEmail({
      to: s.digestTo.join(","),
      subject: digest.subject,
      body: digest.body,
      htmlBody: digest.htmlBody,
      name: s.instansi,
    });
  logLetters(ss, s.language, known.tzOffsetMin, [
    {
      unit: "",
      recipients: s.digestTo.join(", "),
      kind: "ringkasan pimpinan",
      count: total,
      quota: units.reduce((a, u) => a + u.quota, 0),
      outcome: canMail ? "terkirim" : "ditunda",
      why: canMail ? digest.subject : t.postponedQuota,
    },
  ]);
}
