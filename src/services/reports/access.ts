// Who may do what with a coop's reports. Only ACTIVE members report; the coop's assigned BA, an
// ADMIN, or the PMO of the coop's kab/kota review; members and reviewers may read.
import type { Cooperative, PrismaClient, User } from "../../generated/prisma/client.ts";
import { hotSql } from "../../db/hot-sql.ts";

/** The coops `userId` reports for, oldest membership first (raw SQL: it runs on every /lapor). */
export async function activeCoops(prisma: PrismaClient, userId: number): Promise<Array<{ id: number; name: string }>> {
  return hotSql(prisma).query<{ id: number; name: string }>(
    `SELECT c.id, c.name FROM "Membership" m JOIN "Cooperative" c ON c.id = m."coopId" JOIN "User" u ON u.id = m."userId"
     WHERE m."userId" = $1 AND m.status = 'ACTIVE' AND u."deletedAt" IS NULL ORDER BY m.id`,
    [userId],
  );
}

/** One statement: it runs on every report write. */
export async function isActiveMember(prisma: PrismaClient, userId: number, coopId: number): Promise<boolean> {
  const rows = await hotSql(prisma).query(activeMemberSql("$1", "$2"), [userId, coopId]);
  return rows.length > 0;
}

/** SQL selecting a row when `userExpr` is an ACTIVE member of `coopExpr` and not erased (for EXISTS). */
export function activeMemberSql(userExpr: string, coopExpr: string): string {
  return `SELECT 1 FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m."userId" = ${userExpr} AND m."coopId" = ${coopExpr} AND m.status = 'ACTIVE' AND u."deletedAt" IS NULL`;
}

export function canReview(
  user: Pick<User, "id" | "role" | "regencyCode" | "deletedAt">,
  coop: Pick<Cooperative, "assignedBaId" | "regencyCode">,
): boolean {
  if (user.deletedAt) return false;
  if (user.role === "ADMIN") return true;
  if (user.role === "BA") return coop.assignedBaId === user.id;
  if (user.role === "PMO") return !!user.regencyCode && user.regencyCode === coop.regencyCode;
  return false;
}

export async function canViewCoopReports(prisma: PrismaClient, user: User, coop: Cooperative): Promise<boolean> {
  return canReview(user, coop) || (await isActiveMember(prisma, user.id, coop.id));
}

/** Who gets a submitted report (the assigned BA, else every admin), in one raw statement (it runs on every submit). */
export async function reviewersOfCoop(prisma: PrismaClient, coopId: number): Promise<User[]> {
  return hotSql(prisma).query<User>(
    `SELECT u.* FROM "User" u WHERE u."deletedAt" IS NULL AND (
       u.id = (SELECT c."assignedBaId" FROM "Cooperative" c WHERE c.id = $1)
       OR (u.role = 'ADMIN' AND NOT EXISTS (
         SELECT 1 FROM "Cooperative" c JOIN "User" b ON b.id = c."assignedBaId" WHERE c.id = $1 AND b."deletedAt" IS NULL)))
     ORDER BY u.id`,
    [coopId],
  );
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
