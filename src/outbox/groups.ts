// Reading and steering queued rows: attachments stored once and sent to many, progress of a group
// (a broadcast, a recap run), cancelling what of a group is not sent yet, and one row's outcome.
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Db } from "../db/client.ts";

// progress and cancelling of a group are plain queries over the Outbox table (db/), which the
// broadcast service reads too
export { cancelGroup, groupProgress, type GroupProgress } from "../db/outbox-groups.ts";

/** Store a generated file once (an XLSX recap, a PNG chart); queue it by `attachmentId`. */
export async function storeAttachment(
  prisma: Db,
  file: { filename: string; mime: string; bytes: Uint8Array },
): Promise<number> {
  const row = await prisma.attachment.create({
    data: { filename: file.filename, mime: file.mime, bytes: Buffer.from(file.bytes) },
    select: { id: true },
  });
  return row.id;
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
