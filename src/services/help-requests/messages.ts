// HelpMessage rows: every message carried between the two sides (and every request card sent to a
// helper) is recorded before it is sent, then marked delivered (with the copy's message id, for
// reply threading) or failed (with the reason). Nothing is dropped without a trace.
import type { HelpMessage } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/client.ts";

export type Direction = "TO_HELPER" | "TO_REQUESTER";
/** CARD = the request itself as shown to a helper (with its buttons) */
export type MessageKind = "TEXT" | "PHOTO" | "DOCUMENT" | "CARD";

export interface OutgoingMessage {
  requestId: number;
  fromUserId: number;
  direction: Direction;
  kind: MessageKind;
  text?: string | null;
  fileId?: string | null;
  srcChatId: bigint;
  srcMessageId: number;
  dstChatId: bigint | null;
}

export async function recordOutgoing(prisma: Db, m: OutgoingMessage): Promise<HelpMessage> {
  return prisma.helpMessage.create({ data: { ...m, text: m.text ?? null, fileId: m.fileId ?? null } });
}

export async function markDelivered(prisma: Db, id: number, dstMessageId: number, at: Date): Promise<void> {
  await prisma.helpMessage.update({ where: { id }, data: { dstMessageId, deliveredAt: at, error: null } });
}

export async function markFailed(prisma: Db, id: number, error: string): Promise<void> {
  await prisma.helpMessage.update({ where: { id }, data: { error: error.slice(0, 300) } });
}

export async function threadOf(prisma: Db, requestId: number, limit = 5) {
  const rows = await prisma.helpMessage.findMany({
    where: { requestId, kind: { not: "CARD" } },
    orderBy: { id: "desc" },
    include: { fromUser: true },
    take: limit * 4,
  });
  // one line per original message (a message sent to several helpers has several rows)
  const seen = new Set<string>();
  const out: typeof rows = [];
  for (const r of rows) {
    const key = `${r.srcChatId}:${r.srcMessageId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
    if (out.length >= limit) break;
  }
  return out.reverse();
}

/** Photos/documents the requester sent (one per original message), oldest first. */
export async function requesterAttachments(prisma: Db, requestId: number) {
  const rows = await prisma.helpMessage.findMany({
    where: { requestId, direction: "TO_HELPER", kind: { in: ["PHOTO", "DOCUMENT"] }, fileId: { not: null } },
    orderBy: { id: "asc" },
  });
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.srcChatId}:${r.srcMessageId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Chats that received, or are about to receive (queued, not failed), a copy of one original message. */
export async function deliveredTo(
  prisma: Db,
  requestId: number,
  srcChatId: bigint,
  srcMessageId: number,
): Promise<Set<string>> {
  const rows = await prisma.helpMessage.findMany({
    where: { requestId, srcChatId, srcMessageId, dstChatId: { not: null }, error: null },
    select: { dstChatId: true },
  });
  return new Set(rows.map((r) => String(r.dstChatId)));
}

/** The request a delivered copy belongs to (a reply to it continues that request). */
export async function requestOfCopy(prisma: Db, chatId: bigint, messageId: number): Promise<number | undefined> {
  const row = await prisma.helpMessage.findFirst({
    where: { dstChatId: chatId, dstMessageId: messageId },
    select: { requestId: true },
  });
  return row?.requestId;
}
