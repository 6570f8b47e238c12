/**
 * The campaign matrix (APPS-SCRIPT.md, "both ways"): one scripted campaign — setup and its rerun,
 * submissions with repeat NIPs and lost events, bursts, the hourly catch-up, the day's reminders,
 * a recompute, the dashboard — run in the plain world, under each unverified behaviour's harsher
 * reading alone, and under all of them at once. Every world must end with the same counts, Skor
 * rows, emails and dashboard as the plain one, apart from timestamps. Who may answer the form is
 * detected and reported (Uji Platform), not compared.
 */
import { MATRIX, type Variants, Workspace } from "../../local";
import { answersFor, nipAsWritten, rng } from "../../local/respondents";
import { menu, setup, UNIT_HEADER } from "../bundle/fixtures";

const HOUR = 3_600_000;
const SETTINGS = [
  ["tanggal_mulai", "2026-03-02"],
  ["tanggal_selesai", "2026-03-20"],
  ["hari_libur", "2026-03-04"],
  ["jam_pengingat", 9],
  ["jeda_pengingat_hari", 1],
  ["metode_kuota", "manual"],
  ["kumpulkan_nip", "ya"],
  ["email_admin", "biro.organisasi@example.org"],
];
const UNITS = [
  ["A", "Biro A", "Ibu A", "a@example.org", "", 20, 4, "ya"],
  ["B", "Biro B", "Bapak B", "b@example.org", "tu.b@example.org", 40, 12, "ya"],
  ["C", "Dinas C", "Ibu C", "c@example.org", "", 30, 8, "ya"],
  ["D", "Badan D", "Bapak D", "d@example.org", "", 25, 6, "ya"],
];
const CHOICES = ["Biro A (A)", "Biro B (B)", "Dinas C (C)", "Badan D (D)"];

interface Outcome {
  readonly setupMessages: string[];
  readonly aggregates: Record<string, unknown>;
  readonly skor: string[];
  readonly emails: string[];
  readonly dashboard: string[][];
  readonly responses: number;
}

/** The campaign, Monday 2 to Friday 6 March 2026 (Wednesday 4 is a holiday). */
function play(variants: Partial<Variants>): Outcome {
  const ws = new Workspace({
    tabs: { "Unit Kerja": [UNIT_HEADER, ...UNITS], Pengaturan: [["kunci", "nilai"], ...SETTINGS] },
    variants,
  });
  ws.open();
  // Staff keep the spreadsheet's own zone when setup offers to align it: dates must be read right anyway.
  if (variants.spreadsheetTimeZone) ws.answerUi({ button: "NO" });
  const setupMessages = [setup(ws), setup(ws)].map((m) => m.split("\n")[0]);
  const rand = rng(20260302);
  let person = 0;
  const respond = (unit: number, opts: { repeatOf?: number; event?: "dropped" } = {}) => {
    const nip = nipAsWritten(`19850505201001${String(1000 + (opts.repeatOf ?? person++))}`);
    ws.submit(answersFor(rand, { unit: CHOICES[unit], nip }), { event: opts.event ?? "normal" });
  };
  for (let day = 0; day < 5; day++) {
    const noon = Date.UTC(2026, 2, 2 + day, 6, 0); // 13:00 WIB
    ws.advanceTo(noon);
    // A burst after the morning's reminders: one a second.
    for (let i = 0; i < 12; i++) respond((i + day) % 4);
    // Lost events and repeat submissions (the latest counts).
    respond(day % 4, { event: "dropped" });
    respond((day + 1) % 4, { repeatOf: day * 13 });
    ws.advanceTo(noon + 30 * 60_000);
    respond((day + 2) % 4, { repeatOf: day * 13 + 1, event: "dropped" });
  }
  ws.advanceTo(Date.UTC(2026, 2, 7, 0, 0)); // Saturday 07:00: every hourly run of the week has run
  menu(ws, "menuRecompute");
  menu(ws, "menuDashboard");
  const noTime = (v: unknown) => String(v).replace(/\d{1,2}[:.]\d\d(:\d\d)?/g, "<time>");
  const props = ws.properties("document");
  return {
    setupMessages,
    aggregates: Object.fromEntries(
      Object.entries(props)
        .filter(([k]) => k.startsWith("berakhlak.agg."))
        .map(([k, v]) => [k, JSON.parse(v)])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    ),
    // Without the key, the time and the NIP hash (its secret differs per spreadsheet).
    skor: ws
      .values("Skor")
      .slice(1)
      .map((r) => JSON.stringify([...r.slice(2, 16), r[16] === "" ? "" : "hash"]))
      .sort(),
    emails: ws.outbox
      .map(
        (m) =>
          `${new Date(m.time + 7 * HOUR).toISOString().slice(0, 10)} ${m.to} cc:${m.cc ?? ""} ${m.subject}`,
      )
      .sort(),
    dashboard: ws.displayValues("Dasbor").map((r) => r.map(noTime)),
    responses: ws.values(ws.tabNames().find((n) => n.startsWith("Jawaban Formulir")) ?? "").length - 1,
  };
}

