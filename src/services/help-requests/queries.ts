// Read-only lists of help requests for /permintaan and the workspaces, always within the
// person's scope.
import type { HelpRequest, Prisma, User } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/client.ts";
import { coopScopeWhere } from "../roles.ts";
import { hotSql } from "../../db/hot-sql.ts";

/** Requests a person may list: their own as pengurus; those in scope (not closed) as staff. */
function requestsWhere(user: Pick<User, "id" | "role" | "regencyCode" | "provinceCode">): Prisma.HelpRequestWhereInput {
  if (user.role === "PENGURUS") return { requesterId: user.id };
  const open: Prisma.HelpRequestWhereInput = { status: { not: "CLOSED" } };
  if (user.role === "BA")
    return {
      ...open,
      OR: [{ coop: { assignedBaId: user.id } }, { routedToId: user.id, routedRole: "BA" }, { assigneeId: user.id }],
    };
  return { ...open, coop: coopScopeWhere(user) };
}

export async function listRequests(prisma: Db, user: User, limit = 10) {
  return prisma.helpRequest.findMany({
    where: requestsWhere(user),
    include: { coop: true },
    orderBy: { id: "desc" },
    take: limit,
  });
}

/** Not taken and past its reminder time. */
export function overdueWhere(now: Date): Prisma.HelpRequestWhereInput {
  return { status: { in: ["OPEN", "ESCALATED"] }, assigneeId: null, dueAt: { lt: now } };
}

export async function openCountByCoop(prisma: Db, coopIds: number[]): Promise<Map<number, number>> {
  if (coopIds.length === 0) return new Map();
  const rows = await prisma.helpRequest.groupBy({
    by: ["coopId"],
    where: { coopId: { in: coopIds }, status: { not: "CLOSED" } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.coopId, r._count._all]));
}

/**
 * Requests this person is talking in: their own, or those they took (not closed), newest first, at
 * most 6: what the "which request?" buttons show. Raw SQL: asked on every ordinary message that has
 * no target (src/db/hot-sql.ts).
 */
export async function activeRequestsOfUser(
  prisma: Db,
  user: Pick<User, "id">,
): Promise<Array<Pick<HelpRequest, "id" | "category">>> {
  return hotSql(prisma).query<Pick<HelpRequest, "id" | "category">>(
    `SELECT r.id, r.category::text AS category FROM "HelpRequest" r
     WHERE r.status <> 'CLOSED' AND (r."requesterId" = $1 OR r."assigneeId" = $1)
     ORDER BY r.id DESC LIMIT 6`,
    [user.id],
  );
}

/** A request with everything its card shows: coop, requester (and their position), assignee. */
export async function requestForCard(prisma: Db, id: number) {
  const r = await prisma.helpRequest.findUniqueOrThrow({
    where: { id },
    include: { coop: true, requester: true, assignee: true },
  });
  const membership = await prisma.membership.findUnique({
    where: { userId_coopId: { userId: r.requesterId, coopId: r.coopId } },
  });
  return { ...r, membership };
}

export function requestWithAssignee(prisma: Db, id: number) {
  return prisma.helpRequest.findUnique({ where: { id }, include: { assignee: true } });
}
