import { errorOf, evaluate, scriptWorkspace } from "../helpers";

/** A form with one of each item kind, linked to the spreadsheet, built by the script. */
const BUILD = `
  var form = FormApp.create("Survei");
  form.addSectionHeaderItem().setTitle("Persetujuan");
  form.addListItem().setTitle("Unit kerja").setChoiceValues(["Biro Umum", "Dinas Pendidikan"]).setRequired(true);
  form.addMultipleChoiceItem().setTitle("Jenis kepegawaian").setChoiceValues(["PNS", "PPPK", "Non-ASN"]);
  form.addCheckboxItem().setTitle("Minat").setChoiceValues(["A", "B", "C"]);
  form.addPageBreakItem().setTitle("Nilai");
  form.addGridItem().setTitle("Berorientasi Pelayanan").setRows(["BP1", "BP2"]).setColumns(["1", "2", "3", "4", "5"]);
  form.addScaleItem().setTitle("EB1").setBounds(1, 5).setLabels("Tidak pernah", "Selalu");
  form.addTextItem().setTitle("NIP").setValidation(FormApp.createTextValidation().requireTextMatchesPattern("\\\\d{18}").build());
`;

function linkedWorkspace(lang: "id" | "en" = "id") {
  const ws = scriptWorkspace("", { accountLanguage: lang });
  const id = ws.runCode(
    `${BUILD} form.setPublished(true); form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId()); return form.getId();`,
  );
  if (id.record.error) throw new Error(id.record.error);
  return { ws, formId: id.value as string };
}

const ANSWERS = {
  "Unit kerja": "Biro Umum",
  "Jenis kepegawaian": "PNS",
  Minat: ["A", "C"],
  "Berorientasi Pelayanan": { BP1: "4", BP2: "5" },
  EB1: "3",
  NIP: "199001012015031001",
};

