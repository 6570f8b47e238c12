/**
 * Synthetic respondents: answers keyed by question title, as a person fills in the product's
 * form, drawn from a seeded generator so every run is identical. For tests, the benchmarks and
 * the local run; never real data.
 */
import { EB, itemLabel, PROFILE, scaleChoices, VALUES } from "../src/core/counting/instrument";

export { rng } from "./emulation/random";

export interface RespondentOptions {
  /** The unit dropdown's choice, e.g. "Biro Umum (BU)". */
  unit: string;
  points?: number;
  /** Mean answer per value code (BP … KL, EB) on the 1..points scale; default 3.6. */
  means?: Partial<Record<string, number>>;
  employment?: string;
  position?: string;
  nip?: string;
  lang?: "id" | "en";
  /** The EB statements' labels: agreement (the current form), or frequency (a form of version 1). */
  ebLabels?: "agree" | "frequency";
}

/** A NIP as the form asks for it and as staff cards print it: "19900101 201503 1 001". */
export function nipAsWritten(digits: string): string {
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

/**
 * How a provincial government's staff divide, roughly (BKN figures for provinces: most are PNS,
 * PPPK a growing minority, non-ASN the rest; most positions are pelaksana): the synthetic
 * respondents' profile answers follow these shares, one draw each.
 */
const PROFILE_SHARES: Record<string, readonly number[]> = {
  employment: [0.68, 0.22, 0.1],
  position: [0.12, 0.33, 0.55],
};

function pickShare(rand: () => number, choices: readonly string[], shares: readonly number[]): string {
  const x = rand();
  let acc = 0;
  for (let i = 0; i < choices.length; i++) {
    acc += shares[i] ?? 0;
    if (x < acc) return choices[i];
  }
  return choices[choices.length - 1];
}

/** The EB statements as version 1's forms ask them (kept by the freeze rule while they collect). */
const V1_EB_ITEMS = [
  { code: "EB1", text: "Saya bangga menjadi ASN yang melayani bangsa" },
  ...EB.items.slice(1),
];

/** One respondent's answers. */
export function answersFor(rand: () => number, o: RespondentOptions): Record<string, unknown> {
  const points = o.points ?? 5;
  const lang = o.lang ?? "id";
  const choices = scaleChoices(points, lang);
  const pick = (mean: number) => {
    const noise = (rand() + rand() + rand() - 1.5) * 1.6;
    return Math.min(points, Math.max(1, Math.round(mean + noise)));
  };
  const employment = PROFILE.employment.choices ?? [];
  const position = PROFILE.position.choices ?? [];
  const a: Record<string, unknown> = {
    [PROFILE.unit.title[lang]]: o.unit,
    [PROFILE.employment.title[lang]]: o.employment ?? pickShare(rand, employment, PROFILE_SHARES.employment),
    [PROFILE.position.title[lang]]: o.position ?? pickShare(rand, position, PROFILE_SHARES.position),
  };
  if (o.nip !== undefined) a[PROFILE.nip.title[lang]] = o.nip;
  for (const v of VALUES) {
    const mean = o.means?.[v.code] ?? 3.6;
    a[v.name[lang]] = Object.fromEntries(v.behaviours.map((b) => [itemLabel(b), choices[pick(mean) - 1]]));
  }
  const ebMean = o.means?.EB ?? 3.8;
  const ebChoices = scaleChoices(points, lang, o.ebLabels !== "frequency");
  const ebItems = o.ebLabels === "frequency" ? V1_EB_ITEMS : EB.items;
  a[EB.name[lang]] = Object.fromEntries(ebItems.map((b) => [itemLabel(b), ebChoices[pick(ebMean) - 1]]));
  return a;
}
