import { Workspace } from "../../local";
import { answersFor, rng } from "../../local/respondents";
import { campaign, form, menu, RESPONSES_TAB, setup, UNIT_HEADER, UNITS, workspaceWith } from "./fixtures";

/**
 * RELIABILITY.md's "Bad input" table, row by row, through the built bundle: the promised answer
 * (a message saying what to fix, in the user's language; nothing written where nothing should
 * be; the raw responses' values unchanged). Prints how many were tried and handled.
 */
type Case = { row: string; run: () => boolean };

const rawOf = (ws: Workspace) =>
  ws.tabNames().includes(RESPONSES_TAB) ? JSON.stringify(ws.values(RESPONSES_TAB)) : "";

function settingsCase(rows: unknown[][], expected: RegExp, lang: "id" | "en" = "id"): boolean {
  const ws = workspaceWith([...(lang === "en" ? [["bahasa", "en"]] : []), ...rows]);
  const msg = setup(ws);
  return expected.test(msg) && ws.forms.length === 0 && ws.triggers.length === 0;
}

function unitsCase(extra: unknown[], expected: RegExp): boolean {
  const ws = workspaceWith([], [...UNITS, extra]);
  const msg = setup(ws);
  return expected.test(msg) && ws.forms.length === 0;
}

/** A bad thing done to a running campaign: the raw responses are unchanged, the rest as promised. */
function liveCase(act: (ws: Workspace, rand: () => number) => boolean): boolean {
  const ws = campaign();
  const rand = rng(3);
  for (let i = 0; i < 3; i++) ws.submit(answersFor(rand, { unit: "Biro Umum (BU)" }));
  // Rows as a multiset: staff may reorder them; no value of theirs may change.
  const rows = () => (JSON.parse(rawOf(ws)) as unknown[][]).map((r) => JSON.stringify(r));
  const before = rows();
  const ok = act(ws, rand);
  const after = rows();
  return ok && before.every((r) => after.includes(r));
}

const lastSkor = (ws: Workspace) => ws.values("Skor").at(-1) ?? [];

