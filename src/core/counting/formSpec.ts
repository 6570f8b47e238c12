/**
 * The Google Form the product builds, as plain data: what each item is, keyed by a stable key so
 * that an update changes the same items in place (a new item would add a column to the responses
 * tab). The shell turns this into calls on the Forms service.
 */
import type { Campaign } from "../campaign/campaign";
import { MIN_GROUP_FLOOR } from "../campaign/settingDefs";
import { unitChoice } from "../campaign/units";
import { type Lang, strings } from "../text/strings";
import { fill } from "../text/template";
import {
  AGREE_QUESTION,
  CONSENT,
  EB,
  itemLabel,
  NIP_PATTERN,
  PROFILE,
  QUESTION,
  scaleChoices,
  VALUES,
} from "./instrument";

export type ItemSpec = (
  | { readonly key: string; readonly kind: "section" | "page"; readonly title: string; readonly help: string }
  | {
      readonly key: string;
      readonly kind: "list" | "choice";
      readonly title: string;
      readonly help: string;
      readonly required: boolean;
      readonly choices: readonly string[];
    }
  | {
      readonly key: string;
      readonly kind: "grid";
      readonly title: string;
      readonly help: string;
      readonly required: boolean;
      readonly rows: readonly string[];
      readonly columns: readonly string[];
    }
  | {
      readonly key: string;
      readonly kind: "text";
      readonly title: string;
      readonly help: string;
      readonly required: boolean;
      readonly pattern: string;
      readonly invalidText: string;
    }
) & {
  /** Wording a form already collecting keeps (its answers would otherwise not be comparable). */
  readonly frozenWording?: boolean;
};

export interface FormSpec {
  readonly title: string;
  readonly description: string;
  readonly confirmation: string;
  readonly items: readonly ItemSpec[];
}

/** Item keys the rest of the product looks items up by. */
export const ITEM_KEYS = {
  unit: "profile.unit",
  employment: "profile.employment",
  position: "profile.position",
  nip: "profile.nip",
} as const;

/** The form for a campaign, its labels in `lang` (the language the form was first built in). */
export function formSpec(c: Campaign, lang: Lang, scalePoints: number): FormSpec {
  const t = strings(lang);
  const s = c.settings;
  const columns = scaleChoices(scalePoints, lang);
  const items: ItemSpec[] = [
    { key: "consent", kind: "section", title: t.formConsentTitle, help: CONSENT[lang] },
    {
      key: ITEM_KEYS.unit,
      kind: "list",
      title: PROFILE.unit.title[lang],
      help: "",
      required: true,
      choices: c.units.filter((u) => u.active).map(unitChoice),
    },
  ];
  if (s.askEmployment) {
    items.push({
      key: ITEM_KEYS.employment,
      kind: "choice",
      title: PROFILE.employment.title[lang],
      help: "",
      required: true,
      choices: PROFILE.employment.choices ?? [],
    });
  }
  if (s.askPosition) {
    items.push({
      key: ITEM_KEYS.position,
      kind: "choice",
      title: PROFILE.position.title[lang],
      help: "",
      required: true,
      choices: PROFILE.position.choices ?? [],
    });
  }
  if (s.collectNip) {
    items.push({
      key: ITEM_KEYS.nip,
      kind: "text",
      title: PROFILE.nip.title[lang],
      help: t.formNipHelp,
      required: true,
      pattern: NIP_PATTERN,
      invalidText: t.formNipInvalid,
    });
  }
  for (const v of VALUES) {
    items.push({ key: `page.${v.code}`, kind: "page", title: v.name[lang], help: QUESTION[lang] });
    items.push({
      key: `grid.${v.code}`,
      kind: "grid",
      title: v.name[lang],
      help: "",
      required: true,
      rows: v.behaviours.map(itemLabel),
      columns,
    });
  }
  // Statements of attitude: an agreement stem and scale. Their wording is frozen once responses
  // exist (a form already collecting keeps its labels); a new form gets this one.
  items.push({
    key: "page.EB",
    kind: "page",
    title: t.formEbTitle,
    help: AGREE_QUESTION[lang],
    frozenWording: true,
  });
  items.push({
    key: "grid.EB",
    kind: "grid",
    title: EB.name[lang],
    help: "",
    required: true,
    rows: EB.items.map(itemLabel),
    columns: scaleChoices(scalePoints, lang, true),
    frozenWording: true,
  });
  return {
    title: s.surveyTitle,
    description: [s.surveyDescription.trim(), privacyStatement(c, lang)].filter((x) => x !== "").join("\n\n"),
    confirmation: t.formConfirmation,
    items,
  };
}

/**
 * The promise to respondents (RELIABILITY.md "Privacy and access"), true for this campaign's
 * settings: what the form collects, who sees the raw answers, and that published results never
 * show a group under the minimum size. "Anonymous" only when no NIP is asked.
 */
export function privacyStatement(c: Campaign, lang: Lang): string {
  const t = strings(lang);
  const s = c.settings;
  const fields = [
    t.formFieldUnit,
    ...(s.askEmployment ? [t.formFieldEmployment] : []),
    ...(s.askPosition ? [t.formFieldPosition] : []),
  ].join(", ");
  return fill(s.collectNip ? t.formPrivacyNip : t.formPrivacyNoNip, {
    fields,
    instansi: s.instansi,
    min: Math.max(MIN_GROUP_FLOOR, s.minGroupSize),
  });
}
