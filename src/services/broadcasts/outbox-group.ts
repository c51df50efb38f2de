// The outbox rows of one broadcast, as an outbox group ("bc:<id>"): its figures, when the next
// unsent row is due, and cancelling what is not sent (db/outbox-groups.ts). Rows also carry the key
// "bc:<id>:<userId>" (start.ts), which makes each recipient unique.
import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";
import { cancelGroup, groupProgress, type GroupProgress } from "../../db/outbox-groups.ts";

export const groupOf = (broadcastId: number) => `bc:${broadcastId}`;

/**
 * The lane and group columns written by start.ts's INSERT … SELECT: broadcasts are bulk traffic,
 * or the paid lane (allow_paid_broadcast, Telegram's paid rate) when the admin chose it.
 */
export const OUTBOX_GROUP_COLUMNS = {
  names: Prisma.sql`, lane, "group"`,
  values: (group: string, paid = false): Prisma.Sql => Prisma.sql`, ${paid ? "paid" : "bulk"}, ${group}`,
};

export type GroupCounts = GroupProgress;

export const groupCounts = (prisma: PrismaClient, group: string): Promise<GroupCounts> => groupProgress(prisma, group);

/** When the next unsent row is due (a scheduled broadcast), or null when nothing waits. */
export async function nextDue(prisma: PrismaClient, group: string): Promise<Date | null> {
  const r = await prisma.outbox.aggregate({ where: { group, status: "PENDING" }, _min: { nextAttemptAt: true } });
  return r._min.nextAttemptAt ?? null;
}

/** Unsent rows become CANCELLED (the worker only claims PENDING); rows in flight still finish. */
export const cancelGroupRows = (prisma: PrismaClient, group: string): Promise<number> => cancelGroup(prisma, group);
