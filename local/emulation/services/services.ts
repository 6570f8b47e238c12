/** Utilities, Session, Logger and console (the other services have files of their own). */
import crypto from "node:crypto";
import { GasError, isDate, Svc } from "../runtime";
import { formatJava } from "../time";
import type { World } from "../world";

function toBuffer(v: unknown): Buffer {
  if (typeof v === "string") return Buffer.from(v, "utf8");
  if (Array.isArray(v)) return Buffer.from(v.map((b) => Number(b) & 0xff));
  throw new GasError("Invalid argument: value");
}

/** Java's signed bytes, as Apps Script returns them. */
function signed(buf: Buffer): number[] {
  return [...buf].map((b) => (b > 127 ? b - 256 : b));
}

const DIGESTS: Record<string, string> = {
  MD5: "md5",
  SHA_1: "sha1",
  SHA_256: "sha256",
  SHA_384: "sha384",
  SHA_512: "sha512",
};

export class UtilitiesSvc extends Svc {
  readonly _cls = "Utilities";
  readonly _svc = "Utilities";
  readonly DigestAlgorithm = {
    MD5: "MD5",
    SHA_1: "SHA_1",
    SHA_256: "SHA_256",
    SHA_384: "SHA_384",
    SHA_512: "SHA_512",
  };
  readonly MacAlgorithm = { HMAC_SHA_256: "HMAC_SHA_256", HMAC_SHA_512: "HMAC_SHA_512" };
  readonly Charset = { UTF_8: "UTF_8", US_ASCII: "US_ASCII" };
  constructor(
    private readonly _w: World,
    private readonly _uuid: () => string,
  ) {
    super();
  }
  formatDate(date: Date, tz: string, pattern: string): string {
    if (!isDate(date)) throw new GasError("Invalid argument: date");
    if (!tz) throw new GasError("Invalid argument: timeZone");
    try {
      return formatJava(date.getTime(), String(tz), String(pattern));
    } catch (e) {
      throw new GasError(`Invalid argument: ${(e as Error).message}`);
    }
  }
  computeHmacSha256Signature(value: unknown, key: unknown): number[] {
    return signed(crypto.createHmac("sha256", toBuffer(key)).update(toBuffer(value)).digest());
  }
  computeHmacSignature(alg: string, value: unknown, key: unknown): number[] {
    const a = alg === "HMAC_SHA_512" ? "sha512" : "sha256";
    return signed(crypto.createHmac(a, toBuffer(key)).update(toBuffer(value)).digest());
  }
  computeDigest(alg: string, value: unknown): number[] {
    const a = DIGESTS[String(alg)];
    if (!a) throw new GasError("Invalid argument: algorithm");
    return signed(crypto.createHash(a).update(toBuffer(value)).digest());
  }
  base64Encode(data: unknown): string {
    return toBuffer(data).toString("base64");
  }
  base64EncodeWebSafe(data: unknown): string {
    return toBuffer(data).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  }
  base64Decode(s: string): number[] {
    return signed(Buffer.from(String(s), "base64"));
  }
  base64DecodeWebSafe(s: string): number[] {
    return signed(Buffer.from(String(s).replace(/-/g, "+").replace(/_/g, "/"), "base64"));
  }
  getUuid(): string {
    return this._uuid();
  }
  sleep(ms: number): void {
    const n = Number(ms);
    if (!(n >= 0) || n > 300_000) throw new GasError("Invalid argument: milliseconds (0 to 300000)");
    this._w.advance(n);
  }
  newBlob(data: unknown, contentType?: string, name?: string): BlobSvc {
    return new BlobSvc(toBuffer(data), contentType ?? "text/plain", name ?? "");
  }
  parseCsv(csv: string, delimiter = ","): string[][] {
    return parseCsvText(String(csv), delimiter);
  }
}

export class BlobSvc extends Svc {
  readonly _cls = "Blob";
  readonly _svc = "Utilities";
  constructor(
    private readonly _b: Buffer,
    private readonly _type: string,
    private _name: string,
  ) {
    super();
  }
  getBytes(): number[] {
    return signed(this._b);
  }
  getDataAsString(): string {
    return this._b.toString("utf8");
  }
  getContentType(): string {
    return this._type;
  }
  getName(): string {
    return this._name;
  }
  setName(n: string): BlobSvc {
    this._name = String(n);
    return this;
  }
}

/** RFC 4180 CSV, as Sheets exports it (quotes doubled inside quoted fields, CRLF or LF). */
export function parseCsvText(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const src = text.replace(/^\uFEFF/, "");
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
    i++;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class SessionSvc extends Svc {
  readonly _cls = "Session";
  readonly _svc = "Session";
  constructor(private readonly _w: World) {
    super();
  }
  getScriptTimeZone(): string {
    return this._w.scriptTimeZone();
  }
  getActiveUser(): UserSvc {
    // In a trigger the active user is often unknown: Google returns an empty address.
    return new UserSvc(this._w.exec().kind === "trigger" ? "" : this._w.exec().user);
  }
  getEffectiveUser(): UserSvc {
    return new UserSvc(this._w.exec().user);
  }
  getActiveUserLocale(): string {
    return this._w.accountLanguage();
  }
  getTemporaryActiveUserKey(): string {
    return crypto.createHash("sha256").update(this._w.exec().user).digest("base64").slice(0, 24);
  }
}

export class UserSvc extends Svc {
  readonly _cls = "User";
  readonly _svc = "Session";
  constructor(private readonly _email: string) {
    super();
  }
  getEmail(): string {
    return this._email;
  }
}

function render(args: unknown[]): string {
  return args
    .map((a) =>
      typeof a === "string" ? a : isDate(a) ? (a as Date).toISOString() : (JSON.stringify(a) ?? String(a)),
    )
    .join(" ");
}

export class LoggerSvc extends Svc {
  readonly _cls = "Logger";
  readonly _svc = "Logger";
  constructor(private readonly _w: World) {
    super();
  }
  log(...args: unknown[]): LoggerSvc {
    this._w.exec().log(render(args));
    return this;
  }
  getLog(): string {
    return this._w.exec().record.logs.join("\n");
  }
  clear(): void {
    this._w.exec().record.logs.length = 0;
  }
}

export class ConsoleSvc extends Svc {
  readonly _cls = "console";
  readonly _svc = "console";
  constructor(private readonly _w: World) {
    super();
  }
  log(...args: unknown[]): void {
    this._w.exec().log(render(args));
  }
  info(...args: unknown[]): void {
    this._w.exec().log(render(args));
  }
  warn(...args: unknown[]): void {
    this._w.exec().log(`WARN ${render(args)}`);
  }
  error(...args: unknown[]): void {
    this._w.exec().log(`ERROR ${render(args)}`);
  }
}

/** ScriptApp.getService(): the script published as a web app. */
export class ServiceSvc extends Svc {
  readonly _cls = "Service";
  readonly _svc = "ScriptApp";
  constructor(private readonly _url: string | null) {
    super();
  }
  getUrl(): string | null {
    return this._url;
  }
  isEnabled(): boolean {
    return this._url !== null;
  }
}
