/**
 * The bundled synthetic sample: a made-up provincial government ("Provinsi Contoh"), its units
 * and their heads (addresses on example.org). Every figure is generated from a fixed seed; none
 * of it is real.
 */

import { UNIT_COLUMNS } from "../src/core/campaign/units";
import { strings } from "../src/core/text/strings";
import { rng } from "./respondents";

/** The Unit Kerja tab's header as setup writes it (Indonesian labels from the strings module). */
export const UNIT_HEADER: string[] = UNIT_COLUMNS.map((c) => strings("id")[c.header]);

/** Units of a synthetic province: a few large agencies, many small bureaus. */
const BASE: readonly [string, string, number][] = [
  ["DISDIK", "Dinas Pendidikan", 1450],
  ["RSUD", "RSUD Provinsi", 980],
  ["DINKES", "Dinas Kesehatan", 420],
  ["BAPENDA", "Badan Pendapatan Daerah", 310],
  ["DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", 260],
  ["DISHUB", "Dinas Perhubungan", 240],
  ["SATPOLPP", "Satuan Polisi Pamong Praja", 220],
  ["DPMPTSP", "Dinas Penanaman Modal dan PTSP", 120],
  ["BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", 140],
  ["BKD", "Badan Kepegawaian Daerah", 95],
  ["BAPPEDA", "Badan Perencanaan Pembangunan Daerah", 90],
  ["INSPEKTORAT", "Inspektorat", 85],
  ["DINSOS", "Dinas Sosial", 110],
  ["DLH", "Dinas Lingkungan Hidup", 80],
  ["DISPAR", "Dinas Pariwisata", 70],
  ["DISKOMINFO", "Dinas Komunikasi dan Informatika", 75],
  ["DISPERINDAG", "Dinas Perindustrian dan Perdagangan", 90],
  ["DISTAN", "Dinas Pertanian", 150],
  ["DKP", "Dinas Kelautan dan Perikanan", 100],
  ["DISNAKER", "Dinas Tenaga Kerja dan Transmigrasi", 65],
  ["DPPPA", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", 45],
  ["DISPORA", "Dinas Pemuda dan Olahraga", 55],
  ["BPBD", "Badan Penanggulangan Bencana Daerah", 60],
  ["KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", 40],
  ["BIRO-ORG", "Biro Organisasi", 38],
  ["BIRO-HUKUM", "Biro Hukum", 32],
  ["BIRO-UMUM", "Biro Umum", 75],
  ["BIRO-PEM", "Biro Pemerintahan dan Otonomi Daerah", 30],
  ["BIRO-PBJ", "Biro Pengadaan Barang dan Jasa", 28],
  ["BIRO-ADPIM", "Biro Administrasi Pimpinan", 35],
];

const FIRST = [
  "Agus",
  "Sri",
  "Budi",
  "Dewi",
  "Hendra",
  "Rina",
  "Joko",
  "Wati",
  "Eko",
  "Lestari",
  "Bambang",
  "Yuni",
  "Rudi",
  "Fitri",
  "Andi",
];
const LAST = [
  "Santoso",
  "Wahyuni",
  "Pratama",
  "Hidayat",
  "Kurniawan",
  "Siregar",
  "Nugroho",
  "Lubis",
  "Saputra",
  "Rahayu",
];

export interface SampleUnit {
  code: string;
  name: string;
  head: string;
  email: string;
  headcount: number;
}

/** `n` synthetic units (the 30 of the sample first, then numbered extra bureaus). */
export function syntheticUnits(n = BASE.length, seed = 30): SampleUnit[] {
  const rand = rng(seed);
  const out: SampleUnit[] = [];
  for (let i = 0; i < n; i++) {
    const [code, name, headcount] = BASE[i] ?? [
      `UPT-${i + 1}`,
      `UPT Wilayah ${i + 1}`,
      20 + Math.floor(rand() * 60),
    ];
    const head = `${FIRST[Math.floor(rand() * FIRST.length)]} ${LAST[Math.floor(rand() * LAST.length)]}`;
    out.push({ code, name, head, email: `kepala.${code.toLowerCase()}@example.org`, headcount });
  }
  return out;
}

/** The Unit Kerja tab's rows for these units. */
/** The Unit Kerja tab's rows for these units, with a manual quota typed for each when given. */
export function unitRows(units: readonly SampleUnit[], manualQuota?: (index: number) => number): unknown[][] {
  return [
    UNIT_HEADER,
    ...units.map((u, i) => [u.code, u.name, u.head, u.email, "", u.headcount, manualQuota?.(i) ?? "", "ya"]),
  ];
}

/** The dropdown choice of a unit in the form. */
export function choiceOf(u: Pick<SampleUnit, "code" | "name">): string {
  return `${u.name} (${u.code})`;
}
