/**
 * The survey instrument, defined once (INSTRUMENT.md): the seven BerAKHLAK values with their three
 * behaviours, the employer-branding (EB) items, the frequency scale for 4 to 7 points, the profile
 * questions and the consent text. The form builder, the scorer, the dashboard and the emails all
 * read this; nothing about the instrument is written as a literal anywhere else.
 */
import type { Lang } from "../text/strings";

export interface Behaviour {
  readonly code: string;
  readonly text: string;
}

export interface Value {
  readonly code: ValueCode;
  readonly name: Readonly<Record<Lang, string>>;
  readonly behaviours: readonly [Behaviour, Behaviour, Behaviour];
}

export type ValueCode = "BP" | "AK" | "KO" | "HA" | "LO" | "AD" | "KL";

/** The seven values in the order of the acronym; behaviours in their long (SKP) form. */
export const VALUES: readonly Value[] = [
  {
    code: "BP",
    name: { id: "Berorientasi Pelayanan", en: "Service Oriented" },
    behaviours: [
      { code: "BP1", text: "Memahami dan memenuhi kebutuhan masyarakat" },
      { code: "BP2", text: "Ramah, cekatan, solutif, dan dapat diandalkan" },
      { code: "BP3", text: "Melakukan perbaikan tiada henti" },
    ],
  },
  {
    code: "AK",
    name: { id: "Akuntabel", en: "Accountable" },
    behaviours: [
      {
        code: "AK1",
        text: "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi",
      },
      {
        code: "AK2",
        text: "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
      },
      { code: "AK3", text: "Tidak menyalahgunakan kewenangan jabatan" },
    ],
  },
  {
    code: "KO",
    name: { id: "Kompeten", en: "Competent" },
    behaviours: [
      { code: "KO1", text: "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah" },
      { code: "KO2", text: "Membantu orang lain belajar" },
      { code: "KO3", text: "Melaksanakan tugas dengan kualitas terbaik" },
    ],
  },
  {
    code: "HA",
    name: { id: "Harmonis", en: "Harmonious" },
    behaviours: [
      { code: "HA1", text: "Menghargai setiap orang apa pun latar belakangnya" },
      { code: "HA2", text: "Suka menolong orang lain" },
      { code: "HA3", text: "Membangun lingkungan kerja yang kondusif" },
    ],
  },
  {
    code: "LO",
    name: { id: "Loyal", en: "Loyal" },
    behaviours: [
      {
        code: "LO1",
        text: "Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah",
      },
      { code: "LO2", text: "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara" },
      { code: "LO3", text: "Menjaga rahasia jabatan dan negara" },
    ],
  },
  {
    code: "AD",
    name: { id: "Adaptif", en: "Adaptive" },
    behaviours: [
      { code: "AD1", text: "Cepat menyesuaikan diri menghadapi perubahan" },
      { code: "AD2", text: "Terus berinovasi dan mengembangkan kreativitas" },
      { code: "AD3", text: "Bertindak proaktif" },
    ],
  },
  {
    code: "KL",
    name: { id: "Kolaboratif", en: "Collaborative" },
    behaviours: [
      { code: "KL1", text: "Memberi kesempatan kepada berbagai pihak untuk berkontribusi" },
      { code: "KL2", text: "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah" },
      { code: "KL3", text: "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama" },
    ],
  },
];

/** Employer branding: our own three items, a separate index never mixed into BerAKHLAK. */
export const EB = {
  code: "EB",
  name: {
    id: "Employer Branding: Bangga Melayani Bangsa",
    en: "Employer branding: Proud to Serve the Nation",
  },
  items: [
    { code: "EB1", text: "Saya bangga bekerja melayani masyarakat di instansi ini" },
    { code: "EB2", text: "Saya akan merekomendasikan instansi ini sebagai tempat bekerja" },
    { code: "EB3", text: "Pimpinan dan rekan kerja menunjukkan semangat Bangga Melayani Bangsa" },
  ] as readonly Behaviour[],
} as const;

export const SCALE_MIN_POINTS = 4;
export const SCALE_MAX_POINTS = 7;
export const SCALE_DEFAULT_POINTS = 5;

/** Frequency labels, answer 1 first, for every allowed scale length. The 5-point one is INSTRUMENT.md's. */
export const SCALE_LABELS: Readonly<Record<number, Readonly<Record<Lang, readonly string[]>>>> = {
  4: {
    id: ["Tidak pernah", "Jarang", "Sering", "Selalu"],
    en: ["Never", "Rarely", "Often", "Always"],
  },
  5: {
    id: ["Tidak pernah", "Jarang", "Kadang-kadang", "Sering", "Selalu"],
    en: ["Never", "Rarely", "Sometimes", "Often", "Always"],
  },
  6: {
    id: ["Tidak pernah", "Sangat jarang", "Jarang", "Sering", "Sangat sering", "Selalu"],
    en: ["Never", "Very rarely", "Rarely", "Often", "Very often", "Always"],
  },
  7: {
    id: ["Tidak pernah", "Sangat jarang", "Jarang", "Kadang-kadang", "Sering", "Sangat sering", "Selalu"],
    en: ["Never", "Very rarely", "Rarely", "Sometimes", "Often", "Very often", "Always"],
  },
};

/**
 * Agreement labels for the EB statements (statements of attitude, not behaviours), answer 1
 * first, with the same number of points as the behaviours and scored the same way.
 */
