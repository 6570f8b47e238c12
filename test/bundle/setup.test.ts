import { Workspace } from "../../local";
import { SETTINGS } from "../../src/core/campaign/settingDefs";
import { AGREE_LABELS, SCALE_LABELS, VALUES } from "../../src/core/counting/instrument";
import {
  campaign,
  form,
  itemTitled,
  menu,
  RESPONSES_TAB,
  setup,
  UNIT_HEADER,
  UNITS,
  unitLinks,
  workspaceWith,
} from "./fixtures";

describe("Siapkan Survei on a fresh spreadsheet", () => {
  it("first creates the settings and units tabs with defaults and two example units, and builds nothing", () => {
    const ws = new Workspace();
    ws.open();
    const message = setup(ws);
    expect(message).toMatch(/Tab Pengaturan dan Unit Kerja sudah disiapkan/);
    const settings = ws.values("Pengaturan");
    expect(settings[0]).toEqual(["kunci", "nilai", "keterangan"]);
    expect(settings.slice(1).map((r) => r[0])).toEqual(SETTINGS.map((d) => d.key));
    expect(settings.slice(1).every((r) => String(r[2]).length > 0)).toBe(true);
    const units = ws.values("Unit Kerja");
    expect(units[0]).toEqual(UNIT_HEADER);
    expect(units).toHaveLength(3);
    expect(ws.forms).toHaveLength(0);
    expect(ws.triggers).toHaveLength(0);
  });

  it("then builds a linked, published form from the instrument with the active units", () => {
    const ws = new Workspace();
    ws.open();
    setup(ws);
    const message = setup(ws);
    expect(message).toMatch(/^Survei siap\./);
    const f = form(ws);
    expect(f.published && f.accepting).toBe(true);
    expect(f.allowEdits).toBe(false);
    expect(f.title).toBe("Survei Indeks BerAKHLAK");
    expect(f.items[0]).toMatchObject({ type: "SECTION_HEADER" });
    expect(f.items[0].help).toMatch(/sukarela/);
    expect(itemTitled(ws, "Unit kerja")).toMatchObject({
      type: "LIST",
      required: true,
      choices: ["Biro Organisasi (BIRO-ORG)", "Dinas Pendidikan (DISDIK)"],
    });
    expect(itemTitled(ws, "Jenis kepegawaian").choices).toEqual(["PNS", "PPPK", "Non-ASN"]);
    expect(itemTitled(ws, "Jenis jabatan").choices).toEqual(["Struktural", "Fungsional", "Pelaksana"]);
    const grids = f.items.filter((i) => i.type === "GRID");
    expect(grids.map((g) => g.title)).toEqual([
      ...VALUES.map((v) => v.name.id),
      "Employer Branding: Bangga Melayani Bangsa",
    ]);
    for (const g of grids) {
      expect(g.rows).toHaveLength(3);
      const labels = g.columns.map((c) => c.replace(/^\d \u2013 /, ""));
      // Behaviours: how often (frequency); the EB statements: how much you agree (INSTRUMENT.md).
      expect(labels).toEqual(g.title.startsWith("Employer") ? AGREE_LABELS[5].id : SCALE_LABELS[5].id);
    }
    const ebPage = f.items.filter((i) => i.type === "PAGE_BREAK").at(-1);
    expect(ebPage?.help).toBe("Seberapa setuju Anda dengan pernyataan berikut?");
    expect(grids.at(-1)?.rows[0]).toBe("EB1. Saya bangga bekerja melayani masyarakat di instansi ini");
    expect(grids[0].rows[0]).toBe("BP1. Memahami dan memenuhi kebutuhan masyarakat");
    expect(f.items.filter((i) => i.type === "PAGE_BREAK")).toHaveLength(8);
    expect(f.items.some((i) => i.title === "NIP")).toBe(false);
    expect(ws.tabNames()[0]).toBe(RESPONSES_TAB);
    expect(ws.book.locale).toBe("id_ID");
  });
});

