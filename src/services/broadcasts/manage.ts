// Broadcasts after the start: finishing (once), cancelling, the recent list, acknowledgements.
// Who may manage one: ADMIN any; PMO and Dinas the ones they started.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { canBroadcast, type Sender } from "./filter.ts";
import { cancelGroupRows, groupCounts, groupOf } from "./outbox-group.ts";
import { recipientKey } from "./start.ts";
import type { BroadcastContent } from "./content.ts";
import { jsonAs } from "../../lib/casts.ts";

const mayManage = (s: Sender, b: { createdById: number }) =>
  canBroadcast(s) && (s.role === "ADMIN" || b.createdById === s.id);

/** Broadcasts still sending (the progress job's work list). */
export async function runningBroadcasts(prisma: PrismaClient) {
  return prisma.broadcast.findMany({
    where: { status: "SENDING" },
    orderBy: { id: "asc" },
    select: { id: true, progressChatId: true, progressMessageId: true, createdById: true },
  });
}

/** SENDING → DONE when no row is left to send; true only for the one caller that made the change. */
export async function finishIfDone(prisma: PrismaClient, id: number, now: Date): Promise<boolean> {
  const g = await groupCounts(prisma, groupOf(id));
  if (g.pending + g.sending > 0) return false;
  return (
    (await prisma.broadcast.updateMany({ where: { id, status: "SENDING" }, data: { status: "DONE", finishedAt: now } }))
      .count === 1
  );
}

export async function setProgressMessage(
  prisma: PrismaClient,
  id: number,
  chatId: bigint | number,
  messageId: number,
): Promise<void> {
  await prisma.broadcast.update({
    where: { id },
    data: { progressChatId: BigInt(chatId), progressMessageId: messageId },
  });
}

export type CancelResult =
  | { ok: true; cancelled: number; progress: { chatId: bigint; messageId: number } | null }
  | { ok: false; reason: "not_found" | "not_allowed" | "finished" };

/** Stops a broadcast in flight: rows not yet sent are cancelled (the ones being sent finish). */
export async function cancelBroadcast(
  prisma: PrismaClient,
  sender: Sender,
  id: number,
  now: Date,
): Promise<CancelResult> {
  const b = await prisma.broadcast.findUnique({ where: { id } });
  if (!b) return { ok: false, reason: "not_found" };
  if (!mayManage(sender, b)) return { ok: false, reason: "not_allowed" };
  const changed = await prisma.broadcast.updateMany({
    where: { id, status: "SENDING" },
    data: { status: "CANCELLED", cancelledAt: now, finishedAt: now },
  });
  if (changed.count === 0) return { ok: false, reason: "finished" };
  const cancelled = await cancelGroupRows(prisma, groupOf(id));
  return {
    ok: true,
    cancelled,
    progress:
      b.progressChatId !== null && b.progressMessageId !== null
        ? { chatId: b.progressChatId, messageId: b.progressMessageId }
        : null,
  };
}

export interface BroadcastSummary {
  id: number;
  status: string;
  startedAt: Date;
  content: BroadcastContent;
}

/** Recent broadcasts the sender may see (ADMIN: all; others: their own), newest first. */
export async function recentBroadcasts(
  prisma: PrismaClient,
  sender: Sender,
  limit = 5,
  onlyRunning = false,
): Promise<BroadcastSummary[]> {
  if (!canBroadcast(sender)) return [];
  const rows = await prisma.broadcast.findMany({
    where: {
      ...(sender.role === "ADMIN" ? {} : { createdById: sender.id }),
      ...(onlyRunning ? { status: "SENDING" } : {}),
    },
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, status: true, startedAt: true, content: true },
  });
  return rows.map((r) => ({ ...r, content: jsonAs<BroadcastContent>(r.content) }));
}

export type AckResult = "thanks" | "again" | "invalid";

/**
 * A recipient pressed "Diterima ✔": counted once per person (unique row). Refused unless the
 * broadcast asked for it and this person is one of its recipients (forged data gets nothing).
 */
export async function recordAck(
  prisma: PrismaClient,
  broadcastId: number,
  userId: number,
  now: Date,
): Promise<AckResult> {
  const b = await prisma.broadcast.findUnique({ where: { id: broadcastId }, select: { ack: true } });
  if (!b?.ack) return "invalid";
  const row = await prisma.outbox.findUnique({
    where: { key: recipientKey(broadcastId, userId) },
    select: { status: true },
  });
  if (!row || row.status !== "SENT") return "invalid";
  const r = await prisma.broadcastAck.createMany({ data: [{ broadcastId, userId, at: now }], skipDuplicates: true });
  return r.count === 1 ? "thanks" : "again";
}

/** A broadcast the sender may manage (ADMIN any, others their own), or null. */
export async function broadcastFor(prisma: PrismaClient, sender: Sender, id: number) {
  const b = await prisma.broadcast.findUnique({ where: { id }, select: { id: true, createdById: true } });
  return b && mayManage(sender, b) ? b : null;
}
