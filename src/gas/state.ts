/**
 * What the product keeps between runs, in document properties (versioned JSON). Kept state: the
 * form, its responses tab, the trigger owner, the stored pre-filled links, the last error.
 */

export const STATE_VERSION = 1;
const STATE_KEY = "berakhlak.state";
const LINK_PREFIX = "berakhlak.link.";

export interface State {
  v: number;
  formId?: string;
  /** The responses tab, by sheet id (its name depends on the account's language). */
  responsesSheetId?: number;
  /** Form item ids by the spec's stable keys. */
  items?: Record<string, number>;
  /** The language the form's labels were first built in; they never follow the interface language. */
  formLang?: "id" | "en";
  /** The scale the form's grids use; frozen once responses exist. */
  scalePoints?: number;
  triggerOwner?: string;
  /** The hour the daily trigger was installed for (a Trigger does not expose it). */
  dailyHour?: number;
  localeSet?: boolean;
  lastError?: { time: string; message: string; mailedOn?: string };
}

type Props = GoogleAppsScript.Properties.Properties;

export function docProps(): Props {
  return PropertiesService.getDocumentProperties();
}

export function readState(props: Props): State {
  const raw = props.getProperty(STATE_KEY);
  if (!raw) return { v: STATE_VERSION };
  const parsed = JSON.parse(raw) as State;
  return parsed.v === STATE_VERSION ? parsed : { v: STATE_VERSION };
}

export function writeState(props: Props, state: State): void {
  props.setProperty(STATE_KEY, JSON.stringify(state));
}

/** Stores each unit's pre-filled form link (one property per unit: a store value holds at most 9 KB). */
export function writeLinks(props: Props, links: Readonly<Record<string, string>>): void {
  const all = props.getProperties();
  const next: Record<string, string> = {};
  for (const [code, url] of Object.entries(links)) next[LINK_PREFIX + code] = url;
  for (const key of Object.keys(all))
    if (key.startsWith(LINK_PREFIX) && !(key in next)) props.deleteProperty(key);
  props.setProperties(next);
}

/** The stored pre-filled links by unit code, read in one call. */
export function readLinks(props: Props): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(props.getProperties()))
    if (k.startsWith(LINK_PREFIX)) out[k.slice(LINK_PREFIX.length)] = v;
  return out;
}
