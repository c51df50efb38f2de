// Who oversees which coops: a BA their assigned coops, a PMO their kab/kota, an admin all.
// DINAS and pengurus oversee nothing here (the Dinas gets recaps, not queues).
import type { Cooperative, Prisma, User } from "../../generated/prisma/client.ts";

export type Overseer = Pick<User, "id" | "role" | "regencyCode" | "deletedAt">;

export function isOverseer(u: Overseer | undefined | null): u is Overseer {
  return !!u && !u.deletedAt && (u.role === "BA" || u.role === "ADMIN" || (u.role === "PMO" && !!u.regencyCode));
}

/** Prisma filter of the coops a user oversees (matches nothing for others). */
export function overseenWhere(u: Overseer): Prisma.CooperativeWhereInput {
  if (!isOverseer(u)) return { id: -1 };
  if (u.role === "ADMIN") return {};
  if (u.role === "PMO") return { regencyCode: u.regencyCode! };
  return { assignedBaId: u.id };
}

export function oversees(u: Overseer, coop: Pick<Cooperative, "assignedBaId" | "regencyCode">): boolean {
  if (!isOverseer(u)) return false;
  if (u.role === "ADMIN") return true;
  if (u.role === "PMO") return u.regencyCode === coop.regencyCode;
  return coop.assignedBaId === u.id;
}
