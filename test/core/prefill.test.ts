import { javaUrlEncode, substitutePrefill } from "../../src/core/campaign/prefill";

describe("pre-filled link substitution", () => {
  it("encodes as Java's URLEncoder: space as +, and ! ' ( ) ~ escaped", () => {
    expect(javaUrlEncode("Biro Umum (BU)")).toBe("Biro+Umum+%28BU%29");
    expect(javaUrlEncode("a!b'c~d*e-f_g.h")).toBe("a%21b%27c%7Ed*e-f_g.h");
    expect(javaUrlEncode("Badan — Ü")).toBe("Badan+%E2%80%94+%C3%9C");
  });

  it("puts another choice in place of the sample's, in the parameter that holds it only", () => {
    const sample =
      "https://docs.google.com/forms/d/e/X/viewform?usp=pp_url&entry.111=Biro+Umum+%28BU%29&entry.222=x";
    expect(substitutePrefill(sample, "Biro Umum (BU)", "Dinas & Co (DC)")).toBe(
      "https://docs.google.com/forms/d/e/X/viewform?usp=pp_url&entry.111=Dinas+%26+Co+%28DC%29&entry.222=x",
    );
  });

  it("gives nothing when the sample does not hold the choice as expected", () => {
    expect(substitutePrefill("https://x/viewform?usp=pp_url&entry.1=Biro%20Umum", "Biro Umum", "B")).toBe("");
    expect(substitutePrefill("https://x/viewform", "a", "b")).toBe("");
  });
});
