import jsQR from "jsqr";
import { qrMatrix, qrSvg } from "../../src/core/qr/qr";
import { heavy } from "../helpers";
import { decodeQrSvgs } from "../qrDecode";

/** The matrix as a bitmap jsQR reads (four pixels a module, a quiet zone of four). */
function decode(text: string): { data: string; bytes: number[]; size: number } {
  const m = qrMatrix(text);
  const n = m.length + 8;
  const scale = 3;
  const px = n * scale;
  const rgba = new Uint8ClampedArray(px * px * 4).fill(255);
  for (const [r, row] of m.entries())
    for (const [c, dark] of row.entries()) {
      if (!dark) continue;
      for (let y = (r + 4) * scale; y < (r + 5) * scale; y++)
        for (let x = (c + 4) * scale; x < (c + 5) * scale; x++)
          rgba.fill(0, (y * px + x) * 4, (y * px + x) * 4 + 3);
    }
  const code = jsQR(rgba, px, px);
  if (!code) throw new Error(`did not decode: ${text.slice(0, 40)}… (${text.length})`);
  return { data: code.data, bytes: code.binaryData, size: m.length };
}

/** A seeded generator of texts. */
function* texts(seed: number, count: number, maxLen: number): Generator<string> {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=% ";
  for (let i = 0; i < count; i++) {
    const len = 1 + Math.floor(rand() * maxLen);
    yield Array.from({ length: len }, () => alphabet[Math.floor(rand() * alphabet.length)]).join("");
  }
}

describe("QR codes of our own encoder, read by an independent decoder (jsQR)", () => {
  heavy("decode to their text at every length a link has, versions 1 to 15", () => {
    const sizes = new Set<number>();
    for (const text of texts(7, 150, 400)) {
      const got = decode(text);
      expect(got.data).toBe(text);
      sizes.add(got.size);
    }
    expect(Math.min(...sizes)).toBeLessThanOrEqual(25);
    expect(sizes.size).toBeGreaterThan(10);
  });

  it("take the smallest version: 14 bytes fit version 1 (21 modules), 15 need version 2", () => {
    expect(qrMatrix("a".repeat(14))).toHaveLength(21);
    expect(qrMatrix("a".repeat(15))).toHaveLength(25);
  });

  it("carry version information from version 7, and reach the largest versions", () => {
    for (const len of [122, 154, 500, 1000, 2331]) {
      const text = "https://docs.google.com/forms/d/e/x/viewform?entry=".padEnd(len, "x");
      expect(decode(text).data).toBe(text);
    }
    expect(qrMatrix("x".repeat(2331))).toHaveLength(177);
    expect(() => qrMatrix("x".repeat(2332))).toThrow(/do not fit/);
  });

  it("encode UTF-8 (a unit's name in a pre-filled link may hold any character)", () => {
    const text = "Dinas Pendidikan \u2013 \u00b110 menit \u2022 Bagian Umum & Kepegawaian \u{1F3EB}";
    const got = decode(text);
    expect(Buffer.from(got.bytes).toString("utf8")).toBe(text);
  });

  it("are drawn as SVG the decoder reads back, with an escaped label", () => {
    const link = "https://docs.google.com/forms/d/e/1FAIpQL/viewform?usp=pp_url&entry.1=Biro+Umum+%28BU%29";
    const svg = qrSvg(link, 'Kode QR "Biro" <Umum>');
    expect(svg).toContain('aria-label="Kode QR &#34;Biro&#34; &#60;Umum&#62;"');
    expect(decodeQrSvgs(svg)).toEqual([link]);
  });
});