describe("Siapkan Survei run again", () => {
  it("repairs and duplicates nothing: one form, one trigger of each kind, responses kept", () => {
    const ws = campaign();
    ws.submit(
      { "Unit kerja": "Biro Umum (BU)", "Jenis kepegawaian": "PNS", "Jenis jabatan": "Fungsional" },
      { validate: false },
    );
    setup(ws);
    setup(ws);
    expect(ws.forms).toHaveLength(1);
    expect(ws.triggers.map((t) => t.fn).sort()).toEqual([
      "hourlyCatchUpTrigger",
      "onFormSubmitTrigger",
      "onSheetEditTrigger",
    ]);
    expect(ws.tabNames().filter((n) => n.startsWith("Jawaban Formulir"))).toEqual([RESPONSES_TAB]);
    expect(ws.values(RESPONSES_TAB)).toHaveLength(2);
    const header = ws.values(RESPONSES_TAB)[0];
    expect(new Set(header).size).toBe(header.length);
  });

  it("leaves one trigger of each kind when one was installed twice by hand", () => {
    const ws = campaign();
    const before = ws.triggers.length;
    ws.runCode(`ScriptApp.newTrigger("hourlyCatchUpTrigger").timeBased().everyHours(1).create();`);
    expect(ws.triggers.length).toBe(before + 1);
    setup(ws);
    expect(ws.triggers.filter((t) => t.fn === "hourlyCatchUpTrigger")).toHaveLength(1);
  });

  it("run by a second staff account installs no second set and names whose triggers run", () => {
    const ws = campaign();
    ws.user = "rekan@example.org";
    const message = setup(ws);
    expect(ws.triggers).toHaveLength(3);
    expect(ws.triggers.every((t) => t.user === "admin@example.org")).toBe(true);
    expect(message).toMatch(/admin@example\.org/);
  });

  it("needs no trigger change when the reminder hour changes: the next hourly run follows Pengaturan", () => {
    const ws = campaign([["tanggal_mulai", "2026-03-02"]]);
    const before = ws.triggers.map((t) => t.uid);
    ws.typeInto(
      "Pengaturan",
      [["jam_pengingat", 14]],
      ws.values("Pengaturan").findIndex((r) => r[0] === "jam_pengingat") + 1,
    );
    ws.advanceTo(Date.UTC(2026, 2, 2, 6, 59)); // 13:59 WIB
    expect(ws.outbox).toHaveLength(0);
    ws.advanceTo(Date.UTC(2026, 2, 2, 8, 0)); // 15:00 WIB: the 14:xx run has sent
    expect(ws.outbox.length).toBeGreaterThan(0);
    expect(new Date(ws.outbox[0].time + 7 * 3_600_000).getUTCHours()).toBe(14);
    expect(ws.triggers.map((t) => t.uid)).toEqual(before);
  });

  it("removes the daily reminder trigger of the previous version", () => {
    const ws = campaign();
    ws.runCode(`ScriptApp.newTrigger("dailyReminderTrigger").timeBased().atHour(8).everyDays(1).create();`);
    setup(ws);
    expect(ws.triggers.map((t) => t.fn).sort()).toEqual([
      "hourlyCatchUpTrigger",
      "onFormSubmitTrigger",
      "onSheetEditTrigger",
    ]);
  });

  it("links the form again only when it is no longer linked, and republishes a closed form", () => {
    const ws = campaign();
    const f = form(ws);
    f.published = false;
    setup(ws);
    expect(form(ws).published).toBe(true);
    expect(ws.tabNames().filter((n) => n.startsWith("Jawaban"))).toEqual([RESPONSES_TAB]);
    ws.runCode(`FormApp.openById("${f.id}").removeDestination();`);
    setup(ws);
    expect(ws.linkedForm()?.id).toBe(f.id);
    expect(ws.tabNames()[0]).toBe("Jawaban Formulir 2");
  });

  it("builds a new form when the old one was deleted", () => {
    const ws = campaign();
    const old = form(ws).id;
    ws.deleteForm(old);
    setup(ws);
    expect(form(ws).id).not.toBe(old);
  });
});

describe("invalid settings or units", () => {
  it("give one alert listing every problem with its row, and build nothing", () => {
    const ws = workspaceWith(
      [
        ["skala", 9],
        ["tanggal_mulai", "2026-03-10"],
        ["tanggal_selesai", "2026-03-01"],
      ],
      [...UNITS, ["BU", "Biro Umum Lagi", "", "bukan-email", "", -3, "", "ya"]],
    );
    const message = setup(ws);
    expect(ws.uiLog.at(-1)?.title).toBe("Perbaiki dulu hal berikut");
    expect(message).toContain("Pengaturan baris 2 (skala)");
    expect(message).toContain(
      "Pengaturan baris 4: tanggal_selesai (2026-03-01) lebih awal dari tanggal_mulai (2026-03-10).",
    );
    expect(message).toContain("Unit Kerja baris 5: kode \u201cBU\u201d sudah dipakai di baris 2.");
    expect(message).toContain("Unit Kerja baris 5: email kepala \u201cbukan-email\u201d tidak sah.");
    expect(message).toContain("Unit Kerja baris 5: jumlah pegawai \u201c-3\u201d");
    expect(ws.forms).toHaveLength(0);
    expect(ws.triggers).toHaveLength(0);
  });

  it("speak English when the settings say so", () => {
    const ws = workspaceWith([["bahasa", "en"]], [...UNITS, ["XX", "", "", "", "", 5, "", "ya"]]);
    const message = setup(ws);
    expect(message).toContain("Units row 5: the unit name is empty.");
  });
});

