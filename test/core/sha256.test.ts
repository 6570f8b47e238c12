import crypto from "node:crypto";
import { hex, hmacSha256Hex, sha256, utf8 } from "../../src/core/counting/sha256";

describe("SHA-256 and HMAC-SHA256 in plain TypeScript", () => {
  it.each([
    "",
    "abc",
    "a".repeat(55),
    "a".repeat(56),
    "a".repeat(64),
    "a".repeat(1000),
    "Dinas Pendidikan \u2013 \u00e9\u{1f600}",
  ])("match Node's crypto for %j", (s) => {
    expect(hex(sha256(utf8(s)))).toBe(crypto.createHash("sha256").update(s, "utf8").digest("hex"));
    expect(hmacSha256Hex("rahasia-kunci", s)).toBe(
      crypto.createHmac("sha256", "rahasia-kunci").update(s, "utf8").digest("hex"),
    );
  });

  it("handles a key longer than the block", () => {
    const key = "k".repeat(100);
    expect(hmacSha256Hex(key, "199001012015031001")).toBe(
      crypto.createHmac("sha256", key).update("199001012015031001").digest("hex"),
    );
  });
});
