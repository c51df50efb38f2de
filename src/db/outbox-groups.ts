// Progress and cancelling of a group of Outbox rows (a broadcast "bc:5", a recap run): plain
// queries over the Outbox table, shared by the outbox module and the services that start groups.
import type { PrismaClient } from "../generated/prisma/client.ts";

export interface GroupProgress {
  pending: number;
  sending: number;
  sent: number;
  failed: number;
  /** recipient blocked the bot (403) or was erased */
  skipped: number;
  cancelled: number;
  total: number;
}

export async function groupProgress(prisma: PrismaClient, group: string): Promise<GroupProgress> {
  const rows = await prisma.outbox.groupBy({ by: ["status"], where: { group }, _count: { _all: true } });
  const n = (s: string) => rows.find((r) => r.status === s)?._count._all ?? 0;
  const p = {
    pending: n("PENDING"),
    sending: n("SENDING"),
    sent: n("SENT"),
    failed: n("FAILED"),
    skipped: n("SKIPPED"),
    cancelled: n("CANCELLED"),
  };
  return { ...p, total: rows.reduce((a, r) => a + r._count._all, 0) };
}

/**
 * Cancel what of a group is still PENDING (it is never sent); returns how many rows. Rows being
 * sent at this moment (SENDING) finish normally: at most one batch of the worker.
 */
export async function cancelGroup(prisma: PrismaClient, group: string): Promise<number> {
  return (await prisma.outbox.updateMany({ where: { group, status: "PENDING" }, data: { status: "CANCELLED" } })).count;
}
