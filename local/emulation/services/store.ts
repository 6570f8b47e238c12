/** LockService, PropertiesService and CacheService: the script lock, the property stores and their limits, the caches. */
import { GasError, Svc } from "../runtime";
import type { World } from "../world";

// ---------- triggers ----------

export interface LockHost {
  /** Which execution holds each lock ("script", "document", "user:<email>"). */
  holders: Map<string, number>;
  /** Another process holds the script lock until this instant (a fault switch, or an overlapping execution). */
  busyUntil(key?: string): number;
  /** The script lock was released at this instant. */
  released(key: string, at: number): void;
}

export class LockServiceSvc extends Svc {
  readonly _cls = "LockService";
  readonly _svc = "LockService";
  constructor(
    private readonly _w: World,
    private readonly _l: LockHost,
  ) {
    super();
  }
  getScriptLock(): LockSvc {
    return new LockSvc(this._w, this._l, "script");
  }
  getDocumentLock(): LockSvc {
    return new LockSvc(this._w, this._l, "document");
  }
  getUserLock(): LockSvc {
    return new LockSvc(this._w, this._l, `user:${this._w.exec().user}`);
  }
}

export class LockSvc extends Svc {
  readonly _cls = "Lock";
  readonly _svc = "LockService";
  constructor(
    private readonly _w: World,
    private readonly _l: LockHost,
    private readonly _key: string,
  ) {
    super();
  }
  private _try(ms: number): boolean {
    const me = this._w.exec().record.id;
    const holder = this._l.holders.get(this._key);
    if (holder === me) return true;
    const busy = this._l.busyUntil(this._key);
    const now = this._w.now();
    if (busy <= now) {
      this._l.holders.set(this._key, me);
      return true;
    }
    if (busy <= now + ms) {
      this._w.advance(busy - now);
      this._l.holders.set(this._key, me);
      return true;
    }
    this._w.advance(ms);
    return false;
  }
  tryLock(ms: number): boolean {
    return this._try(Number(ms));
  }
  waitLock(ms: number): void {
    if (!this._try(Number(ms)))
      throw new GasError("Lock timeout: another process was holding the lock for too long.");
  }
  hasLock(): boolean {
    return this._l.holders.get(this._key) === this._w.exec().record.id;
  }
  releaseLock(): void {
    if (!this.hasLock()) return;
    this._l.holders.delete(this._key);
    this._l.released(this._key, this._w.now());
  }
}

// ---------- properties ----------

export const PROPERTY_VALUE_LIMIT = 9 * 1024;

export const PROPERTY_STORE_LIMIT = 500 * 1024;

export function bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

export class PropertiesServiceSvc extends Svc {
  readonly _cls = "PropertiesService";
  readonly _svc = "PropertiesService";
  constructor(
    private readonly _w: World,
    private readonly _stores: (kind: string) => Map<string, string>,
  ) {
    super();
  }
  getScriptProperties(): PropertiesSvc {
    return new PropertiesSvc(this._stores("script"));
  }
  getDocumentProperties(): PropertiesSvc {
    return new PropertiesSvc(this._stores("document"));
  }
  getUserProperties(): PropertiesSvc {
    return new PropertiesSvc(this._stores(`user:${this._w.exec().user}`));
  }
}

export class PropertiesSvc extends Svc {
  readonly _cls = "Properties";
  readonly _svc = "PropertiesService";
  constructor(private readonly _m: Map<string, string>) {
    super();
  }
  private _check(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) {
      if (bytes(v) > PROPERTY_VALUE_LIMIT) throw new GasError("Argument too large: value");
      total += bytes(k) + bytes(v);
    }
    if (total > PROPERTY_STORE_LIMIT) {
      throw new GasError(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
  }
  getProperty(key: string): string | null {
    return this._m.get(String(key)) ?? null;
  }
  setProperty(key: string, value: unknown): PropertiesSvc {
    const next = new Map(this._m);
    next.set(String(key), String(value));
    this._check(next);
    this._m.set(String(key), String(value));
    return this;
  }
  setProperties(props: Record<string, unknown>, deleteAllOthers = false): PropertiesSvc {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this._m);
    for (const [k, v] of Object.entries(props)) next.set(k, String(v));
    this._check(next);
    this._m.clear();
    for (const [k, v] of next) this._m.set(k, v);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._m);
  }
  getKeys(): string[] {
    return [...this._m.keys()];
  }
  deleteProperty(key: string): PropertiesSvc {
    this._m.delete(String(key));
    return this;
  }
  deleteAllProperties(): PropertiesSvc {
    this._m.clear();
    return this;
  }
}

// ---------- utilities, session, logging ----------

/** CacheService limits (APPS-SCRIPT.md): a value holds at most 100 KB and lives at most 6 hours. */
export const CACHE_VALUE_LIMIT = 100 * 1024;

export const CACHE_MAX_SECONDS = 21_600;

const CACHE_KEY_LIMIT = 250;

export interface CacheEntry {
  value: string;
  expires: number;
}

export class CacheServiceSvc extends Svc {
  readonly _cls = "CacheService";
  readonly _svc = "CacheService";
  constructor(
    private readonly _w: World,
    private readonly _caches: (kind: string) => Map<string, CacheEntry>,
  ) {
    super();
  }
  getScriptCache(): CacheSvc {
    return new CacheSvc(this._w, this._caches("script"));
  }
  getDocumentCache(): CacheSvc {
    return new CacheSvc(this._w, this._caches("document"));
  }
  getUserCache(): CacheSvc {
    return new CacheSvc(this._w, this._caches(`user:${this._w.exec().user}`));
  }
}

/** A cache: values expire after their time (default 10 minutes, at most 6 hours) and may be gone sooner. */
export class CacheSvc extends Svc {
  readonly _cls = "Cache";
  readonly _svc = "CacheService";
  constructor(
    private readonly _w: World,
    private readonly _m: Map<string, CacheEntry>,
  ) {
    super();
  }
  private _key(key: unknown): string {
    const k = String(key);
    if (k.length > CACHE_KEY_LIMIT) throw new GasError("Argument too large: key");
    return k;
  }
  get(key: string): string | null {
    const k = this._key(key);
    const e = this._m.get(k);
    if (!e) return null;
    if (e.expires <= this._w.now()) {
      this._m.delete(k);
      return null;
    }
    return e.value;
  }
  put(key: string, value: unknown, expirationInSeconds = 600): void {
    const v = String(value);
    if (Buffer.byteLength(v, "utf8") > CACHE_VALUE_LIMIT) throw new GasError("Argument too large: value");
    const secs = Math.min(Number(expirationInSeconds), CACHE_MAX_SECONDS);
    this._m.set(this._key(key), { value: v, expires: this._w.now() + secs * 1000 });
  }
  remove(key: string): void {
    this._m.delete(this._key(key));
  }
  /** The values of the keys that are there and fresh, by key (one round trip). */
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of [...keys]) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  /** Several values at once (one round trip), each held to the value limit. */
  putAll(values: Record<string, unknown>, expirationInSeconds = 600): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
}
