// Who may do what with a coop's reports. Only ACTIVE members report; the coop's assigned BA, an
// ADMIN, or the PMO of the coop's kab/kota review; members and reviewers may read.
import type { Cooperative, PrismaClient, User } from "../../generated/prisma/client.ts";

export async function activeCoops(prisma: PrismaClient, userId: number) {
  const ms = await prisma.membership.findMany({
    where: { userId, status: "ACTIVE", user: { deletedAt: null } },
    include: { coop: true },
    orderBy: { id: "asc" },
  });
  return ms.map((m) => ({ id: m.coop.id, name: m.coop.name }));
}

export async function isActiveMember(prisma: PrismaClient, userId: number, coopId: number): Promise<boolean> {
  const m = await prisma.membership.findUnique({ where: { userId_coopId: { userId, coopId } }, include: { user: true } });
  return m?.status === "ACTIVE" && !m.user.deletedAt;
}

export function canReview(user: Pick<User, "id" | "role" | "regencyCode" | "deletedAt">, coop: Pick<Cooperative, "assignedBaId" | "regencyCode">): boolean {
  if (user.deletedAt) return false;
  if (user.role === "ADMIN") return true;
  if (user.role === "BA") return coop.assignedBaId === user.id;
  if (user.role === "PMO") return !!user.regencyCode && user.regencyCode === coop.regencyCode;
  return false;
}

export async function canViewCoopReports(prisma: PrismaClient, user: User, coop: Cooperative): Promise<boolean> {
  return canReview(user, coop) || (await isActiveMember(prisma, user.id, coop.id));
}

/** Who gets a submitted report: the assigned BA, else every admin. */
export async function reviewersOf(prisma: PrismaClient, coop: Pick<Cooperative, "assignedBaId">): Promise<User[]> {
  if (coop.assignedBaId) {
    const ba = await prisma.user.findFirst({ where: { id: coop.assignedBaId, deletedAt: null } });
    if (ba) return [ba];
  }
  return prisma.user.findMany({ where: { role: "ADMIN", deletedAt: null }, orderBy: { id: "asc" } });
}

/** ACTIVE members of a coop (the pengurus told about reviews). */
export async function activeMembers(prisma: PrismaClient, coopId: number): Promise<User[]> {
  const ms = await prisma.membership.findMany({
    where: { coopId, status: "ACTIVE", user: { deletedAt: null } },
    include: { user: true },
    orderBy: { id: "asc" },
  });
  return ms.map((m) => m.user);
}

export function reportById(prisma: PrismaClient, id: number) {
  return prisma.monthlyReport.findUnique({ where: { id } });
}
