// Closed choices of the registration wizard, in display order.
import type { BusinessUnit, Position } from "../../../generated/prisma/enums.ts";

export const UNITS: BusinessUnit[] = [
  "KANTOR",
  "GERAI_SEMBAKO",
  "SIMPAN_PINJAM",
  "KLINIK",
  "APOTEK",
  "COLD_STORAGE",
  "LOGISTIK",
  "LAINNYA",
];
export const POSITIONS: Position[] = [
  "KETUA",
  "WAKIL_USAHA",
  "WAKIL_ANGGOTA",
  "SEKRETARIS",
  "BENDAHARA",
  "PENGAWAS",
  "LAINNYA",
];

export function isUnit(x: string): x is BusinessUnit {
  return (UNITS as string[]).includes(x);
}
