import { MENU } from "../../src/core/platform/menu";
import { LANGS, parseLang, strings } from "../../src/core/text/strings";

describe("the strings module", () => {
  it("has every text in Indonesian and English, none empty", () => {
    const id = strings("id");
    const en = strings("en");
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const lang of LANGS) for (const v of Object.values(strings(lang))) expect(v.trim()).not.toBe("");
  });

  it("defaults to Indonesian for anything that is not a known language", () => {
    expect(strings(undefined).menuSetup).toBe("Siapkan Survei");
    expect(strings("fr").menuSetup).toBe("Siapkan Survei");
    expect(strings("en").menuSetup).toBe("Set up survey");
  });

  it("reads a language setting leniently but only as id or en", () => {
    expect(parseLang(" EN ")).toBe("en");
    expect(parseLang("id")).toBe("id");
    expect(parseLang("jawa")).toBeUndefined();
  });

  it("labels every menu item in both languages", () => {
    for (const item of MENU)
      if (item) for (const lang of LANGS) expect(strings(lang)[item.label]).toBeTruthy();
  });
});
