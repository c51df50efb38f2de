// A broadcast's figures: sent / failed / blocked / remaining, acknowledgements, and an estimate
// of when it ends (the rate seen so far, or the configured rate before anything went out).
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { groupCounts, groupOf, nextDue } from "./outbox-group.ts";

export interface Progress {
  id: number;
  status: string;
  recipients: number;
  sent: number;
  failed: number;
  /** blocked the bot or erased their data (SKIPPED) */
  blocked: number;
  cancelled: number;
  /** not yet sent (waiting, scheduled or in flight) */
  remaining: number;
  acks: number;
  ack: boolean;
  /** seconds until the end at the current pace; null when nothing remains */
  etaSeconds: number | null;
  /** set when the remaining rows are scheduled for later */
  scheduledAt: Date | null;
  startedAt: Date;
  finishedAt: Date | null;
}

export async function broadcastProgress(
  prisma: PrismaClient,
  id: number,
  now: Date,
  configuredRate: number,
): Promise<Progress | null> {
  const b = await prisma.broadcast.findUnique({ where: { id }, include: { _count: { select: { acks: true } } } });
  if (!b) return null;
  const g = await groupCounts(prisma, groupOf(id));
  const remaining = g.pending + g.sending;
  const due = remaining > 0 ? await nextDue(prisma, groupOf(id)) : null;
  const scheduledAt = due && due > now ? due : null;
  const done = g.sent + g.failed + g.skipped;
  const elapsed = (now.getTime() - b.startedAt.getTime()) / 1000;
  const rate = done >= 5 && elapsed > 0 && !b.sendAtLocal ? done / elapsed : configuredRate;
  return {
    id,
    status: b.status,
    recipients: b.recipients,
    sent: g.sent,
    failed: g.failed,
    blocked: g.skipped,
    cancelled: g.cancelled,
    remaining,
    acks: b._count.acks,
    ack: b.ack,
    etaSeconds: remaining === 0 ? null : Math.ceil(remaining / Math.max(rate, 0.1)),
    scheduledAt,
    startedAt: b.startedAt,
    finishedAt: b.finishedAt,
  };
}
