import {
  decide,
  EMPTY_HISTORY,
  type History,
  isWorkingDay,
  missedDays,
  type ReminderUnit,
  renderMessage,
} from "../../src/core/reminders";

const rules = {
  startDate: "2026-03-02",
  endDate: "2026-03-20",
  holidays: ["2026-03-05"],
  gapDays: 2,
  max: 3,
  escalateAfter: 2,
  escalationEmail: "sekda@example.org",
};
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
const hist = (units: History["units"], pending: string[] = []): History => ({
  ...EMPTY_HISTORY,
  units,
  pending,
});

describe("reminder decisions, by date", () => {
  it.each([
    ["2026-03-01", "outsidePeriod", false], // Sunday before the start
    ["2026-03-21", "outsidePeriod", false], // after the end
    ["2026-03-07", "nonWorkingDay", false], // Saturday
    ["2026-03-05", "nonWorkingDay", false], // listed holiday
    ["2026-03-05", undefined, true], // "send now" ignores the working-day rule
    ["2026-03-03", undefined, false], // a Tuesday
  ])("%s: %s (manual %s)", (day, reason, manual) => {
    const [d] = decide(day, [unit("A", 1, 5)], rules, EMPTY_HISTORY, manual);
    expect(d.reason).toBe(reason);
    expect(d.send).toBe(reason === undefined);
  });

  it("skips units at quota, without quota or email, reminded within the gap, at the maximum or already today", () => {
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
      G: { count: 1, last: "2026-03-09" },
      M: { count: 3, last: "2026-03-02" },
      T: { count: 1, last: "2026-03-10" },
    });
    const byCode = Object.fromEntries(
      decide("2026-03-10", units, rules, h, false).map((d) => [d.unit.code, d.reason ?? "send"]),
    );
    expect(byCode).toEqual({
      Q: "atQuota",
      Z: "noQuota",
      E: "noEmail",
      G: "gap",
      M: "maxReached",
      T: "alreadyToday",
      OK: "send",
    });
  });

  it("escalates after the set number of reminders, copying the escalation address", () => {
    const [d] = decide(
      "2026-03-10",
      [unit("A", 1, 5, { cc: ["tu@example.org"] })],
      rules,
      hist({ A: { count: 2, last: "2026-03-06" } }),
      false,
    );
    expect(d).toMatchObject({
      send: true,
      kind: "eskalasi",
      to: ["a@example.org"],
      cc: ["tu@example.org", "sekda@example.org"],
    });
  });

  it("orders postponed units first, then the lowest achievement", () => {
    const units = [unit("A", 4, 5), unit("B", 1, 10), unit("C", 3, 5)];
    const order = decide("2026-03-10", units, rules, hist({}, ["A"]), false).map((d) => d.unit.code);
    expect(order).toEqual(["A", "B", "C"]);
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
      '<a href="https://docs.google.com/forms/d/e/x/viewform?usp=pp_url&#38;entry.1=A+%28B%29">',
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
    expect(m.body).toBe(`Halo Kepala X\n${ctx.link}`);
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