/** Plays a world once, on first use; a world that fails fails each of its tests with its error. */
function lazy(variants: Partial<Variants>): () => Outcome {
  let result: Outcome | Error | undefined;
  return () => {
    if (result === undefined) {
      try {
        result = play(variants);
      } catch (e) {
        result = e instanceof Error ? e : new Error(String(e));
      }
    }
    if (result instanceof Error) throw result;
    return result;
  };
}

const plainWorld = lazy({});

describe("the plain world", () => {
  it("is a real campaign: every response counted once, repeats settled, reminders sent, a dashboard", () => {
    const plain = plainWorld();
    expect(plain.setupMessages).toEqual(["Survei siap.", "Survei siap."]);
    expect(plain.responses).toBe(5 * 15);
    expect(plain.skor).toHaveLength(75);
    expect(plain.skor.filter((r) => r.includes('"duplikat"'))).toHaveLength(10);
    expect(plain.aggregates["berakhlak.agg.all"]).toMatchObject({ n: 65 });
    const reminders = plain.emails.filter((e) => / (a|b|c|d)@example\.org /.test(e));
    expect(reminders.length).toBeGreaterThan(4);
    expect(plain.emails.some((e) => e.startsWith("2026-03-04"))).toBe(false); // the holiday
    expect(plain.dashboard.flat().join(" ")).toMatch(/Biro B/);
  });
});

describe.each(MATRIX.filter((w) => w.name !== "plain"))("the world '$name'", ({ variants }) => {
  const outcome = lazy(variants);

  it("ends with the same counts and Skor rows as the plain world", () => {
    const [world, plain] = [outcome(), plainWorld()];
    expect(world.responses).toBe(plain.responses);
    expect(world.aggregates).toEqual(plain.aggregates);
    expect(world.skor).toEqual(plain.skor);
  });

  it("sends the same emails on the same days", () => {
    const [world, plain] = [outcome(), plainWorld()];
    expect(world.emails).toEqual(plain.emails);
  });

  it("shows the same dashboard", () => {
    const [world, plain] = [outcome(), plainWorld()];
    expect(world.dashboard).toEqual(plain.dashboard);
  });

  it("never says the survey is ready without its responses tab, and is ready after the rerun", () => {
    const world = outcome();
    expect(world.setupMessages[1]).toBe("Survei siap.");
    if (variants.responsesTab === "nextExecution") expect(world.setupMessages[0]).not.toBe("Survei siap.");
    else expect(world.setupMessages[0]).toBe("Survei siap.");
  });
});

describe.each([
  ["domain", /hanya menerima responden yang masuk dengan akun domain/],
  ["shared", /jendela pribadi/],
] as const)("who may answer: '%s'", (audience, reported) => {
  it("is detected and reported by Uji Platform where a script can see it, and left to a check by hand", () => {
    const ws = new Workspace({
      tabs: { "Unit Kerja": [UNIT_HEADER, ...UNITS], Pengaturan: [["kunci", "nilai"], ...SETTINGS] },
      variants: { audience },
    });
    ws.open();
    setup(ws);
    menu(ws, "menuPlatform");
    expect(ws.uiLog.at(-1)?.html).toMatch(reported);
    // Staff of the domain (domain) or people it is shared with (shared) can answer; the public cannot.
    expect(() => ws.submit(answersFor(rng(1), { unit: CHOICES[0] }))).toThrow(/permission/);
  });
});
