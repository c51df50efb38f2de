// The outbox rows of one broadcast, as a group: their figures and cancelling what is not sent.
// A broadcast's rows are exactly those whose key starts with "bc:<id>:" (start.ts).
import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";

export const groupOf = (broadcastId: number) => `bc:${broadcastId}`;

/** Extra Outbox columns written by start.ts's INSERT … SELECT (none yet: the key carries the group). */
export const OUTBOX_GROUP_COLUMNS = {
  names: Prisma.empty,
  values: (_group: string): Prisma.Sql => Prisma.empty,
};

export interface GroupCounts {
  pending: number;
  sending: number;
  sent: number;
  failed: number;
  skipped: number;
  cancelled: number;
  total: number;
}

const prefix = (group: string) => `${group}:%`;

export async function groupCounts(prisma: PrismaClient, group: string): Promise<GroupCounts> {
  const rows = await prisma.$queryRaw<Array<{ status: string; n: number }>>`
    SELECT status, count(*)::int AS n FROM "Outbox" WHERE key LIKE ${prefix(group)} GROUP BY status`;
  const n = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  const c = { pending: n("PENDING"), sending: n("SENDING"), sent: n("SENT"), failed: n("FAILED"), skipped: n("SKIPPED"), cancelled: n("CANCELLED") };
  return { ...c, total: rows.reduce((a, r) => a + Number(r.n), 0) };
}

/** When the next unsent row is due (a scheduled broadcast), or null when nothing waits. */
export async function nextDue(prisma: PrismaClient, group: string): Promise<Date | null> {
  const rows = await prisma.$queryRaw<Array<{ at: Date | null }>>`
    SELECT min("nextAttemptAt") AS at FROM "Outbox" WHERE key LIKE ${prefix(group)} AND status = 'PENDING'`;
  const at = rows[0]?.at;
  return at ? new Date(at) : null;
}

/** Unsent rows become CANCELLED (the worker only claims PENDING); rows in flight still finish. */
export async function cancelGroupRows(prisma: PrismaClient, group: string): Promise<number> {
  return prisma.$executeRaw`UPDATE "Outbox" SET status = 'CANCELLED' WHERE key LIKE ${prefix(group)} AND status = 'PENDING'`;
}
