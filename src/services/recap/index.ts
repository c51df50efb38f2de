// Progress recaps for Dinas Koperasi (issue 11): figures per area and period, aggregated in SQL,
// with the scope check every entry point goes through. No Telegram here.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Wilayah } from "../wilayah/index.ts";
import {
  areaInScope,
  coopInScope,
  parentKey,
  parseAreaKey,
  recapScopeOf,
  type AreaRef,
  type RecapScope,
  type RecapUser,
} from "./area.ts";
import { buildRecap, type Recap } from "./recap.ts";

export * from "./area.ts";
export * from "./period.ts";
export { buildRecap, rateOf, areaName, type Recap, type ChildRow, type Activity, type Reporting } from "./recap.ts";

export interface OpenedArea {
  area: AreaRef;
  scope: RecapScope;
  /** for a coop: its name and kecamatan */
  coop?: { name: string; districtCode: string };
  /** the key one level up, when the user may open it */
  up?: string;
}

/**
 * Checks that `user` may open area `key` (server side, on every press). Undefined when the key is
 * malformed, unknown, or outside the user's scope.
 */
export async function openArea(
  prisma: PrismaClient,
  w: Wilayah,
  user: RecapUser,
  key: string,
): Promise<OpenedArea | undefined> {
  const scope = recapScopeOf(user);
  const area = parseAreaKey(key);
  if (!scope || !area) return undefined;
  let coop: OpenedArea["coop"];
  if (area.level === "coop") {
    const c = await prisma.cooperative.findUnique({
      where: { id: area.coopId! },
      select: {
        name: true,
        villageCode: true,
        districtCode: true,
        assignedBaId: true,
        status: true,
      },
    });
    if (!c || !coopInScope(scope, c)) return undefined;
    coop = { name: c.name, districtCode: c.districtCode };
  } else {
    if (!areaInScope(scope, area)) return undefined;
    if (area.level === "province" && !w.province(area.code!)) return undefined;
    if (area.level === "regency" && !w.regency(area.code!)) return undefined;
    if (area.level === "district" && !w.district(area.code!)) return undefined;
  }
  const upKey = parentKey(area, coop?.districtCode);
  const upArea = upKey ? parseAreaKey(upKey) : undefined;
  const up = upArea && areaInScope(scope, upArea) ? upKey : undefined;
  return { area, scope, ...(coop ? { coop } : {}), ...(up ? { up } : {}) };
}

/** The recap of an opened area for a period. */
export function recapOf(
  prisma: PrismaClient,
  w: Wilayah,
  opened: OpenedArea,
  period: string,
  now: Date,
  dueDay: number,
  worstLimit?: number,
): Promise<Recap> {
  return buildRecap(
    prisma,
    w,
    {
      area: opened.area,
      baId: opened.scope.baId,
      period,
      now,
      dueDay,
      ...(worstLimit ? { worstLimit } : {}),
    },
    opened.coop?.name,
  );
}
