// Which kind of roster a sheet is, from its header row: coops, staff or assignments. Column order,
// case, spaces/underscores/dots and extra columns do not matter; each field has the names offices
// actually use ("Kode Desa", "kode_wilayah", "Kode Kemendagri", …). No database here.
import type { ImportKind } from "../../generated/prisma/enums.ts";
import { HEADER_SCAN_ROWS } from "./limits.ts";
import type { SheetRow } from "./read.ts";

/** "Kode_Desa / Kel." → "kode desa kel" */
export function normalizeHeader(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const VILLAGE_CODE = [
  "kode desa",
  "kode desa kelurahan",
  "kode desa kel",
  "kode kelurahan",
  "kode wilayah",
  "kode wilayah desa",
  "kode kemendagri",
  "kode desa kemendagri",
  "kode wilayah kemendagri",
  "kode bps kemendagri",
  "kd desa",
  "kode",
];
const LEGAL = [
  "ahu",
  "no ahu",
  "nomor ahu",
  "sk ahu",
  "nomor sk ahu",
  "no sk ahu",
  "badan hukum",
  "nomor badan hukum",
  "no badan hukum",
  "nomor badan hukum ahu",
  "no badan hukum ahu",
  "nomor bh",
  "no bh",
];
const COOP_NAME = ["nama koperasi", "koperasi", "nama kdkmp", "nama kopdes", "nama koperasi desa", "nama kdmp"];

const COLUMNS = {
  COOPS: {
    name: [...COOP_NAME, "nama"],
    legalNumber: LEGAL,
    villageCode: VILLAGE_CODE,
    village: ["desa", "kelurahan", "desa kelurahan", "desa kel", "nama desa", "nama desa kelurahan", "nama kelurahan"],
    district: ["kecamatan", "nama kecamatan", "kec"],
    regency: ["kabupaten", "kabupaten kota", "kab kota", "kota", "nama kabupaten", "nama kabupaten kota", "kab"],
    ketuaName: ["nama ketua", "ketua", "ketua koperasi", "nama ketua koperasi"],
    ketuaPhone: [
      "hp ketua",
      "no hp ketua",
      "nomor hp ketua",
      "telepon ketua",
      "no telepon ketua",
      "nomor telepon ketua",
      "telp ketua",
      "wa ketua",
      "no wa ketua",
      "nomor wa ketua",
      "whatsapp ketua",
    ],
    units: ["unit usaha", "unit", "jenis usaha", "unit unit usaha"],
    dateKantor: ["tanggal kantor", "tgl kantor"],
    dateRekening: ["tanggal rekening", "tgl rekening"],
    dateSimkopdes: ["tanggal simkopdes", "tgl simkopdes"],
    dateBusinessPlan: ["tanggal rencana usaha", "tgl rencana usaha", "tanggal business plan", "tgl business plan"],
    dateLandGerai: ["tanggal lahan gerai", "tgl lahan gerai"],
    dateBuildGerai: ["tanggal gerai selesai", "tgl gerai selesai", "tanggal gerai", "tgl gerai"],
  },
  STAFF: {
    name: ["nama", "nama lengkap", "nama pendamping", "nama petugas", "nama staf", "nama pegawai"],
    phone: [
      "hp",
      "no hp",
      "nomor hp",
      "telepon",
      "no telepon",
      "nomor telepon",
      "telp",
      "no telp",
      "wa",
      "no wa",
      "nomor wa",
      "whatsapp",
      "nomor whatsapp",
      "handphone",
      "no handphone",
      "ponsel",
    ],
    role: ["peran", "jabatan", "role", "posisi", "tugas", "peran tugas"],
    areaCode: [
      "kode wilayah",
      "kode kabupaten",
      "kode kab kota",
      "kode kabupaten kota",
      "kode kab",
      "kode provinsi",
      "kode area",
      "kode kemendagri",
      "kode",
    ],
    regency: ["kabupaten", "kabupaten kota", "kab kota", "kota", "wilayah", "wilayah tugas", "area", "kab"],
    province: ["provinsi", "nama provinsi", "prov"],
  },
  ASSIGNMENTS: {
    baPhone: [
      "hp ba",
      "no hp ba",
      "nomor hp ba",
      "telepon ba",
      "wa ba",
      "no wa ba",
      "hp pendamping",
      "no hp pendamping",
      "nomor hp pendamping",
    ],
    baName: ["nama ba", "ba", "pendamping", "nama pendamping", "business assistant", "nama business assistant"],
    legalNumber: LEGAL,
    villageCode: VILLAGE_CODE,
    coopName: COOP_NAME,
  },
} as const;

export type FieldOf<K extends ImportKind> = keyof (typeof COLUMNS)[K];
export type ColumnMap<K extends ImportKind> = Partial<Record<FieldOf<K>, number>>;

/** The fields a kind cannot do without (one of each inner list). */
const REQUIRED: Record<ImportKind, string[][]> = {
  COOPS: [["name"], ["villageCode", "village"]],
  STAFF: [["name"], ["phone"], ["role"]],
  ASSIGNMENTS: [
    ["baPhone", "baName"],
    ["legalNumber", "villageCode"],
  ],
};

export interface Header<K extends ImportKind = ImportKind> {
  kind: K;
  /** row number of the header */
  row: number;
  /** position in SheetRow.cells of each recognised field */
  columns: ColumnMap<K>;
  /** the header row's own texts (for the rejected-rows file) */
  titles: string[];
}

function mapColumns(kind: ImportKind, cells: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  const fields = COLUMNS[kind] as Record<string, readonly string[]>;
  cells.forEach((cell, i) => {
    const h = normalizeHeader(cell);
    if (!h) return;
    for (const [field, names] of Object.entries(fields)) {
      if (out[field] === undefined && names.includes(h)) {
        out[field] = i;
        return;
      }
    }
  });
  return out;
}

const KINDS: ImportKind[] = ["STAFF", "ASSIGNMENTS", "COOPS"];

/** The header row and kind: the first of the first rows where some kind has all it needs (most columns wins). */
export function detectHeader(rows: SheetRow[]): Header | undefined {
  for (const row of rows.slice(0, HEADER_SCAN_ROWS)) {
    let best: { kind: ImportKind; columns: Record<string, number>; score: number } | undefined;
    for (const kind of KINDS) {
      const columns = mapColumns(kind, row.cells);
      if (!REQUIRED[kind].every((any) => any.some((f) => columns[f] !== undefined))) continue;
      const score = Object.keys(columns).length;
      if (!best || score > best.score) best = { kind, columns, score };
    }
    if (best) return { kind: best.kind, row: row.n, columns: best.columns, titles: row.cells };
  }
  return undefined;
}