describe("Forms facts from APPS-SCRIPT.md", () => {
  it("a new form starts unpublished and accepts nothing until published", () => {
    const ws = scriptWorkspace();
    const r = evaluate(
      ws,
      `var f = FormApp.create("x"); var before = [f.isPublished(), f.isAcceptingResponses()];
       var err = ""; try { f.getPublishedUrl(); } catch (e) { err = e.message; }
       f.setPublished(true); return before.concat([err, f.isPublished(), f.isAcceptingResponses()]);`,
    );
    expect(r).toEqual([false, false, "Operation not supported on unpublished form", true, true]);
    ws.runCode(
      `FormApp.create("y").setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());`,
    );
    expect(() => ws.submit({})).toThrow(/unpublished/);
  });

  it("a form closed to responses refuses a respondent, with its custom closed message", () => {
    const { ws, formId } = linkedWorkspace();
    evaluate(ws, `FormApp.openById("${formId}").setAcceptingResponses(false);`);
    expect(() => ws.submit(ANSWERS)).toThrow(/no longer accepting responses$/);
    const r = evaluate(
      ws,
      `var f = FormApp.openById("${formId}");
       return [f.setCustomClosedFormMessage("Survei sudah ditutup.").getCustomClosedFormMessage(), f.isAcceptingResponses()];`,
    );
    expect(r).toEqual(["Survei sudah ditutup.", false]);
    expect(() => ws.submit(ANSWERS)).toThrow(/it says: Survei sudah ditutup\.\)$/);
  });

  it("linking creates the responses tab as Google lays it out, in the account's language", () => {
    const { ws } = linkedWorkspace("id");
    expect(ws.tabNames()[0]).toBe("Jawaban Formulir 1");
    expect(ws.values("Jawaban Formulir 1")[0]).toEqual([
      "Stempel waktu",
      "Unit kerja",
      "Jenis kepegawaian",
      "Minat",
      "Berorientasi Pelayanan [BP1]",
      "Berorientasi Pelayanan [BP2]",
      "EB1",
      "NIP",
    ]);
    const en = linkedWorkspace("en").ws;
    expect(en.tabNames()[0]).toBe("Form Responses 1");
    expect(en.values("Form Responses 1")[0][0]).toBe("Timestamp");
  });

  it("a spreadsheet at Google's cell limit gets no new row: the form keeps the response, no trigger fires (the emulation's reading)", () => {
    const { ws, formId } = linkedWorkspace();
    ws.runCode(
      `ScriptApp.newTrigger("f").forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();`,
    );
    ws.submit(ANSWERS);
    const tab = ws.book.sheets.find((s) => s.formId === formId);
    if (!tab) throw new Error("no responses tab");
    tab.deleteRows(3, tab.maxRows - 2);
    ws.typeInto("Arsip", [["x"]]);
    const arsip = ws.sheet("Arsip");
    arsip.insertRows(arsip.maxRows, Math.floor((10_000_000 - ws.book.cells()) / arsip.maxCols));
    const full = ws.submit(ANSWERS);
    expect(full).toMatchObject({ row: 0, executions: [], notInSheet: true });
    expect(ws.forms[0].responses).toHaveLength(2);
    expect(tab.lastRow()).toBe(2);
  });

  it("a question added later gets a column at the right; a renamed one renames its column", () => {
    const { ws, formId } = linkedWorkspace();
    evaluate(
      ws,
      `var f = FormApp.openById("${formId}"); f.addTextItem().setTitle("Saran");
       f.getItems(FormApp.ItemType.SCALE)[0].setTitle("EB satu");`,
    );
    const header = ws.values("Jawaban Formulir 1")[0];
    expect(header[header.length - 1]).toBe("Saran");
    expect(header[6]).toBe("EB satu");
  });

  it("linking a second time creates a new tab, copies the responses, and unlinks the old one", () => {
    const { ws, formId } = linkedWorkspace();
    ws.submit(ANSWERS);
    evaluate(
      ws,
      `FormApp.openById("${formId}").setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());`,
    );
    expect(ws.tabNames().slice(0, 2)).toEqual(["Jawaban Formulir 2", "Jawaban Formulir 1"]);
    expect(ws.values("Jawaban Formulir 2")).toHaveLength(2);
    const urls = evaluate(
      ws,
      `var ss = SpreadsheetApp.getActive(); return [ss.getSheetByName("Jawaban Formulir 1").getFormUrl(), ss.getSheetByName("Jawaban Formulir 2").getFormUrl()];`,
    );
    expect(urls[0]).toBeNull();
    expect(urls[1]).toContain(`/forms/d/${formId}/`);
  });

  it("the published and edit URLs differ, and the tab's form URL carries the edit id", () => {
    const { ws, formId } = linkedWorkspace();
    const [pub, edit] = evaluate(
      ws,
      `var f = FormApp.openById("${formId}"); return [f.getPublishedUrl(), f.getEditUrl()];`,
    );
    expect(pub).toMatch(/\/forms\/d\/e\/[^/]+\/viewform$/);
    expect(pub).not.toContain(formId);
    expect(edit).toBe(`https://docs.google.com/forms/d/${formId}/edit`);
  });

  it("a pre-filled link uses entry numbers that are not item ids", () => {
    const { ws, formId } = linkedWorkspace();
    const [url, itemId] = evaluate(
      ws,
      `var f = FormApp.openById("${formId}"); var item = f.getItems(FormApp.ItemType.LIST)[0];
       return [f.createResponse().withItemResponse(item.asListItem().createResponse("Biro Umum")).toPrefilledUrl(), item.getId()];`,
    );
    const m = /viewform\?usp=pp_url&entry\.(\d+)=Biro\+Umum$/.exec(url);
    expect(m).not.toBeNull();
    expect(Number(m?.[1])).not.toBe(itemId);
  });

  it("a date question (DateItem): the year asked by default, createResponse keeps the day and ignores the time", () => {
    const ws = scriptWorkspace("", { accountLanguage: "id" });
    const out = evaluate(
      ws,
      `var f = FormApp.create("x"); var d = f.addDateItem().setTitle("Tanggal mengisi");
       var item = f.getItems()[0];
       var late = new Date("2026-03-05T23:30:00+07:00");
       var r = d.createResponse(late).getResponse();
       d.setIncludesYear(false);
       var noYear = d.createResponse(late).getResponse();
       var err = ""; try { d.createResponse("2026-03-05"); } catch (e) { err = e.message; }
       var notList = typeof item.asDateItem().asListItem;
       return [String(item.getType()), item.asDateItem().includesYear(), r, noYear, err, notList];`,
    );
    // The script's time zone is the manifest's (WIB): 23:30 on 5 March is still the 5th.
    expect([...out]).toEqual([
      "DATE",
      false,
      "2026-03-05",
      "03-05",
      "Invalid argument: response",
      "undefined",
    ]);
  });

  it("a date answer is a date cell at the spreadsheet's midnight, and a pre-filled link carries it as yyyy-MM-dd", () => {
    const ws = scriptWorkspace("", { accountLanguage: "id", locale: "id_ID" });
    const url = evaluate(
      ws,
      `var f = FormApp.create("x"); var d = f.addDateItem().setTitle("Tanggal mengisi").setRequired(true);
       f.setPublished(true); f.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
       return f.createResponse().withItemResponse(d.createResponse(new Date("2026-03-05T09:00:00+07:00"))).toPrefilledUrl();`,
    );
    expect(url).toMatch(/viewform\?usp=pp_url&entry\.\d+=2026-03-05$/);
    expect(() => ws.submit({ "Tanggal mengisi": "" })).toThrow(/is required/);
    expect(() => ws.submit({ "Tanggal mengisi": "2026-02-30" })).toThrow(/is not a date/);
    ws.submit({ "Tanggal mengisi": "2026-03-05" });
    const cell = ws.values("Jawaban Formulir 1")[1][1];
    expect(cell).toBeInstanceOf(Date);
    expect((cell as Date).toISOString()).toBe("2026-03-04T17:00:00.000Z");
    expect(ws.displayValues("Jawaban Formulir 1")[1][1]).toBe("05/03/2026");
  });

  it("a respondent's answers are written like typed input: the unformatted NIP loses digits", () => {
    const { ws } = linkedWorkspace();
    ws.submit(ANSWERS);
    const row = ws.values("Jawaban Formulir 1")[1];
    expect(row[0]).toBeInstanceOf(Date);
    expect(row.slice(1, 7)).toEqual(["Biro Umum", "PNS", "A, C", 4, 5, 3]);
    expect(typeof row[7]).toBe("number");
    expect(String(row[7])).not.toBe("199001012015031001");
  });

  it("a NIP column formatted as plain text beforehand keeps all 18 digits", () => {
    const { ws } = linkedWorkspace();
    evaluate(
      ws,
      `SpreadsheetApp.getActive().getSheetByName("Jawaban Formulir 1").getRange("H:H").setNumberFormat("@");`,
    );
    ws.submit(ANSWERS);
    expect(ws.values("Jawaban Formulir 1")[1][7]).toBe("199001012015031001");
  });

  it("the form page checks required answers, choices and validation", () => {
    const { ws } = linkedWorkspace();
    expect(() => ws.submit({ ...ANSWERS, "Unit kerja": "" })).toThrow(/required/);
    expect(() => ws.submit({ ...ANSWERS, "Unit kerja": "Dinas X" })).toThrow(/not a choice/);
    expect(() => ws.submit({ ...ANSWERS, NIP: "123" })).toThrow(/validation/);
  });

  it("an item's class has only its own methods", () => {
    const { ws, formId } = linkedWorkspace();
    expect(
      errorOf(
        ws,
        `FormApp.openById("${formId}").getItems(FormApp.ItemType.LIST)[0].asListItem().setRows(["x"]);`,
      ),
    ).toMatch(/not a function/);
    expect(
      errorOf(ws, `FormApp.openById("${formId}").getItems(FormApp.ItemType.LIST)[0].asGridItem();`),
    ).toBe("Item is not a GridItem.");
  });

  it("a deleted form cannot be opened and its tab is unlinked", () => {
    const { ws, formId } = linkedWorkspace();
    ws.deleteForm(formId);
    expect(errorOf(ws, `FormApp.openById("${formId}");`)).toMatch(/No item with the given ID could be found/);
    expect(evaluate(ws, `return SpreadsheetApp.getActive().getSheets()[0].getFormUrl();`)).toBeNull();
  });
});

