import { errorOf, evaluate, scriptWorkspace } from "../helpers";

const SHEET = 'var ss = SpreadsheetApp.getActive(); var sh = ss.getSheetByName("Data");';

function ws(rows: unknown[][] = [], locale = "en_US") {
  return scriptWorkspace("", { tabs: { Data: rows }, locale });
}

describe("Spreadsheet facts from APPS-SCRIPT.md", () => {
  it("getValues returns numbers, booleans, Dates and strings, with '' for a blank cell", () => {
    const w = ws([["text", "12", "TRUE", "3/4/2026", ""]]);
    const types = evaluate(
      w,
      `${SHEET} return sh.getRange(1, 1, 1, 5).getValues()[0].map(function (v) { return v instanceof Date ? "date" : typeof v + ":" + v; });`,
    );
    expect([...types]).toEqual(["string:text", "number:12", "boolean:true", "date", "string:"]);
  });

  it("the wrap strategy: OVERFLOW by default, setWrap and setWrapStrategy set it per cell; notes per cell", () => {
    const w = ws([["a", "b"]]);
    const out = evaluate(
      w,
      `${SHEET} var r = sh.getRange(1, 1, 1, 2); var before = r.getWrapStrategy();
       sh.getRange(1, 1).setWrap(true); sh.getRange(1, 2).setWrapStrategy(SpreadsheetApp.WrapStrategy.CLIP);
       r.setNotes([["", "why"]]);
       return [before, r.getWrapStrategies()[0].join(","), r.getNotes()[0].join("|")];`,
    );
    expect([...out]).toEqual(["OVERFLOW", "WRAP,CLIP", "|why"]);
    expect(errorOf(w, `${SHEET} sh.getRange(1, 1, 2, 2).setNotes([["x", "y"]]);`)).toMatch(/number of rows/);
  });

  it("setValues with the wrong number of rows fails with Google's wording", () => {
    const w = ws();
    expect(errorOf(w, `${SHEET} sh.getRange(1, 1, 2, 2).setValues([[1, 2]]);`)).toBe(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
  });

  it("setValues with the wrong number of columns fails with Google's wording", () => {
    const w = ws();
    expect(errorOf(w, `${SHEET} sh.getRange(1, 1, 1, 3).setValues([[1, 2]]);`)).toBe(
      "The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.",
    );
  });

  it("a zero-row range fails: the classic getLastRow() - 1 on a header-only sheet", () => {
    const w = ws([["header"]]);
    expect(errorOf(w, `${SHEET} sh.getRange(2, 1, sh.getLastRow() - 1, 1).getValues();`)).toBe(
      "The number of rows in the range must be at least 1.",
    );
    expect(errorOf(w, `${SHEET} sh.getRange(1, 1, 1, 0);`)).toBe(
      "The number of columns in the range must be at least 1.",
    );
    expect(errorOf(w, `${SHEET} sh.getRange(1, 0);`)).toBe("The starting column of the range is too small.");
  });

  it("a range beyond the sheet's grid fails", () => {
    const w = ws();
    expect(errorOf(w, `${SHEET} sh.getRange(1001, 1).setValue(1);`)).toBe(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
  });

  it("getLastRow and getLastColumn are 0 on an empty sheet", () => {
    const w = ws();
    expect(evaluate(w, `${SHEET} return [sh.getLastRow(), sh.getLastColumn()];`)).toEqual([0, 0]);
  });

  it("a string beginning with = is stored as a formula", () => {
    const w = ws();
    const r = evaluate(
      w,
      `${SHEET} sh.getRange(1, 1).setValue("=1+1"); return sh.getRange(1, 1).getFormula();`,
    );
    expect(r).toBe("=1+1");
  });

  it("a leading apostrophe keeps text as text, and is not part of the value", () => {
    const w = ws();
    const r = evaluate(
      w,
      `${SHEET} sh.getRange(1, 1, 1, 2).setValues([["'=1+1", "'0012"]]);
       var f = sh.getRange(1, 1).getFormula(); var v = sh.getRange(1, 1, 1, 2).getValues()[0];
       return [f, v[0], v[1]];`,
    );
    expect(r).toEqual(["", "=1+1", "0012"]);
  });

  it("strings are parsed like typed input: numbers, percentages, dates, booleans", () => {
    const w = ws();
    const r = evaluate(
      w,
      `${SHEET} sh.getRange(1, 1, 1, 5).setValues([["0012", "1,234.5", "50%", "true", "2026-03-04"]]);
       return sh.getRange(1, 1, 1, 5).getValues()[0].map(function (v) { return v instanceof Date ? "date" : v; });`,
    );
    expect(r).toEqual([12, 1234.5, 0.5, true, "date"]);
  });

  it("an 18-digit NIP written to an unformatted cell loses digits; to a plain-text cell it keeps them", () => {
    const w = ws();
    const r = evaluate(
      w,
      `${SHEET} sh.getRange(1, 2).setNumberFormat("@");
       sh.getRange(1, 1, 1, 2).setValues([["199001012015031001", "199001012015031001"]]);
       var v = sh.getRange(1, 1, 1, 2).getValues()[0]; return [typeof v[0], String(v[0]), v[1]];`,
    );
    expect(r[0]).toBe("number");
    expect(r[1]).not.toBe("199001012015031001");
    expect(r[2]).toBe("199001012015031001");
  });

  it("the Indonesian locale reads a decimal comma and displays one", () => {
    const w = ws([], "id_ID");
    const r = evaluate(
      w,
      `${SHEET} sh.getRange(1, 1).setValue("61,1"); sh.getRange(1, 2).setValue(61.14).setNumberFormat("0.0");
       return [sh.getRange(1, 1).getValue(), sh.getRange(1, 2).getDisplayValue(), ss.getSpreadsheetLocale()];`,
    );
    expect(r).toEqual([61.1, "61,1", "id_ID"]);
  });

  it("the decimal comma comes from the locale, not the number format", () => {
    const w = ws();
    const r = evaluate(
      w,
      `${SHEET} sh.getRange(1, 1).setValue(61.14).setNumberFormat("0.0");
       var before = sh.getRange(1, 1).getDisplayValue(); ss.setSpreadsheetLocale("id_ID");
       return [before, sh.getRange(1, 1).getDisplayValue()];`,
    );
    expect(r).toEqual(["61.1", "61,1"]);
  });

  it("Dates come back as the instant written and display in the spreadsheet's time zone", () => {
    const w = ws();
    const r = evaluate(
      w,
      `${SHEET} var d = new Date(Date.UTC(2026, 2, 2, 1, 30, 0)); sh.getRange(1, 1).setValue(d).setNumberFormat("yyyy-MM-dd HH:mm");
       return [sh.getRange(1, 1).getValue().getTime() === d.getTime(), sh.getRange(1, 1).getDisplayValue(), ss.getSpreadsheetTimeZone()];`,
    );
    expect(r).toEqual([true, "2026-03-02 08:30", "Asia/Jakarta"]);
  });

  it("appendRow writes after the last row with content and grows the grid", () => {
    const w = ws([["a"], ["b"]]);
    const r = evaluate(w, `${SHEET} sh.appendRow(["c", 1]); return [sh.getLastRow(), sh.getLastColumn()];`);
    expect(r).toEqual([3, 2]);
    expect(w.values("Data")).toEqual([
      ["a", ""],
      ["b", ""],
      ["c", 1],
    ]);
  });

  it("insert and delete rows and columns move the data", () => {
    const w = ws([
      ["a", "b"],
      ["c", "d"],
    ]);
    evaluate(w, `${SHEET} sh.insertRowBefore(1); sh.insertColumnAfter(1); sh.deleteRow(3);`);
    expect(w.values("Data")).toEqual([
      ["", "", ""],
      ["a", "", "b"],
    ]);
    expect(evaluate(w, `${SHEET} return [sh.getMaxRows(), sh.getMaxColumns()];`)).toEqual([1000, 27]);
  });

  it("clear empties values and formats; clearContents keeps formats", () => {
    const w = ws([["a"]]);
    evaluate(w, `${SHEET} sh.getRange(1, 1).setBackground("#ff0000"); sh.clearContents();`);
    expect(w.values("Data")).toEqual([]);
    expect(w.sheet("Data").attrs(1, 1)?.bg).toBe("#ff0000");
    evaluate(w, `${SHEET} sh.clear();`);
    expect(w.sheet("Data").attrs(1, 1)).toBeUndefined();
  });

  it("number formats, backgrounds, font weights and colours are kept per cell and read back", () => {
    const w = ws([[1, 2]]);
    const r = evaluate(
      w,
      `${SHEET} var rg = sh.getRange(1, 1, 1, 2);
       rg.setNumberFormats([["0.0", "0%"]]).setBackgrounds([["#ff0000", "#00ff00"]]).setFontWeights([["bold", "normal"]]).setFontColor("#333333");
       return [rg.getNumberFormats()[0], rg.getBackgrounds()[0], rg.getFontWeights()[0], rg.getFontColors()[0], rg.getDisplayValues()[0]];`,
    );
    expect(r).toEqual([
      ["0.0", "0%"],
      ["#ff0000", "#00ff00"],
      ["bold", "normal"],
      ["#333333", "#333333"],
      ["1.0", "200%"],
    ]);
  });

  it("format setters count their cells apart from value cells", () => {
    const w = ws();
    const { record } = w.runCode(`${SHEET} sh.getRange(1, 1, 10, 2).setBackground("#eeeeee");`);
    expect(record.cells).toBe(0);
    expect(record.formatCells).toBe(20);
  });

  it("data validation that rejects invalid data stops a script's write", () => {
    const w = ws();
    const msg = errorOf(
      w,
      `${SHEET} var rule = SpreadsheetApp.newDataValidation().requireValueInList(["ya", "tidak"]).setAllowInvalid(false).build();
       sh.getRange(1, 1).setDataValidation(rule); sh.getRange(1, 1).setValue("mungkin");`,
    );
    expect(msg).toBe("The data you entered in cell A1 violates the data validation rules set on this cell.");
  });

  it("protection is recorded with its warning-only flag and description", () => {
    const w = ws();
    const r = evaluate(
      w,
      `${SHEET} sh.protect().setDescription("derived").setWarningOnly(true);
       var p = sh.getProtections(SpreadsheetApp.ProtectionType.SHEET); return [p.length, p[0].isWarningOnly(), p[0].getDescription()];`,
    );
    expect(r).toEqual([1, true, "derived"]);
  });

  it("the text finder searches on the server side and returns the matching cell", () => {
    const w = ws([["k1"], ["k2"], ["k22"]]);
    const { record, value } = w.runCode(
      `${SHEET} var r = sh.createTextFinder("k2").matchEntireCell(true).findNext(); return r ? r.getRow() : 0;`,
    );
    expect(value).toBe(2);
    expect(record.cells).toBe(0);
    expect(evaluate(w, `${SHEET} return sh.createTextFinder("zz").findNext();`)).toBeNull();
  });

  it("embedded charts are recorded with their ranges, type and options", () => {
    const w = ws([
      ["a", 1],
      ["b", 2],
    ]);
    evaluate(
      w,
      `${SHEET} var c = sh.newChart().setChartType(Charts.ChartType.BAR).addRange(sh.getRange("A1:B2")).setPosition(1, 4, 0, 0).setOption("title", "T").build();
       sh.insertChart(c);`,
    );
    const [chart] = w.sheet("Data").charts;
    expect(chart.type).toBe("BAR");
    expect(chart.ranges[0].box).toEqual({ r: 1, c: 1, nr: 2, nc: 2 });
    expect(chart.options.title).toBe("T");
    expect(evaluate(w, `${SHEET} return sh.getCharts()[0].getOptions().get("title");`)).toBe("T");
  });

  it("A1 notation and open ranges", () => {
    const w = ws([["a", "b", "c"]]);
    const r = evaluate(
      w,
      `${SHEET} return [sh.getRange("B1:C1").getA1Notation(), sh.getRange("A:A").getNumRows(), sh.getRange("A1:B2").getNumColumns(), ss.getRange("Data!C1").getValue()];`,
    );
    expect(r).toEqual(["B1:C1", 1000, 2, "c"]);
  });

  it("getUi works from a menu but is refused inside a trigger", () => {
    const w = ws();
    expect(evaluate(w, `SpreadsheetApp.getUi().alert("hi"); return 1;`, "menu")).toBe(1);
    expect(errorOf(w, `SpreadsheetApp.getUi();`, "trigger")).toBe(
      "Cannot call SpreadsheetApp.getUi() from this context.",
    );
    expect(w.uiLog.map((u) => u.message)).toEqual(["hi"]);
  });

  it("alerts, prompts and dialogs are recorded in the UI log with the answers given", () => {
    const w = ws();
    w.answerUi({ button: "NO" }, { button: "OK", text: "Biro Organisasi" });
    const r = evaluate(
      w,
      `var ui = SpreadsheetApp.getUi();
       var a = ui.alert("Judul", "Lanjut?", ui.ButtonSet.YES_NO);
       var p = ui.prompt("Nama?");
       ui.showModalDialog(HtmlService.createHtmlOutput("<b>x</b>").setWidth(400), "Dialog");
       return [a === ui.Button.NO, p.getResponseText(), p.getSelectedButton() === ui.Button.OK];`,
      "menu",
    );
    expect(r).toEqual([true, "Biro Organisasi", true]);
    expect(w.uiLog.map((u) => [u.kind, u.title])).toEqual([
      ["alert", "Judul"],
      ["prompt", ""],
      ["dialog", "Dialog"],
    ]);
    expect(w.uiLog[2].html).toBe("<b>x</b>");
  });

  it("a simple trigger may build a menu but not show an alert", () => {
    const w = ws();
    expect(
      evaluate(
        w,
        `SpreadsheetApp.getUi().createMenu("M").addItem("A", "fnA").addToUi(); return 1;`,
        "simple",
      ),
    ).toBe(1);
    expect(w.menus).toEqual([{ title: "M", items: [{ label: "A", fn: "fnA" }] }]);
    expect(errorOf(w, `SpreadsheetApp.getUi().alert("x");`, "simple")).toMatch(/permission/);
  });

  it("sheets are found by name or by id; ids survive a rename; duplicate names are refused", () => {
    const w = ws();
    const r = evaluate(
      w,
      `var s = ss().insertSheet("Baru"); var id = s.getSheetId(); s.setName("Lama");
       function ss() { return SpreadsheetApp.getActive(); }
       return [ss().getSheetById(id).getName(), ss().getSheetByName("Baru")];`,
    );
    expect(r).toEqual(["Lama", null]);
    expect(errorOf(w, `SpreadsheetApp.getActive().insertSheet("Data");`)).toBe(
      'A sheet with the name "Data" already exists. Please enter another name.',
    );
  });

  it("only the bound spreadsheet can be opened (spreadsheets.currentonly)", () => {
    const w = ws();
    expect(errorOf(w, `SpreadsheetApp.openById("someone-elses-sheet");`)).toMatch(/permission/);
    expect(evaluate(w, `return SpreadsheetApp.openById(SpreadsheetApp.getActive().getId()).getName();`)).toBe(
      "Survei BerAKHLAK",
    );
  });

  it("setValues refuses NaN and objects rather than writing garbage", () => {
    const w = ws();
    expect(errorOf(w, `${SHEET} sh.getRange(1, 1).setValues([[NaN]]);`)).toMatch(/Invalid argument/);
    expect(errorOf(w, `${SHEET} sh.getRange(1, 1).setValues([[{}]]);`)).toMatch(/Cannot convert/);
  });

  it("a spreadsheet holds at most 10 million cells of grid, empty ones included: growth past it fails, nothing changed", () => {
    const w = ws([["a"]]);
    // Sheet1 and Data (1,000 × 26 each) and a tab of 1,000 × 9,947: 1,000 cells left.
    evaluate(w, `${SHEET} var big = ss.insertSheet("Arsip"); big.insertColumnsAfter(26, 9921);`);
    const used = `var n = 0; ss.getSheets().forEach(function (s) { n += s.getMaxRows() * s.getMaxColumns(); });`;
    expect(evaluate(w, `${SHEET} ${used} return n;`)).toBe(9_999_000);
    const limit =
      "This action would increase the number of cells in the workbook above the limit of 10000000 cells.";
    expect(errorOf(w, `${SHEET} sh.insertRowsAfter(1000, 3000);`)).toBe(limit);
    expect(errorOf(w, `${SHEET} ss.insertSheet("Lagi");`)).toBe(limit);
    expect(errorOf(w, `${SHEET} sh.getRange(1, 1).setValue("b"); sh.insertColumnsAfter(26, 2);`)).toBe(limit);
    expect(
      evaluate(
        w,
        `${SHEET} return [ss.getSheets().length, sh.getRange(1, 1).getValue(), sh.getMaxColumns()];`,
      ),
    ).toEqual([3, "b", 26]);
    // Writing inside the grid needs no new cell; appendRow past the grid's last row adds a row of 26.
    const appended = evaluate(
      w,
      `${SHEET} sh.getRange(1000, 1).setValue("last"); var n = 0;
       try { for (;;) { sh.appendRow([n]); n++; } } catch (e) { return [n, e.message]; }`,
    );
    expect([...appended]).toEqual([38, limit]);
    expect(evaluate(w, `${SHEET} return sh.getLastRow();`)).toBe(1038);
  });

  it("flush is available and toasts are recorded", () => {
    const w = ws();
    evaluate(w, `SpreadsheetApp.flush(); SpreadsheetApp.getActive().toast("Selesai", "Info");`);
    expect(w.uiLog[0]).toMatchObject({ kind: "toast", title: "Info", message: "Selesai" });
  });
});

describe("a range knows its sheet", () => {
  it("getGridId() is the id of the range's sheet (what a submit event's range carries)", () => {
    const w = scriptWorkspace("", { tabs: { Data: [["a"], ["b"]] } });
    const ids = evaluate(
      w,
      `var s = SpreadsheetApp.getActive().getSheetByName("Data");
       return [s.getRange(2, 1, 1, 1).getGridId(), s.getSheetId()];`,
    );
    expect(ids[0]).toBe(ids[1]);
  });
});