describe("Perbarui Formulir", () => {
  it("brings a renamed unit to the form's dropdown in place, without a new column", () => {
    const ws = campaign();
    const item = itemTitled(ws, "Unit kerja");
    const width = ws.values(RESPONSES_TAB)[0].length;
    ws.typeInto("Unit Kerja", [["BU", "Biro Umum dan Perlengkapan"]], 2);
    expect(ws.clickMenu("Perbarui Formulir").error).toBeUndefined();
    expect(itemTitled(ws, "Unit kerja").id).toBe(item.id);
    expect(itemTitled(ws, "Unit kerja").choices[0]).toBe("Biro Umum dan Perlengkapan (BU)");
    expect(ws.values(RESPONSES_TAB)[0]).toHaveLength(width);
  });

  it("drops a deactivated unit and gives each active unit its pre-filled link", () => {
    const ws = campaign();
    ws.typeInto(
      "Unit Kerja",
      [["RS", "RSUD Provinsi", "dr. Wati", "wati@example.org", "", 500, "", "tidak"]],
      4,
    );
    ws.clickMenu("Perbarui Formulir");
    expect(itemTitled(ws, "Unit kerja").choices).toEqual(["Biro Umum (BU)", "Dinas Pendidikan (DIK)"]);
    const links = unitLinks(ws);
    expect(Object.keys(links)).toEqual(["BU", "DIK"]);
    expect(links.BU).toMatch(/viewform\?usp=pp_url&entry\.\d+=Biro\+Umum\+%28BU%29$/);
  });

  it("changes the scale while no response exists", () => {
    const ws = campaign();
    ws.typeInto("Pengaturan", [["skala", 7]], ws.values("Pengaturan").findIndex((r) => r[0] === "skala") + 1);
    ws.clickMenu("Perbarui Formulir");
    expect(form(ws).items.find((i) => i.type === "GRID")?.columns).toHaveLength(7);
  });

  it("refuses to change the scale once responses exist, and says why", () => {
    const ws = campaign();
    ws.submit({ "Unit kerja": "Biro Umum (BU)" }, { validate: false });
    ws.typeInto("Pengaturan", [["skala", 7]], ws.values("Pengaturan").findIndex((r) => r[0] === "skala") + 1);
    ws.clickMenu("Perbarui Formulir");
    expect(form(ws).items.find((i) => i.type === "GRID")?.columns).toHaveLength(5);
    expect(ws.uiLog.at(-1)?.message).toMatch(/Skala jawaban tidak diubah: sudah ada 1 jawaban/);
  });

  it("never changes the form's labels when the interface language changes", () => {
    const ws = campaign();
    ws.typeInto(
      "Pengaturan",
      [["bahasa", "en"]],
      ws.values("Pengaturan").findIndex((r) => r[0] === "bahasa") + 1,
    );
    ws.open();
    ws.clickMenu("Update form");
    expect(itemTitled(ws, "Unit kerja").type).toBe("LIST");
    expect(ws.uiLog.at(-1)?.title).toBe("Update form");
  });
});

describe("NIP collection", () => {
  it("switched on later puts the NIP question where a new form has it", () => {
    const ws = campaign();
    const row = ws.values("Pengaturan").findIndex((r) => r[0] === "kumpulkan_nip") + 1;
    ws.typeInto("Pengaturan", [["kumpulkan_nip", "ya"]], row);
    menu(ws, "menuUpdateForm");
    const fresh = campaign([["kumpulkan_nip", "ya"]]);
    expect(form(ws).items.map((i) => i.title)).toEqual(form(fresh).items.map((i) => i.title));
  });

  it("adds a NIP item validated in its grouped form and formats its column as plain text before any response", () => {
    const ws = campaign([["kumpulkan_nip", "ya"]]);
    const nip = itemTitled(ws, "NIP");
    expect(nip.validation).toMatchObject({ kind: "pattern", arg: "\\d{8} \\d{6} \\d \\d{3}" });
    ws.submit({ "Unit kerja": "Biro Umum (BU)", NIP: "199001012015031001" }, { validate: false });
    const header = ws.values(RESPONSES_TAB)[0];
    expect(ws.values(RESPONSES_TAB)[1][header.indexOf("NIP")]).toBe("199001012015031001");
  });
});