describe("form-submit events", () => {
  function withTrigger() {
    const { ws, formId } = linkedWorkspace();
    const code = `function onSubmit(e) {
      PropertiesService.getScriptProperties().setProperty("ev" + Date.now() + Math.random(), JSON.stringify({
        row: e.range.getRow(), sheet: e.range.getSheet().getName(), values: e.values, named: e.namedValues,
        uid: e.triggerUid, auth: e.authMode, hasSource: e.source !== undefined }));
    }`;
    const w2 = ws;
    w2.deploy(code);
    evaluate(
      w2,
      `ScriptApp.newTrigger("onSubmit").forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();`,
    );
    const events = () =>
      Object.entries(w2.properties())
        .filter(([k]) => k.startsWith("ev"))
        .map(([, v]) => JSON.parse(v));
    return { ws: w2, formId, events };
  }

  it("fires the spreadsheet's form-submit triggers with the documented event object", () => {
    const { ws, events } = withTrigger();
    ws.submit(ANSWERS);
    const [e] = events();
    expect(e.row).toBe(2);
    expect(e.sheet).toBe("Jawaban Formulir 1");
    expect(e.values[0]).toBe("3/2/2026 8:00:00"); // the spreadsheet's locale (en_US) and time zone
    expect(e.values[1]).toBe("Biro Umum");
    expect(e.named["Berorientasi Pelayanan [BP1]"]).toEqual(["4"]);
    expect(e.uid).toBe(ws.triggers[0].uid);
    expect(e.auth).toBe("FULL");
    expect(e.hasSource).toBe(false);
  });

  it("the fault switches double, blank or drop the event", () => {
    const { ws, events } = withTrigger();
    ws.submit(ANSWERS, { event: "doubled" });
    expect(events()).toHaveLength(2);
    ws.submit(ANSWERS, { event: "blank" });
    const all = events();
    expect(all).toHaveLength(4);
    expect(all.some((e) => e.values.every((v: string) => v === ""))).toBe(true);
    ws.submit(ANSWERS, { event: "dropped" });
    expect(events()).toHaveLength(4);
    expect(ws.values("Jawaban Formulir 1")).toHaveLength(4);
  });

  it("an edited response rewrites its own row, even after staff sorted the tab, and fires again", () => {
    const { ws, formId, events } = withTrigger();
    evaluate(ws, `FormApp.openById("${formId}").setAllowResponseEdits(true);`);
    const first = ws.submit(ANSWERS);
    ws.submit({ ...ANSWERS, "Unit kerja": "Dinas Pendidikan" });
    ws.sortTab("Jawaban Formulir 1", 2, false);
    ws.editResponse(first.responseId, { EB1: "5" });
    const rows = ws.values("Jawaban Formulir 1");
    expect(rows).toHaveLength(3);
    const edited = rows.find((r) => r[1] === "Biro Umum");
    expect(edited?.[6]).toBe(5);
    const last = events().pop();
    expect(last.values[1]).toBe(""); // unchanged answers blank in the event (the harsher reading)
  });

  it("a trigger runs as the user who installed it", () => {
    const { ws } = withTrigger();
    ws.user = "colleague@example.org";
    const r = ws.submit(ANSWERS);
    expect(r.executions[0].user).toBe("admin@example.org");
  });
});

describe("a response submitted by a script", () => {
  it("is written to the linked tab like any other, and fires no form-submit trigger", () => {
    const { ws, formId } = linkedWorkspace();
    evaluate(
      ws,
      `ScriptApp.newTrigger("onSubmit").forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();`,
    );
    const before = ws.executions.length;
    evaluate(
      ws,
      `var f = FormApp.openById("${formId}"); var items = f.getItems();
       var nip = items.filter(function (i) { return i.getTitle() === "NIP"; })[0].asTextItem();
       f.createResponse().withItemResponse(nip.createResponse("199001012015031001")).submit();`,
    );
    expect(ws.executions.length).toBe(before + 1);
    const rows = ws.values("Jawaban Formulir 1");
    expect(rows).toHaveLength(2);
    expect(rows[1][0]).toBeInstanceOf(Date);
  });
});
