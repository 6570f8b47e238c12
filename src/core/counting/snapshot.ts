/**
 * The configuration the automatic processing runs on, taken from the tabs at setup, form update
 * and recompute (PRODUCT.md: settings or units changed since take effect at the next recompute).
 * Kept as JSON in document properties, so a submission reads it in one call.
 */
import type { Campaign } from "../campaign/campaign";
import { MIN_GROUP_FLOOR, type Settings } from "../campaign/settingDefs";
import { dict } from "../text/dict";
import { truncate } from "../text/escape";
import type { Lang } from "../text/strings";
import type { DuplicatePolicy } from "./duplicates";
import type { ColumnMap, ScoreConfig } from "./scoring";

export interface UnitSnapshot {
  readonly code: string;
  readonly name: string;
  readonly active: boolean;
  readonly headcount: number;
  readonly quota: number;
  /** Staff's short link to the unit's form, for posters (absent when none). */
  readonly shortLink?: string;
  /** The name the form offers, when staff renamed the unit since the form was last built. */
  readonly formName?: string;
  /** false: the form does not offer the unit yet (added or reactivated since it was last built). */
  readonly offered?: false;
  /**
   * An inactive unit the form still offers (deactivated since the form was last built): reactivated,
   * it is offered at once.
   */
  readonly inForm?: true;
}

export interface Snapshot {
  readonly points: number;
  readonly policy: DuplicatePolicy;
  readonly collectNip: boolean;
  /** Interface language (messages, Skor reasons, dashboard). */
  readonly lang: Lang;
  readonly cols: ColumnMap;
  readonly minGroup: number;
  readonly nearThreshold: number;
  readonly bands: Settings["bands"];
  readonly instansi: string;
  readonly title: string;
  readonly year: number;
  readonly startDate: string;
  readonly endDate: string;
  /** Who gets error reports and run summaries ("" = the trigger owner). */
  readonly adminEmail: string;
  /** The script time zone's offset from UTC in minutes (Indonesia's zones keep no summer time). */
  readonly tzOffsetMin: number;
  readonly units: readonly UnitSnapshot[];
  /** The hour the day's reminders go out (an earlier version's snapshot has none: the reminders read the tabs). */
  readonly reminderHour?: number;
  /** When the weekly digest is due (an earlier version's snapshot has none: the digest reads the tabs). */
  readonly digest?: { readonly on: boolean; readonly weekday: number; readonly hour: number };
}

export function snapshotOf(c: Campaign, cols: ColumnMap, points: number, tzOffsetMin: number): Snapshot {
  const s = c.settings;
  return {
    points,
    policy: s.duplicatePolicy,
    collectNip: s.collectNip,
    lang: s.language,
    cols,
    minGroup: Math.max(MIN_GROUP_FLOOR, s.minGroupSize),
    nearThreshold: s.nearThreshold,
    bands: s.bands,
    instansi: s.instansi,
    title: s.surveyTitle,
    year: s.year,
    startDate: s.startDate,
    endDate: s.endDate,
    adminEmail: s.adminEmail,
    tzOffsetMin,
    units: c.units.map((u) => ({
      code: u.code,
      name: truncate(u.name, 120),
      active: u.active,
      headcount: u.headcount,
      quota: c.quotas.get(u.code) ?? 0,
      ...(u.shortLink ? { shortLink: u.shortLink } : {}),
    })),
    reminderHour: s.reminderHour,
    digest: { on: s.digestTo.length > 0, weekday: s.digestWeekday, hour: s.digestHour },
  };
}

/** The codes of the units that count (active ones). */
export function activeUnitCodes(s: Pick<Snapshot, "units">): Set<string> {
  return new Set(s.units.filter((u) => u.active).map((u) => u.code));
}

/** What the scorer needs from a snapshot. */
export function scoreConfig(s: Pick<Snapshot, "points" | "units">): ScoreConfig {
  const units: Record<string, { active: boolean }> = dict();
  for (const u of s.units) units[u.code] = { active: u.active };
  return { points: s.points, units };
}

/** A local wall-clock time "yyyy-MM-dd HH:mm" and the local date "yyyy-MM-dd" for an instant. */
export function localTime(ms: number, offsetMin: number): { ymd: string; text: string } {
  const d = new Date(ms + offsetMin * 60_000);
  const iso = d.toISOString();
  return { ymd: iso.slice(0, 10), text: `${iso.slice(0, 10)} ${iso.slice(11, 16)}` };
}

/** "+0700" -> 420. */
export function parseOffset(z: string): number {
  const m = /^([+-])(\d{2})(\d{2})$/.exec(z.trim());
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * A snapshot taken without building the form (the hourly run following the tabs, a recompute):
 * units keep what the form offers from the previous snapshot (a unit it does not offer is marked,
 * a renamed one keeps the name its choice has), so that pre-filled links stay the form's.
 */
export function carryOffer(prev: Snapshot | undefined, next: Snapshot): Snapshot {
  if (!prev) return next;
  const before = new Map(prev.units.map((u) => [u.code, u]));
  const units = next.units.map((u): UnitSnapshot => {
    const p = before.get(u.code);
    const inForm = !!p && ((p.active && p.offered !== false) || p.inForm === true);
    if (!u.active) return inForm ? { ...u, inForm: true } : u;
    if (!inForm || !p) return { ...u, offered: false };
    const formName = p.formName ?? (p.name !== u.name ? p.name : undefined);
    return formName === undefined || formName === u.name ? u : { ...u, formName };
  });
  return { ...next, units };
}

/** Whether scores depend on what changed between two snapshots (the units counted, the scale). */
export function scoringChanged(a: Snapshot, b: Snapshot): boolean {
  const active = (s: Snapshot) =>
    s.units
      .filter((u) => u.active)
      .map((u) => u.code)
      .sort()
      .join("\n");
  return a.points !== b.points || a.policy !== b.policy || active(a) !== active(b);
}
