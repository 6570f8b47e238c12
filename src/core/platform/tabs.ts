/**
 * Tab names. They stay Indonesian whatever the interface language, because they are how the
 * product finds its tabs (and the language setting itself lives in one of them).
 */
export const TAB = {
  settings: "Pengaturan",
  units: "Unit Kerja",
  scores: "Skor",
  dashboard: "Dasbor",
  mailLog: "Log Email",
  history: "Riwayat",
  /** The 21 behaviours' scores, the weakest marked, with suggested actions (rebuilt with Dasbor). */
  behaviours: "Perilaku",
  /** Hidden and protected: each unit's letters (how many, the last day, postponed), and below them the send journal of a run under way. */
  reminderHistory: "Riwayat Pengingat",
  /** Hidden and protected: the last valid Pengaturan and Unit Kerja, which run while staff are mid-edit. */
  lastValid: "Versi Sah Terakhir",
  /** The latest release of the results: what may leave the Sheet. */
  results: "Hasil",
  /** Hidden and protected: who the last release counted and which groups it showed. */
  releaseMembers: "Rilis Terakhir",
} as const;

/** The settings key that holds the interface language. */
export const LANGUAGE_KEY = "bahasa";
