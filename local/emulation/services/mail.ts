/** MailApp: mail sent into the outbox, the daily recipients quota counted down. */
import { GasError, Svc } from "../runtime";
import type { World } from "../world";
// ---------- triggers ----------
import { requireFull } from "./triggers";

export interface Mail {
  id: number;
  time: number;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
}

export interface MailHost {
  outbox: Mail[];
  /** Recipients left today for the current user. */
  remaining(user: string): number;
  use(user: string, n: number): void;
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

function recipients(list: unknown): string[] {
  if (list === undefined || list === null || list === "") return [];
  return String(list)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export class MailAppSvc extends Svc {
  readonly _cls = "MailApp";
  readonly _svc = "MailApp";
  constructor(
    private readonly _w: World,
    private readonly _m: MailHost,
  ) {
    super();
  }
  getRemainingDailyQuota(): number {
    return this._m.remaining(this._w.exec().user);
  }
  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    requireFull(this._w, "MailApp.sendEmail", "https://www.googleapis.com/auth/script.send_mail");
    let msg: Record<string, unknown>;
    if (a !== null && typeof a === "object") msg = { ...(a as Record<string, unknown>) };
    else if (typeof d === "string") msg = { to: a, replyTo: b, subject: c, body: d };
    else msg = { ...((d as Record<string, unknown>) ?? {}), to: a, subject: b, body: c };
    const to = recipients(msg.to);
    const cc = recipients(msg.cc);
    const bcc = recipients(msg.bcc);
    const all = [...to, ...cc, ...bcc];
    if (to.length === 0) throw new GasError("Failed to send email: no recipient");
    for (const r of all) if (!EMAIL.test(r)) throw new GasError(`Invalid email: ${r}`);
    if (all.length > 50) throw new GasError("Limit Exceeded: Email Recipients Per Message.");
    if (msg.body === undefined && msg.htmlBody === undefined) throw new GasError("Invalid argument: body");
    const user = this._w.exec().user;
    if (this._m.remaining(user) < all.length)
      throw new GasError("Service invoked too many times for one day: email.");
    this._m.use(user, all.length);
    this._m.outbox.push({
      id: this._m.outbox.length + 1,
      time: this._w.now(),
      from: user,
      to,
      cc,
      bcc,
      subject: String(msg.subject ?? ""),
      body: String(msg.body ?? ""),
      htmlBody: msg.htmlBody === undefined ? undefined : String(msg.htmlBody),
      name: msg.name === undefined ? undefined : String(msg.name),
      replyTo: msg.replyTo === undefined ? undefined : String(msg.replyTo),
    });
  }
}

// ---------- locks ----------
