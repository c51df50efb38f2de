// Recap areas and who may open which. An area key is compact (it travels in callback data):
// "N" national, "61" a province, "61.12" a kab/kota, "61.12.03" a kecamatan, "c123" one coop.
// Scope: ADMIN anything; DINAS their kab/kota when they have one, else their province; PMO their
// kab/kota; BA only the coops assigned to them (any area, filtered to their coops).
import type { User } from "../../generated/prisma/client.ts";
import { levelOfCode, normalizeCode } from "../wilayah/index.ts";
import { effectiveRole } from "../roles.ts";
import { INT_ID } from "../../lib/int-id.ts";

export type AreaLevel = "national" | "province" | "regency" | "district" | "coop";
const LEVELS: readonly AreaLevel[] = ["national", "province", "regency", "district", "coop"];

export interface AreaRef {
  key: string;
  level: AreaLevel;
  /** wilayah code (null for national and coop) */
  code: string | null;
  /** coop id for level "coop" */
  coopId: number | null;
}

export type RecapUser = Pick<User, "id" | "role" | "regencyCode" | "provinceCode"> & { deletedAt?: Date | null };

/** What a recap may contain for one user: an area prefix and/or only one BA's coops. */
export interface RecapScope {
  /** the widest area the user may open */
  root: AreaRef;
  /** BA: only coops assigned to this user */
  baId: number | null;
}

export const NATIONAL: AreaRef = {
  key: "N",
  level: "national",
  code: null,
  coopId: null,
};

/** Parses an area key; undefined when malformed. */
export function parseAreaKey(key: string): AreaRef | undefined {
  if (key === "N") return NATIONAL;
  const coop = new RegExp(`^c(${INT_ID})$`).exec(key);
  if (coop) return { key, level: "coop", code: null, coopId: Number(coop[1]) };
  const code = normalizeCode(key);
  if (code !== key) return undefined;
  const level = levelOfCode(code);
  if (level === "village" || level === undefined) return undefined;
  return { key, level, code, coopId: null };
}

export function areaOfCode(code: string): AreaRef {
  const a = parseAreaKey(code);
  if (!a) throw new RangeError(`not an area code: ${code}`);
  return a;
}

/** The recap scope of a user, or undefined when they may not see recaps at all. */
export function recapScopeOf(user: RecapUser): RecapScope | undefined {
  switch (effectiveRole(user)) {
    case "ADMIN":
      return { root: NATIONAL, baId: null };
    case "DINAS": {
      const code = user.regencyCode ?? user.provinceCode;
      return code && parseAreaKey(code) ? { root: areaOfCode(code), baId: null } : undefined;
    }
    case "PMO":
      return user.regencyCode && parseAreaKey(user.regencyCode)
        ? { root: areaOfCode(user.regencyCode), baId: null }
        : undefined;
    case "BA":
      return { root: NATIONAL, baId: user.id };
    default:
      return undefined;
  }
}

/** Is a wilayah area (not a coop) inside the scope's root? Coops are checked with coopInScope. */
export function areaInScope(scope: RecapScope, area: AreaRef): boolean {
  if (area.level === "coop") return false;
  if (scope.root.code === null) return true;
  return area.code !== null && (area.code === scope.root.code || area.code.startsWith(`${scope.root.code}.`));
}

/** Is a loaded coop inside the scope? */
export function coopInScope(
  scope: RecapScope,
  coop: { villageCode: string; assignedBaId: number | null; status: string },
): boolean {
  if (coop.status !== "ACTIVE") return false;
  if (scope.baId !== null && coop.assignedBaId !== scope.baId) return false;
  return scope.root.code === null || coop.villageCode.startsWith(`${scope.root.code}.`);
}

/** The area one level up (national has none; a coop's parent is its kecamatan). */
export function parentKey(area: AreaRef, coopDistrict?: string): string | undefined {
  if (area.level === "national") return undefined;
  if (area.level === "coop") return coopDistrict;
  const parts = area.code!.split(".");
  return parts.length === 1 ? "N" : parts.slice(0, -1).join(".");
}

/** The level below an area's children (national → province …, district → coop). */
export function childLevel(level: AreaLevel): AreaLevel | undefined {
  const i = LEVELS.indexOf(level);
  return i < LEVELS.length - 1 ? LEVELS[i + 1] : undefined;
}