describe("Periksa Kesehatan", () => {
  const lines = (ws: Workspace) => {
    expect(ws.clickMenu("Periksa Kesehatan").error).toBeUndefined();
    const html = ws.uiLog.at(-1)?.html ?? "";
    return [...html.matchAll(/<tr><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td><\/tr>/g)].map(
      (m) => `${m[1]}: ${m[2]}`,
    );
  };

  it("reports a healthy campaign", () => {
    const ws = campaign();
    menu(ws, "menuPlatform");
    const report = lines(ws);
    expect(report).toEqual([
      "baik: Formulir tertaut ke spreadsheet ini",
      "baik: Formulir diterbitkan dan menerima jawaban",
      "baik: Pengeditan jawaban nonaktif",
      "baik: Daftar unit di formulir sesuai tab Unit Kerja",
      "baik: Pemicu: satu pengolah jawaban, satu jalan per jam (susulan dan pengingat) dan satu pencatat suntingan staf, milik admin@example.org",
      "baik: Jalan per jam belum tercatat (pemicunya baru dipasang)",
      "baik: Uji Platform terakhir (02/03/2026 08:00): tidak ada masalah",
      "baik: Belum ada rilis hasil (menu Terbitkan Hasil)",
      "baik: Pengaturan sah",
      "baik: Unit Kerja sah (3 unit aktif)",
      "baik: Zona waktu spreadsheet dan skrip sama (Asia/Jakarta)",
      "baik: Sisa kuota email hari ini: 100",
      "baik: Jawaban belum diolah: 0",
      "baik: Kapasitas Spreadsheet: 202.000 dari 10.000.000 sel Google (2%); masih muat sekitar 213.390 respon lagi pada lebar tab sekarang.",
      "baik: Tidak ada galat tercatat",
    ]);
  });

  it("reports a closed form, response editing turned on, a stale unit list and a doubled trigger", () => {
    const ws = campaign();
    const f = form(ws);
    f.accepting = false;
    f.allowEdits = true;
    ws.typeInto("Unit Kerja", [["PU", "Dinas PU", "", "", "", 80, "", "ya"]], 5);
    ws.runCode(
      `ScriptApp.newTrigger("onFormSubmitTrigger").forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();`,
    );
    const report = lines(ws);
    expect(report).toContain(
      "masalah: Formulir belum diterbitkan atau sudah ditutup. Jalankan Siapkan Survei untuk menerbitkannya.",
    );
    expect(report.some((l) => l.startsWith("perhatian: Pengeditan jawaban aktif"))).toBe(true);
    expect(report).toContain(
      "perhatian: Daftar unit di formulir berbeda dari tab Unit Kerja. Jalankan Perbarui Formulir.",
    );
    expect(report).toContain("perhatian: Pemicu: ganda: onFormSubmitTrigger \u00d72");
  });

  it("reports a deleted form, and triggers owned by another account", () => {
    const ws = campaign();
    ws.deleteForm(form(ws).id);
    ws.user = "rekan@example.org";
    const report = lines(ws);
    expect(report[0]).toBe(
      "masalah: Formulir tidak ditemukan (terhapus atau belum dibuat). Jalankan Siapkan Survei.",
    );
    expect(report).toContain(
      "perhatian: Pemicu: dipasang oleh admin@example.org; tidak terlihat dari akun ini",
    );
  });
});

describe("Siapkan Survei tidies a new spreadsheet", () => {
  it("removes the empty default Sheet1, and never a Sheet1 with content", () => {
    const ws = workspaceWith();
    setup(ws);
    expect(ws.tabNames()).not.toContain("Sheet1");
    const kept = workspaceWith([], UNITS, { tabs: { Sheet1: [["catatan staf"]] } });
    setup(kept);
    expect(kept.tabNames()).toContain("Sheet1");
  });

  it("fills the help text of every setting, also of rows staff typed without it", () => {
    const ws = workspaceWith([
      ["tanggal_mulai", "2026-03-02"],
      ["jam_pengingat", 9],
    ]);
    setup(ws);
    const rows = ws.values("Pengaturan").slice(1);
    expect(rows.every((r) => String(r[2]).length > 0)).toBe(true);
  });
});
