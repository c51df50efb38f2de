// Roles and scope: who may see or manage which cooperatives. ADMIN sees everything; PMO their
// kab/kota; DINAS their province; BA only the cooperatives assigned to them. No Telegram here.
import type { Prisma, User } from "../generated/prisma/client.ts";
import type { Role } from "../generated/prisma/enums.ts";

export const STAFF_ROLES: readonly Role[] = ["BA", "PMO", "DINAS", "ADMIN"];
/** Roles an invite code can grant (admins come from ADMIN_TELEGRAM_IDS only). */
export const INVITE_ROLES = ["BA", "PMO", "DINAS"] as const;
export type InviteRole = (typeof INVITE_ROLES)[number];

export function isInviteRole(x: string): x is InviteRole {
  return (INVITE_ROLES as readonly string[]).includes(x);
}

type Person = Pick<User, "fullName" | "tgFirstName">;
type Reachable = Pick<User, "username" | "phone">;
/** deletedAt: an erased person (/hapusdata) has no staff scope at all until they consent again */
type Scoped = Pick<User, "id" | "role" | "regencyCode" | "provinceCode"> & { deletedAt?: Date | null };
type CoopScope = { regencyCode: string; provinceCode: string; assignedBaId: number | null };

/** The role a person acts with: none once their data was erased (/hapusdata), until they consent again. */
export function effectiveRole(u: { role: Role; deletedAt?: Date | null }): Role | undefined {
  return u.deletedAt ? undefined : u.role;
}

/** The name to show for a person. */
export function personName(u: Person | null | undefined): string {
  return u?.fullName ?? u?.tgFirstName ?? "-";
}

/** "@username · 0812…" — how to reach someone, or "" when nothing is known. */
export function contactOf(u: Reachable | null | undefined): string {
  if (!u) return "";
  return [u.username ? `@${u.username}` : "", u.phone ?? ""].filter(Boolean).join(" · ");
}

/** Prisma filter for the cooperatives a staff member may see (a filter that matches nothing otherwise). */
export function coopScopeWhere(user: Scoped): Prisma.CooperativeWhereInput {
  switch (effectiveRole(user)) {
    case "ADMIN":
      return {};
    case "PMO":
      return { regencyCode: user.regencyCode ?? "-" };
    case "DINAS":
      return { provinceCode: user.provinceCode ?? "-" };
    case "BA":
      return { assignedBaId: user.id };
    default:
      return { id: -1 };
  }
}

/** Same rule as coopScopeWhere, for one cooperative already loaded. */
export function canSeeCoop(user: Scoped, coop: CoopScope): boolean {
  switch (effectiveRole(user)) {
    case "ADMIN":
      return true;
    case "PMO":
      return !!user.regencyCode && user.regencyCode === coop.regencyCode;
    case "DINAS":
      return !!user.provinceCode && user.provinceCode === coop.provinceCode;
    case "BA":
      return coop.assignedBaId === user.id;
    default:
      return false;
  }
}

/** Admins manage every kab/kota; a PMO only their own. */
export function canManageRegency(user: Scoped, regencyCode: string): boolean {
  const role = effectiveRole(user);
  return role === "ADMIN" || (role === "PMO" && !!user.regencyCode && user.regencyCode === regencyCode);
}
