import { renderLetter } from "../../src/core/letters/letters";
import {
  decide,
  EMPTY_HISTORY,
  type History,
  isWorkingDay,
  missedDays,
  NEW_UNIT,
  type ReminderUnit,
  type UnitHistory,
  weekOf,
} from "../../src/core/letters/reminders";

/** A reminder (the letter staff's templates shape). */
const renderMessage = (u: ReminderUnit, c: Parameters<typeof renderLetter>[2]) =>
  renderLetter(u, "pengingat", c);
const rules = {
  startDate: "2026-03-02",
  endDate: "2026-03-20",
  holidays: ["2026-03-05"],
  gapDays: 2,
  weeklyMax: 2,
  closingDays: 3,
  escalateBelow: 0.5,
  escalateAfter: 2,
  escalateDaysLeft: 0,
  escalationEmail: "sekda@example.org",
};
/** A unit that had its opening letter on Monday 2 March, and more. */
const had = (over: Partial<UnitHistory>): UnitHistory => ({
  ...NEW_UNIT,
  opened: "2026-03-02",
  last: "2026-03-02",
  letterDay: "2026-03-02",
  ...over,
});
const unit = (
  code: string,
  responses: number,
  quota: number,
  extra: Partial<ReminderUnit> = {},
): ReminderUnit => ({
  code,
  name: `Unit ${code}`,
  head: `Kepala ${code}`,
  headEmail: `${code.toLowerCase()}@example.org`,
  cc: [],
  quota,
  responses,
  ...extra,
});
const hist = (units: History["units"]): History => ({ ...EMPTY_HISTORY, units });

describe("reminder decisions, by date", () => {
  it.each([
    ["2026-03-01", "outsidePeriod", false], // Sunday before the start
    ["2026-03-21", "outsidePeriod", false], // after the end
    ["2026-03-07", "nonWorkingDay", false], // Saturday
    ["2026-03-05", "nonWorkingDay", false], // listed holiday
    ["2026-03-05", undefined, true], // "send now" ignores the working-day rule
    ["2026-03-03", undefined, false], // a Tuesday
  ])("%s: %s (manual %s)", (day, reason, manual) => {
    const [d] = decide(
      day,
      [unit("A", 1, 5)],
      rules,
      hist({ A: had({ last: "2026-02-27", letterDay: "2026-02-27" }) }),
      manual,
    );
    expect(d.reason).toBe(reason);
    expect(d.send).toBe(reason === undefined);
  });

  it("skips units thanked at quota, without quota or email, within the gap, over the week's ceiling or written to today", () => {
    const units = [
      unit("Q", 5, 5),
      unit("Z", 0, 0),
      unit("E", 0, 5, { headEmail: "" }),
      unit("G", 0, 5),
      unit("M", 0, 5),
      unit("T", 0, 5),
      unit("OK", 1, 5),
    ];
    const h = hist({
      Q: had({ thanked: "2026-03-04" }),
      Z: had({}),
      E: had({}),
      OK: had({}),
      G: had({ count: 1, last: "2026-03-09", letterDay: "2026-03-09" }),
      M: had({ count: 3, last: "2026-03-06", week: weekOf("2026-03-10"), weekCount: 2 }),
      T: had({ thanked: "2026-03-03", letterDay: "2026-03-10" }),
    });
    const byCode = Object.fromEntries(
      decide("2026-03-10", units, rules, h, false).map((d) => [d.unit.code, d.reason ?? "send"]),
    );
    expect(byCode).toEqual({
      Q: "atQuota",
      Z: "noQuota",
      E: "noEmail",
      G: "gap",
      M: "weeklyMax",
      T: "alreadyToday",
      OK: "send",
    });
  });

  it("escalates after the set number of reminders, copying the escalation address", () => {
    const [d] = decide(
      "2026-03-10",
      [unit("A", 1, 5, { cc: ["tu@example.org"] })],
      rules,
      hist({ A: had({ count: 2, last: "2026-03-06" }) }),
      false,
    );
    expect(d).toMatchObject({
      send: true,
      kind: "eskalasi",
      to: ["a@example.org"],
      cc: ["tu@example.org", "sekda@example.org"],
    });
  });

  it("orders postponed units first, the longest waiting first, then the lowest achievement", () => {
    const units = [unit("A", 4, 5), unit("B", 1, 10), unit("C", 3, 5), unit("D", 4, 5)];
    const h = hist({
      A: had({ pendingSince: "2026-03-09" }),
      B: had({}),
      C: had({}),
      D: had({ pendingSince: "2026-03-06" }),
    });
    expect(decide("2026-03-10", units, rules, h, false).map((d) => d.unit.code)).toEqual([
      "D",
      "A",
      "B",
      "C",
    ]);
  });

  it("opens with the opening letter, thanks once at quota, escalates only below the threshold, says closing soon", () => {
    const kinds = (day: string, u: ReminderUnit, h: UnitHistory | undefined) =>
      decide(day, [u], { ...rules, escalateDaysLeft: 5 }, hist(h ? { [u.code]: h } : {}), false)[0];
    expect(kinds("2026-03-02", unit("A", 0, 5), undefined).kind).toBe("pembukaan");
    // A unit reminded by an earlier version (count, no opening day) gets no opening letter mid-campaign.
    expect(kinds("2026-03-10", unit("A", 0, 5), { ...NEW_UNIT, count: 2, last: "2026-03-06" }).kind).toBe(
      "eskalasi",
    );
    expect(kinds("2026-03-10", unit("A", 5, 5), had({})).kind).toBe("terima kasih");
    expect(kinds("2026-03-10", unit("A", 5, 5), had({ thanked: "2026-03-04" })).send).toBe(false);
    // 60 % after many reminders: a reminder, never an escalation (50 % is the threshold).
    expect(kinds("2026-03-10", unit("A", 3, 5), had({ count: 4, last: "2026-03-06" })).kind).toBe(
      "pengingat",
    );
    // Few days left (5 or fewer) and below the threshold: escalated, even after one reminder.
    const late = kinds("2026-03-16", unit("A", 1, 5), had({ count: 1, last: "2026-03-11" }));
    expect(late).toMatchObject({ kind: "eskalasi", escalation: "daysLeft" });
    expect(kinds("2026-03-18", unit("A", 4, 5), had({ count: 1, last: "2026-03-16" })).kind).toBe(
      "segera ditutup",
    );
  });

  it("knows working days", () => {
    expect(isWorkingDay("2026-03-06", [])).toBe(true);
    expect(isWorkingDay("2026-03-08", [])).toBe(false);
  });
});

