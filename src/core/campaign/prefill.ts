/**
 * Pre-filled form links without a Forms call per unit (APPS-SCRIPT.md): Google builds one link
 * with `toPrefilledUrl()`; every other unit's link is that one with its own choice in place of the
 * sample's, encoded as Google encodes it (Java's URLEncoder: space as +, and ! ' ( ) ~ escaped).
 */

/** URL encoding as Java's URLEncoder does it (what Google's servers put in a pre-filled link). */
export function javaUrlEncode(v: string): string {
  return encodeURIComponent(v)
    .replace(/%20/g, "+")
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The sample link with `choice` in place of `sampleChoice` (the value of the one parameter that
 * holds it); "" when the sample does not hold it as expected.
 */
export function substitutePrefill(sampleUrl: string, sampleChoice: string, choice: string): string {
  const q = sampleUrl.indexOf("?");
  if (q < 0) return "";
  const want = javaUrlEncode(sampleChoice);
  const params = sampleUrl.slice(q + 1).split("&");
  const at = params.findIndex((p) => /^entry\.\d+=/.test(p) && p.slice(p.indexOf("=") + 1) === want);
  if (at < 0) return "";
  const name = params[at].slice(0, params[at].indexOf("="));
  params[at] = `${name}=${javaUrlEncode(choice)}`;
  return `${sampleUrl.slice(0, q + 1)}${params.join("&")}`;
}
