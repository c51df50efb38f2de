// SQL fragments shared by the recap queries: which coops an area covers (indexed columns, active
// coops only), the per-zone instants of a period (due date, period end) as one CASE expression, and
// the grouping column of an area's children.
import { Prisma } from "../../generated/prisma/client.ts";
import { dueDateOfPeriod, nextPeriod } from "../../lib/dates.ts";
import { periodStart } from "../reports/view.ts";
import { timezoneOfProvince, type IndonesianTimeZone } from "../wilayah/index.ts";
import type { AreaRef, AreaLevel } from "./area.ts";

export const ZONES: readonly IndonesianTimeZone[] = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"];

const PROVINCES_BY_ZONE = (() => {
  const m = new Map<IndonesianTimeZone, string[]>(ZONES.map((z) => [z, []]));
  for (let p = 11; p <= 99; p++) {
    const z = timezoneOfProvince(String(p));
    if (z) m.get(z)!.push(String(p));
  }
  return m;
})();

export interface CoopFilter {
  area: AreaRef;
  /** BA scope: only this BA's coops */
  baId: number | null;
}

/** WHERE condition on "Cooperative" c for the filter: active coops of the area (and of the BA). */
export function coopWhere(f: CoopFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`c.status = 'ACTIVE'`];
  const a = f.area;
  if (a.level === "province") parts.push(Prisma.sql`c."provinceCode" = ${a.code}`);
  if (a.level === "regency") parts.push(Prisma.sql`c."regencyCode" = ${a.code}`);
  if (a.level === "district") parts.push(Prisma.sql`c."districtCode" = ${a.code}`);
  if (a.level === "coop") parts.push(Prisma.sql`c.id = ${a.coopId}`);
  if (f.baId !== null) parts.push(Prisma.sql`c."assignedBaId" = ${f.baId}`);
  return Prisma.join(parts, " AND ");
}

/** The column that groups coops into the children of an area of this level. */
export function childColumn(level: AreaLevel): Prisma.Sql {
  switch (level) {
    case "national":
      return Prisma.sql`c."provinceCode"`;
    case "province":
      return Prisma.sql`c."regencyCode"`;
    case "regency":
      return Prisma.sql`c."districtCode"`;
    default:
      return Prisma.sql`('c' || c.id::text)`;
  }
}

/** A timestamp expression choosing, per coop, the instant of its province's zone. */
function perZone(instant: (tz: IndonesianTimeZone) => Date): Prisma.Sql {
  const at = (tz: IndonesianTimeZone) => Prisma.sql`${instant(tz).toISOString()}::timestamp(3)`;
  return Prisma.sql`(CASE WHEN c."provinceCode" IN (${Prisma.join(PROVINCES_BY_ZONE.get("Asia/Makassar")!)}) THEN ${at("Asia/Makassar")}
    WHEN c."provinceCode" IN (${Prisma.join(PROVINCES_BY_ZONE.get("Asia/Jayapura")!)}) THEN ${at("Asia/Jayapura")}
    ELSE ${at("Asia/Jakarta")} END)`;
}

export const dueExpr = (period: string, dueDay: number) => perZone((tz) => dueDateOfPeriod(period, dueDay, tz));
export const periodEndExpr = (period: string) => perZone((tz) => periodStart(nextPeriod(period), tz));

/** The time zone of an area (national: WIB). */
export function zoneOfArea(code: string | null): IndonesianTimeZone {
  return (code && timezoneOfProvince(code.slice(0, 2))) || "Asia/Jakarta";
}

export const num = (v: bigint | number | null | undefined): number => (v === null || v === undefined ? 0 : Number(v));