describe("reminder messages", () => {
  const ctx = {
    lang: "id" as const,
    instansi: "Pemprov",
    today: "2026-03-10",
    endDate: "2026-03-20",
    daysLeft: 11,
    link: "https://docs.google.com/forms/d/e/x/viewform?usp=pp_url&entry.1=A+%28B%29",
    subjectTemplate: "",
    bodyTemplate: "",
    whatsappTemplate: "",
    signature: { name: "", position: "Kepala Biro Organisasi", bureau: "", contact: "" },
    escalationName: "Sekretaris Daerah",
    escalationEmail: "sekda@example.org",
    escalateBelow: 0.5,
    posterUrl: "",
  };

  it("fills the placeholders and escapes every inserted value in the HTML", () => {
    const m = renderMessage(
      unit("X", 2, 8, { name: '<script>alert(1)</script> & "Biro"', head: "=HYPERLINK(1)" }),
      ctx,
    );
    expect(m.subject).toBe(
      'Pengingat Survei BerAKHLAK: <script>alert(1)</script> & "Biro" baru 2 dari 8 responden',
    );
    expect(m.body).toContain("masih diperlukan 6".replace("masih", "Masih"));
    expect(m.body).toContain("(25%)");
    expect(m.htmlBody).not.toContain("<script>");
    expect(m.htmlBody).toContain("&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;Biro&#34;");
    expect(m.htmlBody).toContain(
      '<a href="https://docs.google.com/forms/d/e/x/viewform?usp=pp_url&#38;entry.1=A+%28B%29" style=',
    );
    expect(m.htmlBody).toMatch(/width:25%/);
    expect(m.whatsapp).toContain(ctx.link);
    expect(m.htmlBody).toContain("https://wa.me/?text=");
  });

  it("fills a placeholder staff typed in any case or spacing: {Unit}, { kepala }, {Sisa Hari}", () => {
    const m = renderMessage(unit("X", 2, 8, { name: "Biro X" }), {
      ...ctx,
      subjectTemplate: "{Unit}: {KURANG} lagi",
      bodyTemplate: "Yth. { kepala },\n{Sisa Hari} hari lagi.\n{ tautan }",
    });
    expect(m.subject).toBe("Biro X: 6 lagi");
    expect(m.body).not.toMatch(/\{/);
    expect(m.body).toContain(ctx.link);
  });

  it("uses the staff's templates when set", () => {
    const m = renderMessage(unit("X", 2, 8), {
      ...ctx,
      subjectTemplate: "{unit}: {kurang} lagi",
      bodyTemplate: "Halo {kepala}\n{tautan}",
    });
    expect(m.subject).toBe("Unit X: 6 lagi");
    // Staff's body, greeted (it does not greet itself), then the link, the WhatsApp text and the signature.
    expect(m.body.startsWith(`Yth. Bapak/Ibu Kepala X,\n\nHalo Kepala X\n${ctx.link}\n\n`)).toBe(true);
    expect(m.body.endsWith("Hormat kami,\nKepala Biro Organisasi\nPemprov")).toBe(true);
  });
});

describe("days whose reminders no run sent", () => {
  const rules = { startDate: "2026-03-02", endDate: "2026-03-20", holidays: ["2026-03-05"] };

  it("are the working days of the period between the last run and today", () => {
    expect(missedDays("2026-03-03", "2026-03-09", rules)).toEqual(["2026-03-04", "2026-03-06"]);
  });

  it("are none on the next day, before any run, or outside the period", () => {
    expect(missedDays("2026-03-03", "2026-03-04", rules)).toEqual([]);
    expect(missedDays("", "2026-03-09", rules)).toEqual([]);
    expect(missedDays("2026-03-20", "2026-03-25", rules)).toEqual([]);
  });

  it("are named ten at the most", () => {
    expect(missedDays("2026-01-01", "2026-12-31", { startDate: "", endDate: "", holidays: [] })).toHaveLength(
      10,
    );
  });
});
