// Normalising roster values the way offices type them. No database here.
import type { BusinessUnit } from "../../generated/prisma/enums.ts";
import { normalizeCode } from "../wilayah/index.ts";
import { normalizeSpaces } from "../../lib/text.ts";
import { normalizeHeader } from "./headers.ts";

/**
 * A Kemendagri code from what people type: "61.12.03.2005", "6112032005" (no dots),
 * "61 12 03 2005" or "61.12.03. 2005" (spaces), "61.1" (a regency typed as a number: 61.10).
 */
export function normalizeAreaCode(raw: string): string | undefined {
  const s = raw.replace(/\s+/g, "");
  if (!s) return undefined;
  const direct = normalizeCode(s);
  if (direct) return direct;
  if (/^\d{2}\.\d$/.test(s)) return `${s}0`;
  if (!/^[\d.-]+$/.test(s)) return undefined;
  return normalizeCode(s.replace(/[.-]/g, ""));
}

const UNIT_NAMES: Record<string, BusinessUnit> = {
  kantor: "KANTOR",
  "kantor koperasi": "KANTOR",
  gerai: "GERAI_SEMBAKO",
  sembako: "GERAI_SEMBAKO",
  "gerai sembako": "GERAI_SEMBAKO",
  "simpan pinjam": "SIMPAN_PINJAM",
  "usaha simpan pinjam": "SIMPAN_PINJAM",
  usp: "SIMPAN_PINJAM",
  klinik: "KLINIK",
  "klinik desa": "KLINIK",
  apotek: "APOTEK",
  "apotek desa": "APOTEK",
  "cold storage": "COLD_STORAGE",
  gudang: "COLD_STORAGE",
  "cold storage gudang": "COLD_STORAGE",
  logistik: "LOGISTIK",
  lainnya: "LAINNYA",
  lain: "LAINNYA",
};

/** "Gerai Sembako, Simpan Pinjam; klinik" → units; `bad` names the first part not understood. */
export function parseUnits(raw: string): { units: BusinessUnit[]; bad?: string } {
  const units = new Set<BusinessUnit>();
  for (const part of raw.split(/[,;\n|]+/)) {
    const name = normalizeHeader(part);
    if (!name) continue;
    const unit = UNIT_NAMES[name] ?? UNIT_NAMES[name.replace(/^unit /, "")];
    if (!unit) return { units: [], bad: normalizeSpaces(part) };
    units.add(unit);
  }
  return { units: [...units].sort() };
}

/** "2026-01-15", "15/01/2026", "15-1-2026" → "2026-01-15"; undefined when it is no real date. */
export function parseDate(raw: string): string | undefined {
  const s = raw.trim();
  let y: number, m: number, d: number;
  let r = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (r) [y, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else if ((r = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s)))
    [d, m, y] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  if (y < 2020 || y > 2100) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A person's name as rostered: single spaces, 2–60 characters with letters. */
export function parsePersonName(raw: string): string | undefined {
  const s = normalizeSpaces(raw);
  if (s.length < 2 || s.length > 60 || !/\p{L}/u.test(s) || s.startsWith("/")) return undefined;
  return s;
}

/** Comparable form of a name: "Budi  SANTOSO" and "budi santoso" meet. */
export const nameKey = (s: string) => normalizeHeader(s);
