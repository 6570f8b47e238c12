/**
 * The keyed hash of a NIP (a NIP is never stored in clear): its secret in script properties,
 * read from the script cache.
 */
import type { Scored } from "../../core/counting/scoring";
import { hmacSha256Hex } from "../../core/counting/sha256";
import type { Run } from "../platform/run";

const SECRET_KEY = "berakhlak.secret";

/** How long the script cache keeps a copy of the secret (Apps Script's longest). */
const SECRET_CACHE_SECONDS = 6 * 60 * 60;

/**
 * The keyed-hash secret, created once and kept in script properties (never part of the
 * spreadsheet). Submissions read it from the script cache, quicker than a property read and
 * private to the script as well; on a miss (the cache keeps a value 6 hours at most, and may lose
 * it sooner) they read the property without writing the cache, and `warm` puts it back: the
 * hourly run does.
 */
export function secret(warm = false): string {
  const cache = CacheService.getScriptCache();
  const cached = cache.get(SECRET_KEY);
  if (cached) return cached;
  const p = PropertiesService.getScriptProperties();
  let value = p.getProperty(SECRET_KEY);
  if (!value) {
    value = Utilities.getUuid() + Utilities.getUuid();
    p.setProperty(SECRET_KEY, value);
  }
  if (warm) cache.put(SECRET_KEY, value, SECRET_CACHE_SECONDS);
  return value;
}

/** Hashes NIPs with the secret, fetching it at most once per run and only when a NIP needs it. */
export function hasher(run: Run): (s: Scored) => string {
  let key: string | undefined;
  return (s) => {
    if (!run.snapshot.collectNip || s.nip === "") return "";
    key ??= secret();
    return hmacSha256Hex(key, s.nip);
  };
}