const CASES: Case[] = [
  {
    row: "settings: unknown key",
    run: () => settingsCase([["bahas", "id"]], /Pengaturan baris 2: kunci “bahas” tidak dikenal/),
  },
  { row: "settings: wrong type", run: () => settingsCase([["tahun", "dua ribu"]], /bukan bilangan bulat/) },
  {
    row: "settings: end before start",
    run: () =>
      settingsCase(
        [
          ["tanggal_mulai", "2026-03-10"],
          ["tanggal_selesai", "2026-03-01"],
        ],
        /lebih awal dari tanggal_mulai/,
      ),
  },
  {
    row: "settings: scale outside 4-7",
    run: () => settingsCase([["skala", 3]], /\(skala\): “3” di luar rentang 4 sampai 7/),
  },
  {
    row: "settings: margin outside (0, 0.5)",
    run: () =>
      settingsCase([["margin_error", 0.7]], /margin_error\): harus lebih dari 0 dan kurang dari 0,5/),
  },
  {
    row: "settings: unknown template placeholder",
    run: () => settingsCase([["isi_pengingat", "Yth {kepala}, {unti}"]], /penanda \{unti\} tidak dikenal/),
  },
  {
    row: "settings: in English by setting",
    run: () => settingsCase([["skala", 9]], /Settings row 3 \(skala\): “9” is outside 4 to 7/, "en"),
  },
  {
    row: "units: duplicate code",
    run: () => unitsCase(["BU", "Biro Baru", "", "", "", 5, "", "ya"], /kode “BU” sudah dipakai di baris 2/),
  },
  {
    row: "units: duplicate name",
    run: () =>
      unitsCase(["BB", "biro umum", "", "", "", 5, "", "ya"], /nama “biro umum” sudah dipakai di baris 2/),
  },
  {
    row: "units: empty name",
    run: () => unitsCase(["BB", "", "", "", "", 5, "", "ya"], /baris 5: nama unit kosong/),
  },
  {
    row: "units: bad email",
    run: () => unitsCase(["BB", "Biro B", "", "b@", "", 5, "", "ya"], /email kepala “b@” tidak sah/),
  },
  {
    row: "units: negative headcount",
    run: () =>
      unitsCase(["BB", "Biro B", "", "", "", -2, "", "ya"], /jumlah pegawai “-2” harus bilangan bulat/),
  },
  {
    row: "units: non-numeric headcount",
    run: () => unitsCase(["BB", "Biro B", "", "", "", "banyak", "", "ya"], /jumlah pegawai “banyak”/),
  },
  {
    row: "units: manual quota above headcount",
    run: () =>
      unitsCase(["BB", "Biro B", "", "", "", 5, 9, "ya"], /kuota manual 9 melebihi jumlah pegawai 5/),
  },
  {
    row: "a response for a unit not in the list",
    run: () =>
      liveCase((ws, rand) => {
        ws.submit(answersFor(rand, { unit: "Biro Hapus (DEL)" }), { validate: false });
        menu(ws, "menuHealth");
        return (
          lastSkor(ws)[3] === "tidak valid" &&
          /tidak ada di tab Unit Kerja/.test(String(lastSkor(ws)[4])) &&
          /Jawaban tidak valid/.test(ws.uiLog.at(-1)?.html ?? "")
        );
      }),
  },
  {
    row: "a response for a deactivated unit",
    run: () =>
      liveCase((ws, rand) => {
        ws.typeInto(
          "Unit Kerja",
          [["RS", "RSUD Provinsi", "dr. Wati", "wati@example.org", "", 500, "", "tidak"]],
          4,
        );
        menu(ws, "menuRecompute");
        ws.submit(answersFor(rand, { unit: "RSUD Provinsi (RS)" }), { validate: false });
        return lastSkor(ws)[3] === "tidak valid" && /tidak aktif/.test(String(lastSkor(ws)[4]));
      }),
  },
  {
    row: "a unit renamed by staff after responses arrived",
    run: () =>
      liveCase((ws, rand) => {
        ws.typeInto("Unit Kerja", [["BU", "Biro Umum dan Perlengkapan"]], 2);
        menu(ws, "menuUpdateForm");
        ws.submit(answersFor(rand, { unit: "Biro Umum dan Perlengkapan (BU)" }));
        const incremental = JSON.parse(ws.properties("document")["berakhlak.agg.u.BU"]).n;
        menu(ws, "menuRecompute");
        return incremental === 4 && JSON.parse(ws.properties("document")["berakhlak.agg.u.BU"]).n === 4;
      }),
  },
  {
    row: "staff sort or filter the responses tab",
    run: () =>
      liveCase((ws, rand) => {
        ws.sortTab(RESPONSES_TAB, 3, false);
        ws.submit(answersFor(rand, { unit: "Dinas Pendidikan (DIK)" }));
        ws.advanceClock(61 * 60 * 1000);
        return (
          ws.values("Skor").length === 5 && JSON.parse(ws.properties("document")["berakhlak.agg.all"]).n === 4
        );
      }),
  },
  {
    row: "an answer outside the scale",
    run: () =>
      liveCase((ws, rand) => {
        const a = answersFor(rand, { unit: "Biro Umum (BU)" });
        const grid = a.Akuntabel as Record<string, string>;
        grid[Object.keys(grid)[0]] = "9";
        ws.submit(a, { validate: false });
        return lastSkor(ws)[3] === "tidak valid" && /di luar skala/.test(String(lastSkor(ws)[4]));
      }),
  },
  {
    row: "a missing required answer",
    run: () =>
      liveCase((ws, rand) => {
        const a = answersFor(rand, { unit: "Biro Umum (BU)" });
        delete (a.Kompeten as Record<string, string>)[Object.keys(a.Kompeten as object)[1]];
        ws.submit(a, { validate: false });
        return lastSkor(ws)[3] === "tidak valid" && /jawaban KO2 kosong/.test(String(lastSkor(ws)[4]));
      }),
  },
  {
    row: "text starting with = + - @ written into a derived tab",
    run: () =>
      liveCase((ws, rand) => {
        ws.submit(answersFor(rand, { unit: "@SUM(1) (X)", employment: "-1+1", position: "=1" }), {
          validate: false,
        });
        const skor = ws.sheet("Skor");
        const row = lastSkor(ws);
        return (
          !skor.rows.some((r) => r?.f?.some(Boolean)) &&
          row[14] === "lainnya" &&
          row[15] === "lainnya" &&
          String(row[4]).includes("@SUM(1) (X)")
        );
      }),
  },
  {
    row: "text inserted into an email or a dialog",
    run: () =>
      liveCase((ws) => {
        ws.typeInto("Unit Kerja", [["BU", '<b>Biro</b> & "Umum"']], 2);
        menu(ws, "menuUpdateForm");
        menu(ws, "menuPreviewReminders");
        const html = ws.uiLog.at(-1)?.html ?? "";
        return (
          !html.includes("<b>Biro</b>") && html.includes("&#60;b&#62;Biro&#60;/b&#62; &#38; &#34;Umum&#34;")
        );
      }),
  },
  {
    row: "very long text (50,000 characters)",
    run: () =>
      liveCase((ws) => {
        // The longest a cell holds, typed by staff as a unit's name: shown cut, never a crash.
        ws.typeInto("Unit Kerja", [["BU", `Biro ${"x".repeat(49_990)}`]], 2);
        menu(ws, "menuUpdateForm");
        menu(ws, "menuDashboard");
        menu(ws, "menuPreviewReminders");
        const shown = ws
          .values("Dasbor")
          .flat()
          .find((v) => String(v).startsWith("Biro xxx"));
        return String(shown).length <= 2000 && (ws.uiLog.at(-1)?.html ?? "").length < 60_000;
      }),
  },
];

