/**
 * Runs the bundle the way Apps Script does: a fresh node:vm context per execution whose only
 * globals are the emulated services and JavaScript's built-ins; every service call is counted,
 * may advance the fake clock, may be made to fail, and stops the execution after 6 fake minutes.
 */
import vm from "node:vm";
import { scopesFor } from "./scopes";
import { classify, isRoundTrip } from "./variants";

/** An error as Google's services raise it (the bundle sees an Error of its own realm). */
export class GasError extends Error {
  override name = "Exception";
}

/** Base of every emulated service object. `_`-prefixed members are never visible to the bundle. */
export abstract class Svc {
  abstract readonly _cls: string;
  abstract readonly _svc: string;
  /** Builders' option setters are not counted as calls; only their terminal methods are. */
  readonly _builder: boolean = false;
}

const BUILDER_TERMINALS = new Set(["build", "create", "addToUi", "copy"]);

export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

export type ExecutionKind = "simple" | "menu" | "trigger" | "direct";

export interface ExecutionRecord {
  id: number;
  fn: string;
  kind: ExecutionKind;
  user: string;
  start: number;
  end: number;
  error?: string;
  timedOut: boolean;
  crashed: boolean;
  calls: number;
  /** Calls that reach Google's servers (PERFORMANCE.md: values, searches, properties, lock, flush, Forms, Mail). */
  roundTrips: number;
  cells: number;
  /** Cells searched on Google's side by text finders. */
  searched: number;
  /** Fake ms the latency profile charged (the modelled time of the calls). */
  latencyMs: number;
  formatCells: number;
  callsByService: Record<string, number>;
  callsByMethod: Record<string, number>;
  logs: string[];
  /** Real time of the whole execution, and the part spent inside the emulated services (ms). */
  wallMs: number;
  serviceMs: number;
}

export interface Hooks {
  now(): number;
  advance(ms: number): void;
  latencyMs(): number;
  /** The N-th call at which to crash this execution, if any. */
  faultAt(): number | undefined;
  /** An injected service error for this call (a method that keeps failing), if any. */
  failCall?(cls: string, method: string): string | undefined;
  /** The N-th call that takes effect, after which the execution is stopped, if any. */
  stopAfterAt(): number | undefined;
  /** Fake ms a call costs under the latency profile, given the cells it moved or searched. */
  charge(service: string, cls: string, method: string, cells: number): number;
  /** The manifest's scopes. */
  scopes(): readonly string[];
}

/** The realm helpers of one context: values handed to the bundle are made with its constructors. */
export class Realm {
  readonly context: vm.Context;
  readonly Array: ArrayConstructor;
  readonly Date: DateConstructor;
  readonly Error: ErrorConstructor;
  readonly objectProto: object;
  private readonly targets = new WeakMap<object, object>();

  constructor(
    globals: Record<string, unknown>,
    private readonly exec: Execution,
  ) {
    this.context = vm.createContext({});
    // Installs a Date whose "now" is the fake clock, then removes the hook from the globals.
    (this.context as Record<string, unknown>).__now = () => exec.hooks.now();
    vm.runInContext(
      `(function () {
        var RealDate = Date; var now = __now;
        function D() {
          if (!new.target) return new RealDate(now()).toString();
          return arguments.length === 0 ? Reflect.construct(RealDate, [now()], new.target)
            : Reflect.construct(RealDate, Array.prototype.slice.call(arguments), new.target);
        }
        D.prototype = RealDate.prototype;
        Object.defineProperty(RealDate.prototype, "constructor", { value: D, writable: true, configurable: true });
        D.now = function () { return now(); };
        D.UTC = RealDate.UTC; D.parse = RealDate.parse;
        Object.defineProperty(globalThis, "Date", { value: D, writable: true, configurable: true });
        delete globalThis.__now;
        delete globalThis.console;
      })();`,
      this.context,
    );
    this.Array = vm.runInContext("Array", this.context);
    this.Date = vm.runInContext("Date", this.context);
    this.Error = vm.runInContext("Error", this.context);
    this.objectProto = vm.runInContext("Object.prototype", this.context);
    for (const [k, v] of Object.entries(globals))
      (this.context as Record<string, unknown>)[k] = this.toCtx(v);
  }

  /** Converts a value from the emulation's realm into the bundle's (deeply for arrays and plain objects). */
  toCtx(v: unknown): any {
    if (v === null || typeof v !== "object") return v;
    if (v instanceof Svc) return this.wrap(v);
    if (v instanceof Date) return new this.Date(v.getTime());
    if (Array.isArray(v)) {
      const out = new this.Array(v.length);
      for (let i = 0; i < v.length; i++) out[i] = this.toCtx(v[i]);
      return out;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto === Object.prototype || proto === null) {
      const out = Object.create(this.objectProto);
      for (const [k, x] of Object.entries(v)) out[k] = this.toCtx(x);
      return out;
    }
    return v;
  }

  /** Unwraps service proxies the bundle hands back (top level, and inside a plain array). */
  fromCtx(v: unknown): unknown {
    if (v !== null && typeof v === "object") {
      const t = this.targets.get(v);
      if (t) return t;
      if (
        Array.isArray(v) &&
        v.length > 0 &&
        v[0] !== null &&
        typeof v[0] === "object" &&
        this.targets.has(v[0])
      ) {
        return v.map((x) => this.fromCtx(x));
      }
    }
    return v;
  }

  error(message: string, name = "Exception"): Error {
    const e = new this.Error(message);
    e.name = name;
    return e;
  }

