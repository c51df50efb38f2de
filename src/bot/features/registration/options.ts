// Closed choices of the registration wizard, in display order.
import type { BusinessUnit, Position } from "../../../generated/prisma/enums.ts";
import { BUSINESS_UNITS } from "../../../services/cooperatives.ts";

export const UNITS = BUSINESS_UNITS;
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
