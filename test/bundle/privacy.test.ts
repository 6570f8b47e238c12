import type { Workspace } from "../../local";
import { answersFor, nipAsWritten, rng } from "../../local/respondents";
import { campaign, menu, RESPONSES_TAB } from "./fixtures";

/** Everything a summary or derived output shows: every tab but the raw responses, emails, dialogs, logs. */
function outputs(ws: Workspace): string {
  const tabs = ws.tabNames().filter((t) => t !== RESPONSES_TAB);
  return JSON.stringify([
    ...tabs.map((t) => ws.displayValues(t)),
    ws.outbox,
    ws.uiLog,
    ws.executions.map((e) => e.logs),
    Object.entries(ws.properties("document")),
  ]);
}

describe("privacy (RELIABILITY.md)", () => {
  it("no derived tab, dashboard, email, dialog, log or stored state contains a clear NIP", () => {
    const ws = campaign([
      ["kumpulkan_nip", "ya"],
      ["email_admin", "admin.biro@example.org"],
    ]);
    const rand = rng(21);
    const nips: string[] = [];
    for (let i = 0; i < 40; i++) {
      const nip = `19${String(700101200001000000 + i * 7919).slice(2)}`;
      nips.push(nip);
      ws.submit(
        answersFor(rand, {
          unit: ["Biro Umum (BU)", "Dinas Pendidikan (DIK)", "RSUD Provinsi (RS)"][i % 3],
          nip: nipAsWritten(nip),
        }),
      );
    }
    menu(ws, "menuDashboard");
    menu(ws, "menuPreviewReminders");
    menu(ws, "menuSendReminders");
    menu(ws, "menuHealth");
    menu(ws, "menuRecompute");
    const text = outputs(ws);
    for (const nip of nips) {
      expect(text).not.toContain(nip);
      expect(text).not.toContain(nipAsWritten(nip));
    }
    // The raw responses tab keeps them, as Google wrote them.
    expect(JSON.stringify(ws.values(RESPONSES_TAB))).toContain(nipAsWritten(nips[0]));
  });

  it("no score of a group under the minimum size appears in any summary; counts do", () => {
    const ws = campaign([["ukuran_kelompok_minimum", 5]]);
    const rand = rng(22);
    // BU: 3 responses (hidden), DIK: 6 (hidden too: the complement), RS: 20.
    const plan = [
      ...Array(3).fill("Biro Umum (BU)"),
      ...Array(6).fill("Dinas Pendidikan (DIK)"),
      ...Array(20).fill("RSUD Provinsi (RS)"),
    ];
    for (const unit of plan)
      ws.submit(answersFor(rand, { unit, employment: unit.startsWith("Biro") ? "PPPK" : "PNS" }));
    menu(ws, "menuDashboard");
    menu(ws, "menuPreviewReminders");
    menu(ws, "menuSendReminders");
    const dash = ws.values("Dasbor");
    const row = (code: string) => dash.find((r) => r[0] === code) ?? [];
    for (const code of ["BU", "DIK"]) {
      expect(
        row(code)
          .slice(7, 16)
          .filter((v) => typeof v === "number"),
      ).toEqual([]);
      expect(row(code)[4]).toBe(code === "BU" ? 3 : 6);
    }
    expect(
      row("RS")
        .slice(9, 16)
        .every((v) => typeof v === "number"),
    ).toBe(true);
    // The profile group PPPK has 3 responses: hidden; and with one hidden group the next-smallest is hidden too.
    const pppk = dash.find((r) => r[1] === "PPPK") ?? [];
    expect(pppk.slice(3, 11).filter((v) => typeof v === "number")).toEqual([]);
    const pns = dash.find((r) => r[1] === "PNS") ?? [];
    expect(pns.slice(3, 11).filter((v) => typeof v === "number")).toEqual([]);
    // Chart ranges cover no hidden score.
    for (const chart of ws.sheet("Dasbor").charts) {
      for (const { box } of chart.ranges) {
        for (let r = box.r; r < box.r + box.nr; r++) {
          for (let c = box.c; c < box.c + box.nc; c++) {
            const code = ws.sheet("Dasbor").value(r, 1);
            if (code === "BU" || code === "DIK") expect(c === 2 || c === 6).toBe(true);
          }
        }
      }
    }
    // Emails and dialogs carry no score at all: no decimal number outside the links.
    const text = JSON.stringify([ws.outbox, ws.uiLog]).replace(/https?:[^"\s<]+/g, "");
    expect(text).not.toMatch(/\b\d{1,3}[.,]\d\b/);
  });

  it("the complementary case: with two small units hidden, the rest stay shown", () => {
    const ws = campaign();
    const rand = rng(23);
    const plan = [
      ...Array(2).fill("Biro Umum (BU)"),
      ...Array(3).fill("Dinas Pendidikan (DIK)"),
      ...Array(12).fill("RSUD Provinsi (RS)"),
    ];
    for (const unit of plan) ws.submit(answersFor(rand, { unit }));
    menu(ws, "menuDashboard");
    const dash = ws.values("Dasbor");
    const idx = (code: string) => (dash.find((r) => r[0] === code) ?? [])[7];
    expect([idx("BU"), idx("DIK")]).toEqual(["n < 5", "n < 5"]);
    expect(typeof idx("RS")).toBe("number");
  });
});

describe("the promise to respondents (the form's description)", () => {
  const description = (ws: Workspace) => ws.linkedForm()?.description ?? "";

  it("without NIP: says what is collected, who sees the raw answers, the minimum; anonymous", () => {
    const ws = campaign([["deskripsi_survei", "Survei tahunan budaya kerja."]]);
    const text = description(ws);
    expect(text).toMatch(/^Survei tahunan budaya kerja\.\n\n/);
    expect(text).toContain(
      "Yang dikumpulkan: unit kerja, jenis kepegawaian, jenis jabatan dan jawaban Anda.",
    );
    expect(text).toContain("tidak meminta nama, email, atau NIP Anda, sehingga jawaban Anda anonim");
    expect(text).toContain("Jawaban mentah hanya dapat dilihat tim survei Pemerintah Provinsi Contoh");
    expect(text).toContain("tidak pernah menampilkan skor kelompok yang kurang dari 5 orang");
    // The consent statement at the top no longer promises anonymity by itself.
    expect(JSON.stringify(ws.linkedForm()?.items.map((i) => i.help))).not.toMatch(/anonim/);
  });

  it("with NIP: says the NIP is collected and why, and that the survey is not anonymous to the team", () => {
    const ws = campaign([
      ["kumpulkan_nip", "ya"],
      ["tanya_jenis_jabatan", "tidak"],
      ["ukuran_kelompok_minimum", 7],
    ]);
    const text = description(ws);
    expect(text).toContain("Yang dikumpulkan: unit kerja, jenis kepegawaian, NIP, dan jawaban Anda.");
    expect(text).toContain("NIP hanya dipakai untuk mengenali pengisian ganda");
    expect(text).toContain("tidak anonim bagi tim survei");
    expect(text).not.toMatch(/jawaban Anda anonim/);
    expect(text).toContain("kurang dari 7 orang");
  });

  it("in English when the interface is English", () => {
    const ws = campaign([["bahasa", "en"]]);
    expect(description(ws)).toContain("so your answers are anonymous. Only the survey team of");
  });
});

describe("the minimum group size", () => {
  it("below 3 is refused by the settings check, with what to fix", () => {
    const ws = campaign([["ukuran_kelompok_minimum", 1]]);
    const message = ws.uiLog.map((u) => u.message).join("\n");
    expect(message).toMatch(/ukuran_kelompok_minimum/);
    expect(message).toMatch(/\b3\b/);
    expect(ws.linkedForm()).toBeUndefined();
  });

  it("emails and dialogs of a whole campaign carry counts and never a score or predikat", () => {
    const ws = campaign([
      ["email_admin", "admin.biro@example.org"],
      ["eskalasi_setelah", 1],
      ["email_eskalasi", "sekda@example.org"],
      ["email_pimpinan", "pimpinan@example.org; sekda@example.org"],
    ]);
    const rand = rng(31);
    for (let i = 0; i < 14; i++)
      ws.submit(
        answersFor(rand, { unit: ["Biro Umum (BU)", "Dinas Pendidikan (DIK)", "RSUD Provinsi (RS)"][i % 3] }),
      );
    for (let day = 0; day < 6; day++) ws.advanceClock(24 * 3_600_000);
    menu(ws, "menuPreviewReminders");
    menu(ws, "menuSendReminders");
    expect(ws.outbox.length).toBeGreaterThan(3);
    // The weekly leadership digest went out (Monday 09:00) and is held to the same rule.
    expect(ws.outbox.filter((m) => m.subject.startsWith("Ringkasan mingguan"))).toHaveLength(1);
    // So is the public board, with each unit's page and poster, and the Kit Sosialisasi dialog.
    ws.deployWebApp();
    menu(ws, "menuKit");
    const pages = [ws.webGet(), ...["BU", "DIK", "RS"].map((unit) => ws.webGet({ unit }))].map((p) => p.html);
    const shown = [
      ...ws.outbox.map((m) => [m.subject, m.body, m.htmlBody ?? ""]),
      pages,
      ws.uiLog.at(-1)?.html ?? "",
    ];
    const mail = JSON.stringify(shown)
      .replace(/<style>.*?<\/style>/g, "")
      .replace(/<svg.*?<\/svg>/g, "")
      .replace(/https?:[^"\s<\\]+/g, "");
    expect(mail).not.toMatch(/\b\d{1,3}[.,]\d\b/);
    expect(mail).not.toMatch(/Sehat|Indeks BerAKHLAK [0-9]/);
  });
});