export const AGREE_LABELS: Readonly<Record<number, Readonly<Record<Lang, readonly string[]>>>> = {
  4: {
    id: ["Sangat tidak setuju", "Tidak setuju", "Setuju", "Sangat setuju"],
    en: ["Strongly disagree", "Disagree", "Agree", "Strongly agree"],
  },
  5: {
    id: ["Sangat tidak setuju", "Tidak setuju", "Netral", "Setuju", "Sangat setuju"],
    en: ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"],
  },
  6: {
    id: [
      "Sangat tidak setuju",
      "Tidak setuju",
      "Agak tidak setuju",
      "Agak setuju",
      "Setuju",
      "Sangat setuju",
    ],
    en: ["Strongly disagree", "Disagree", "Somewhat disagree", "Somewhat agree", "Agree", "Strongly agree"],
  },
  7: {
    id: [
      "Sangat tidak setuju",
      "Tidak setuju",
      "Agak tidak setuju",
      "Netral",
      "Agak setuju",
      "Setuju",
      "Sangat setuju",
    ],
    en: [
      "Strongly disagree",
      "Disagree",
      "Somewhat disagree",
      "Neutral",
      "Somewhat agree",
      "Agree",
      "Strongly agree",
    ],
  },
};

/** The stem of the EB statements. */
export const AGREE_QUESTION: Readonly<Record<Lang, string>> = {
  id: "Seberapa setuju Anda dengan pernyataan berikut?",
  en: "How much do you agree with each of the following statements?",
};

/** The question asked of every behaviour: how often it is practised in the respondent's own unit. */
export const QUESTION: Readonly<Record<Lang, string>> = {
  id: "Seberapa sering perilaku berikut dipraktikkan di unit kerja Anda?",
  en: "How often is each of the following practised in your work unit?",
};

export type ProfileKey = "unit" | "employment" | "position" | "nip";

export interface ProfileQuestion {
  readonly key: ProfileKey;
  readonly title: Readonly<Record<Lang, string>>;
  readonly choices?: readonly string[];
}

/** Profile questions; the unit's choices are the active units, set when the form is built. */
export const PROFILE: Readonly<Record<ProfileKey, ProfileQuestion>> = {
  unit: { key: "unit", title: { id: "Unit kerja", en: "Work unit" } },
  employment: {
    key: "employment",
    title: { id: "Jenis kepegawaian", en: "Employment type" },
    choices: ["PNS", "PPPK", "Non-ASN"],
  },
  position: {
    key: "position",
    title: { id: "Jenis jabatan", en: "Position type" },
    choices: ["Struktural", "Fungsional", "Pelaksana"],
  },
  nip: { key: "nip", title: { id: "NIP", en: "NIP (civil servant number)" } },
};

/**
 * A NIP is 18 digits, asked in the grouped form printed on staff cards ("19900101 201503 1 001"):
 * Sheets reads 18 bare digits as a number and loses the last ones, and a column's plain-text
 * format does not protect rows that Forms inserts (APPS-SCRIPT.md, "both ways"); text with spaces
 * is never read as a number, whatever the row's format.
 */
export const NIP_PATTERN = "\\d{8} \\d{6} \\d \\d{3}";

/** The 18 digits of a NIP written grouped or bare (what is hashed: the same person either way); "" if it is not one. */
export function nipDigits(text: string): string {
  const digits = text.replace(/\s+/g, "");
  return /^\d{18}$/.test(digits) ? digits : "";
}

export const CONSENT: Readonly<Record<Lang, string>> = {
  id: "Survei ini sukarela. Jawaban Anda diolah sebagai angka gabungan per unit kerja dan instansi untuk perbaikan budaya kerja; dengan mengirim formulir ini Anda menyetujui penggunaan tersebut.",
  en: "This survey is voluntary. Your answers are processed as combined figures per work unit and for the whole institution to improve the work culture; by submitting this form you agree to that use.",
};

/** Every scored item code in order: the 21 behaviours, then the EB items. */
export const ITEM_CODES: readonly string[] = [
  ...VALUES.flatMap((v) => v.behaviours.map((b) => b.code)),
  ...EB.items.map((i) => i.code),
];

/**
 * The answer choices of a grid for a scale of `points`: "1 – Tidak pernah" … (the number leads);
 * `agree` gives the EB statements' agreement labels ("1 – Sangat tidak setuju" …).
 */
export function scaleChoices(points: number, lang: Lang, agree = false): string[] {
  const labels = (agree ? AGREE_LABELS : SCALE_LABELS)[points]?.[lang];
  if (!labels) throw new Error(`no labels for a ${points}-point scale`);
  return labels.map((label, i) => `${i + 1} \u2013 ${label}`);
}

/** The number of an answer: a grid choice ("4 – Sering") or a bare number; undefined otherwise. */
export function answerNumber(answer: unknown): number | undefined {
  if (typeof answer === "number") return Number.isInteger(answer) ? answer : undefined;
  const m = /^\s*(\d+)(?:\s*\u2013|\s*$)/.exec(String(answer));
  return m ? Number(m[1]) : undefined;
}

/** A behaviour's row label in its value's grid: the code leads, so a column can always be traced back to it. */
export function itemLabel(b: Behaviour): string {
  return `${b.code}. ${b.text}`;
}

/** The item code a response column header carries ("Akuntabel [AK2. Menggunakan …]" -> "AK2"). */
export function itemCodeOfHeader(header: string): string | undefined {
  const m = /\[([A-Z]{2}\d)\.\s/.exec(header);
  if (m && ITEM_CODES.includes(m[1])) return m[1];
  // A header staff shortened ("Akuntabel [AK1]", "AK1 (jujur)", "ak1"): the code standing on its
  // own anywhere in it, when exactly one does.
  const found = new Set(
    [...header.matchAll(/(?<![A-Za-z0-9])([A-Za-z]{2}\d)(?![A-Za-z0-9])/g)]
      .map((x) => x[1].toUpperCase())
      .filter((c) => ITEM_CODES.includes(c)),
  );
  return found.size === 1 ? [...found][0] : undefined;
}