describe("the bad-input catalogue (RELIABILITY.md)", () => {
  it("answers every row as promised", () => {
    const failed: string[] = [];
    for (const c of CASES) {
      let ok = false;
      try {
        ok = c.run();
      } catch (e) {
        failed.push(`${c.row}: ${(e as Error).message}`);
        continue;
      }
      if (!ok) failed.push(c.row);
    }
    console.log(
      `bad input catalogue: ${CASES.length} tried, ${CASES.length - failed.length} handled as promised`,
    );
    expect(failed).toEqual([]);
  });
});

describe("faults the health check reports", () => {
  it("reports a NIP column holding numbers", () => {
    const ws = campaign([["kumpulkan_nip", "ya"]]);
    const col = ws.values(RESPONSES_TAB)[0].indexOf("NIP");
    for (const row of ws.sheet(RESPONSES_TAB).rows) if (row?.a?.[col]) row.a[col] = undefined;
    // A response from before the grouped NIP question (an older form's 18 bare digits).
    ws.submit(answersFor(rng(1), { unit: "Biro Umum (BU)", nip: "199001012015031001" }), { validate: false });
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toContain("Kolom NIP berisi angka (digit hilang) pada 1 jawaban");
  });

  it("reports a form deleted in Drive", () => {
    const ws = campaign();
    ws.faults.crashAtCall.push(8);
    ws.submit(answersFor(rng(2), { unit: "Biro Umum (BU)" }));
    form(ws);
    ws.deleteForm(form(ws).id);
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toContain("Formulir tidak ditemukan");
  });
});

describe("derived tabs", () => {
  it("are protected with a warning only", () => {
    const ws = campaign();
    for (const tab of ["Skor", "Dasbor", "Log Email"]) {
      expect(ws.sheet(tab).protections).toEqual([expect.objectContaining({ warningOnly: true })]);
    }
  });
});

describe("setup on a sheet whose units tab was typed in English headers", () => {
  it("reads the units by position", () => {
    const ws = new Workspace({
      tabs: {
        "Unit Kerja": [
          [
            "Code",
            "Unit name",
            "Head's name",
            "Head's email",
            "CC emails",
            "Headcount",
            "Manual quota",
            "Active",
          ],
          ...UNITS,
        ],
      },
    });
    ws.open();
    expect(setup(ws)).toMatch(/^Survei siap/);
    // The typed tab has the 8 columns of an earlier version; the 9th (Tautan Pendek) is optional.
    expect(UNIT_HEADER).toHaveLength(9);
  });
});

describe("an error inside a trigger", () => {
  it("is recorded for the health check and mailed to the admin at most once a day", () => {
    const ws = campaign([["email_admin", "admin.biro@example.org"]]);
    // Staff delete most of the dashboard's columns by hand: writing its unit table now fails.
    ws.sheet("Dasbor").deleteCols(1, 15);
    ws.submit(answersFor(rng(4), { unit: "Biro Umum (BU)" }));
    ws.submit(answersFor(rng(5), { unit: "Biro Umum (BU)" }));
    // The responses still count; the problem is recorded.
    expect(ws.values("Skor")).toHaveLength(3);
    expect(JSON.parse(ws.properties("document")["berakhlak.agg.all"]).n).toBe(2);
    const mails = ws.outbox.filter((m) => m.to.includes("admin.biro@example.org"));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("[Survei BerAKHLAK] Galat pada pemrosesan otomatis");
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toMatch(/Galat terakhir: \d{4}-\d{2}-\d{2}/);
  });
});
