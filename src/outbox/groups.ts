// Reading and steering queued rows: attachments stored once and sent to many, progress of a group
// (a broadcast, a recap run), cancelling what of a group is not sent yet, and one row's outcome.
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

/** Store a generated file once (an XLSX recap, a PNG chart); queue it by `attachmentId`. */
export async function storeAttachment(
  prisma: PrismaClient,
  file: { filename: string; mime: string; bytes: Uint8Array },
): Promise<number> {
  const row = await prisma.attachment.create({
    data: { filename: file.filename, mime: file.mime, bytes: Buffer.from(file.bytes) },
    select: { id: true },
  });
  return row.id;
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

export type OutboxStatus = "PENDING" | "SENDING" | "SENT" | "FAILED" | "SKIPPED" | "CANCELLED";

export interface RowOutcome {
  status: OutboxStatus;
  /** Telegram's message id once SENT (reply threading, editing, deleting) */
  sentMessageId: number | null;
  sentAt: Date | null;
  error: string | null;
  attempts: number;
}

/** Where a queued message stands (null: no row with this key). */
export async function outcomeOf(prisma: PrismaClient, key: string): Promise<RowOutcome | null> {
  const r = await prisma.outbox.findUnique({
    where: { key },
    select: { status: true, sentMessageId: true, sentAt: true, error: true, attempts: true },
  });
  return r ? { ...r, status: r.status as OutboxStatus } : null;
}
