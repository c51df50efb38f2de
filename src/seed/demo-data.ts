// The demo data's pure parts (demo.ts): coop names, the deterministic figures of each coop's monthly
// reports, the readiness checklist a coop's stage implies, and the period arithmetic of the seed.
import type { BusinessUnit } from "../generated/prisma/enums.ts";
import { getWilayah, villageTypeOfCode } from "../services/wilayah/index.ts";
import type { CoopSpec } from "./people.ts";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** The coop's name as the registration wizard proposes it ("Koperasi Desa Merah Putih Lingga"). */
export function demoCoopName(villageCode: string): string {
  const v = getWilayah().village(villageCode);
  if (!v) throw new Error(`demo data: unknown village code ${villageCode}`);
  return `Koperasi ${villageTypeOfCode(villageCode) === "KELURAHAN" ? "Kelurahan" : "Desa"} Merah Putih ${v.name}`;
}

/** Small deterministic PRNG (mulberry32) so the same coop gets the same figures on every run. */
function rng(seedText: string) {
  let a = 0x9e3779b9;
  for (const ch of seedText) a = Math.imul(a ^ ch.charCodeAt(0), 0x85ebca6b) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function prevPeriodOf(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** 02:00 UTC on the first day of the month after `period` (morning in WIB/WITA). */
export function monthAfter(period: string): number {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return Date.UTC(y, m, 1, 2);
}

// Checklist items in the order of src/services/readiness.ts (CHECKLIST); stored in a report as
// "ITEM=STATE;…" under the "kesiapan" key.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the list is the type's single source
const CHECKLIST_ITEMS = [
  "AHU",
  "KANTOR",
  "REKENING",
  "SIMKOPDES",
  "BUSINESS_PLAN",
  "LAND_GERAI",
  "LAND_GUDANG",
  "BUILD_GERAI",
  "BUILD_GUDANG",
  "FINANCING",
] as const;

export function checklistOf(c: CoopSpec): Record<(typeof CHECKLIST_ITEMS)[number], string> {
  const r = c.ready;
  return {
    AHU: c.ahu ? "YES" : "NO",
    KANTOR: r >= 1 ? "YES" : "NO",
    REKENING: r >= 1 ? "YES" : "NO",
    SIMKOPDES: r >= 2 ? "YES" : "NO",
    BUSINESS_PLAN: r >= 2 ? "YES" : "NO",
    LAND_GERAI: r >= 3 ? "YES" : "NO",
    LAND_GUDANG: r >= 5 ? "YES" : "NO",
    BUILD_GERAI: r >= 4 ? "SELESAI" : r >= 3 ? "PROSES" : "NO",
    BUILD_GUDANG: r >= 5 ? "PROSES" : "NO",
    FINANCING: r >= 5 ? "CAIR" : r >= 4 ? "DISETUJUI" : r >= 3 ? "DIAJUKAN" : "NO",
  };
}

const encodeChecklist = (c: CoopSpec) =>
  Object.entries(checklistOf(c))
    .map(([k, v]) => `${k}=${v}`)
    .join(";");

// Question keys of src/services/reports/questions.ts, per unit group.
export const UNIT_GROUP: Partial<Record<BusinessUnit, string>> = {
  GERAI_SEMBAKO: "gerai",
  SIMPAN_PINJAM: "sp",
  KLINIK: "klinik",
  APOTEK: "apotek",
  COLD_STORAGE: "cold",
  LOGISTIK: "logistik",
  LAINNYA: "lain",
};

const KENDALA = [
  "",
  "Pasokan beras dari Bulog terlambat dua minggu.",
  "Harga minyak goreng naik, pembeli berkurang.",
  "Jalan desa rusak saat hujan, pengiriman barang tertunda.",
  "",
  "Anggota belum terbiasa menabung rutin.",
  "",
];

/** Draws of one coop and month: its size stays, the month wiggles ±15 %. */
interface Draws {
  base: () => number;
  money(lo: number, hi: number): bigint;
  count(lo: number, hi: number): bigint;
}

function drawsOf(c: CoopSpec, back: 1 | 2): Draws & { month: () => number } {
  const base = rng(c.villageCode);
  const month = rng(`${c.villageCode}/${back}`);
  const scale = 0.6 + base() * 1.2;
  const wiggle = () => 0.85 + month() * 0.3;
  const money = (lo: number, hi: number) =>
    BigInt(Math.round(((lo + (hi - lo) * base()) * scale * wiggle()) / 50_000) * 50_000);
  const count = (lo: number, hi: number) =>
    BigInt(Math.max(1, Math.round((lo + (hi - lo) * base()) * scale * wiggle())));
  return { base, month, money, count };
}

/** Figures for one coop and month (`back` = 1 for last month, 2 for the month before). */
export function figures(c: CoopSpec, back: 1 | 2, boardSize: number): Map<string, bigint | string> {
  const d = drawsOf(c, back);
  const out = new Map<string, bigint | string>();
  for (const unit of c.units) {
    const g = UNIT_GROUP[unit];
    if (!g) continue;
    if (c.off?.includes(unit)) out.set(`${g}.aktif`, 0n);
    else unitFigures(out, g, d, c, back);
  }
  const members = BigInt(Math.round(120 + d.base() * 780));
  const joined = BigInt(Math.round(d.month() * 35));
  out.set("anggota.total", back === 2 ? members : members + joined);
  out.set("anggota.baru", joined);
  out.set("pengurus.aktif", BigInt(boardSize));
  out.set("kesiapan", encodeChecklist(c));
  out.set("kendala", KENDALA[Math.floor(d.month() * KENDALA.length)]!);
  out.set("foto", 0n);
  return out;
}

/** One running unit's figures; a returned report's flagged field is off (arrears too high, omzet doubled). */
function unitFigures(out: Map<string, bigint | string>, g: string, d: Draws, c: CoopSpec, back: 1 | 2): void {
  const { money, count } = d;
  const flagged = (field: string) => c.returned?.fields.includes(field) && back === 1;
  switch (g) {
    case "gerai":
      out.set("gerai.omzet", money(15e6, 90e6)).set("gerai.trx", count(300, 2500)).set("gerai.stok", money(5e6, 40e6));
      break;
    case "sp": {
      const outstanding = money(50e6, 400e6);
      const arrearsShare = flagged("sp.tunggakan") ? 0.35 : 0.01 + d.base() * 0.06;
      out.set("sp.omzet", money(1e6, 6e6)).set("sp.trx", count(20, 200)).set("sp.salur", money(10e6, 80e6));
      out
        .set("sp.outstanding", outstanding)
        .set("sp.tunggakan", BigInt(Math.round((Number(outstanding) * arrearsShare) / 50_000) * 50_000));
      break;
    }
    case "klinik":
      out.set("klinik.omzet", money(3e6, 20e6)).set("klinik.pasien", count(60, 500));
      break;
    case "apotek": {
      const omzet = money(4e6, 25e6);
      out.set("apotek.omzet", flagged("apotek.omzet") ? omzet * 2n : omzet).set("apotek.trx", count(150, 900));
      break;
    }
    case "cold":
      out.set("cold.omzet", money(5e6, 30e6)).set("cold.trx", count(20, 150)).set("cold.volume", count(2_000, 30_000));
      break;
    case "logistik":
      out
        .set("logistik.omzet", money(8e6, 40e6))
        .set("logistik.trx", count(15, 120))
        .set("logistik.volume", count(5_000, 60_000));
      break;
    default:
      out.set(`${g}.omzet`, money(2e6, 10e6)).set(`${g}.trx`, count(10, 100));
  }
}