  wrap(target: Svc): any {
    const realm = this;
    const exec = this.exec;
    const proxy = new Proxy(target, {
      get(t: any, prop) {
        if (typeof prop === "symbol") return undefined;
        if (prop === "toString") return () => t._cls;
        if (prop.startsWith("_") || prop === "constructor") return undefined;
        if (typeof t._lacks === "function" && t._lacks(prop)) return undefined;
        const member = t[prop];
        if (typeof member === "function") {
          return (...args: unknown[]) => exec.invoke(t, prop, member, args);
        }
        if (member !== undefined) return realm.toCtx(member);
        return () => {
          throw realm.error(`not emulated: ${t._cls}.${prop}`);
        };
      },
      set() {
        return false;
      },
    });
    this.targets.set(proxy, target);
    return proxy;
  }
}

/** One run of one entry point, from a fresh context to its end. */
export class Execution {
  readonly record: ExecutionRecord;
  realm!: Realm;
  private dead?: string;
  private readonly faultAt: number | undefined;
  private readonly stopAfter: number | undefined;

  constructor(
    readonly hooks: Hooks,
    id: number,
    fn: string,
    readonly kind: ExecutionKind,
    readonly user: string,
  ) {
    this.faultAt = hooks.faultAt();
    this.stopAfter = hooks.stopAfterAt();
    this.record = {
      id,
      fn,
      kind,
      user,
      start: hooks.now(),
      end: hooks.now(),
      timedOut: false,
      crashed: false,
      calls: 0,
      roundTrips: 0,
      cells: 0,
      searched: 0,
      latencyMs: 0,
      formatCells: 0,
      callsByService: {},
      callsByMethod: {},
      logs: [],
      wallMs: 0,
      serviceMs: 0,
    };
  }

  /** Counts moved cells (value methods). */
  cells(n: number): void {
    this.record.cells += n;
  }

  /** Counts cells searched on the server side (text finders). */
  searched(n: number): void {
    this.record.searched += n;
  }

  formatCells(n: number): void {
    this.record.formatCells += n;
  }

  log(line: string): void {
    this.record.logs.push(line);
  }

  invoke(t: Svc, name: string, fn: (...a: unknown[]) => unknown, args: unknown[]): unknown {
    const realm = this.realm;
    if (this.dead) throw realm.error(this.dead);
    const needed = scopesFor(t._cls, name);
    if (needed && !needed.some((s) => this.hooks.scopes().includes(s))) {
      throw realm.error(
        `You do not have permission to call ${t._cls}.${name}. Required permissions: ${needed[0]}`,
      );
    }
    const counted = !t._builder || BUILDER_TERMINALS.has(name);
    const r = this.record;
    if (counted) {
      r.calls++;
      r.callsByService[t._svc] = (r.callsByService[t._svc] ?? 0) + 1;
      const key = `${t._cls}.${name}`;
      r.callsByMethod[key] = (r.callsByMethod[key] ?? 0) + 1;
      if (isRoundTrip(classify(t._svc, t._cls, name).cls)) r.roundTrips++;
      const latency = this.hooks.latencyMs();
      if (latency > 0) {
        this.hooks.advance(latency);
        r.latencyMs += latency;
      }
      if (this.hooks.now() - r.start > EXECUTION_LIMIT_MS) {
        r.timedOut = true;
        this.dead = "Exceeded maximum execution time";
        throw realm.error(this.dead);
      }
      if (this.faultAt !== undefined && r.calls === this.faultAt) {
        r.crashed = true;
        this.dead = `Service error: the execution was stopped at call ${r.calls} (injected fault)`;
        throw realm.error(this.dead);
      }
      const failure = this.hooks.failCall?.(t._cls, name);
      if (failure) throw realm.error(failure);
    }
    const cells0 = r.cells + r.searched;
    let result: unknown;
    const t0 = performance.now();
    try {
      result = fn.apply(
        t,
        args.map((a) => realm.fromCtx(a)),
      );
    } catch (e) {
      if (e instanceof GasError) throw realm.error(e.message);
      // Anything else is a fault of the emulation itself: say so, never pass it off as Google's.
      const err = realm.error(
        `emulation error in ${t._cls}.${name}: ${e instanceof Error ? e.message : String(e)}`,
      );
      err.stack = `${err.message}\n${e instanceof Error ? e.stack : ""}`;
      throw err;
    } finally {
      this.record.serviceMs += performance.now() - t0;
      if (counted) {
        const ms = this.hooks.charge(t._svc, t._cls, name, r.cells + r.searched - cells0);
        if (ms > 0) {
          this.hooks.advance(ms);
          r.latencyMs += ms;
        }
      }
    }
    if (counted && this.stopAfter !== undefined && r.calls === this.stopAfter) {
      // The call took effect (a mail went out, a row was written); then the run dies.
      r.crashed = true;
      this.dead = `Service error: the execution was stopped after call ${r.calls} took effect (injected fault)`;
      throw realm.error(this.dead);
    }
    const t1 = performance.now();
    const converted = realm.toCtx(result);
    this.record.serviceMs += performance.now() - t1;
    return converted;
  }

  /** Whether the platform stopped this execution (timeout or injected crash). */
  get stopped(): boolean {
    return this.dead !== undefined;
  }
}

/** Cross-realm test for a Date (the bundle's Dates are not instances of this realm's Date). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** A bundle's Date (any realm) as a Date of this realm. */
export function toNodeDate(v: Date): Date {
  return new Date(v.getTime());
}
