import {
  EB,
  ITEM_CODES,
  itemCodeOfHeader,
  PROFILE,
  SCALE_LABELS,
  VALUES,
} from "../../src/core/counting/instrument";

describe("the instrument (INSTRUMENT.md)", () => {
  it("has the seven values of the acronym, in order, three behaviours each, coded by value", () => {
    expect(VALUES.map((v) => v.code)).toEqual(["BP", "AK", "KO", "HA", "LO", "AD", "KL"]);
    for (const v of VALUES)
      expect(v.behaviours.map((b) => b.code)).toEqual([`${v.code}1`, `${v.code}2`, `${v.code}3`]);
    expect(VALUES[0].behaviours[1].text).toBe("Ramah, cekatan, solutif, dan dapat diandalkan");
  });

  it("keeps the EB items apart: 21 behaviours plus 3 EB items, all codes unique", () => {
    expect(EB.items.map((i) => i.code)).toEqual(["EB1", "EB2", "EB3"]);
    expect(ITEM_CODES).toHaveLength(24);
    expect(new Set(ITEM_CODES).size).toBe(24);
  });

  it("labels every scale length from 4 to 7 in both languages, ending at Selalu / Always", () => {
    for (const k of [4, 5, 6, 7]) {
      expect(SCALE_LABELS[k].id).toHaveLength(k);
      expect(SCALE_LABELS[k].en).toHaveLength(k);
      expect(SCALE_LABELS[k].id[0]).toBe("Tidak pernah");
      expect(SCALE_LABELS[k].id[k - 1]).toBe("Selalu");
    }
    expect(SCALE_LABELS[5].id).toEqual(["Tidak pernah", "Jarang", "Kadang-kadang", "Sering", "Selalu"]);
  });

  it("offers the profile choices INSTRUMENT.md lists", () => {
    expect(PROFILE.employment.choices).toEqual(["PNS", "PPPK", "Non-ASN"]);
    expect(PROFILE.position.choices).toEqual(["Struktural", "Fungsional", "Pelaksana"]);
  });
});

describe("a response column's item code", () => {
  it("is found in the form's header and in one staff shortened, and not where two codes or none stand", () => {
    expect(itemCodeOfHeader("Akuntabel [AK1. Melaksanakan tugas dengan jujur]")).toBe("AK1");
    expect(itemCodeOfHeader("Akuntabel [AK1]")).toBe("AK1");
    expect(itemCodeOfHeader("AK1 (jujur)")).toBe("AK1");
    expect(itemCodeOfHeader("ak1")).toBe("AK1");
    expect(itemCodeOfHeader("AK1 atau AK2")).toBeUndefined();
    expect(itemCodeOfHeader("Akuntabel")).toBeUndefined();
    expect(itemCodeOfHeader("NIP")).toBeUndefined();
    expect(itemCodeOfHeader("XAK1")).toBeUndefined();
  });
});
