// Putting messages into the durable outbound queue (the Outbox table). A row is identified by its
// key: enqueueing the same key twice does nothing, so callers may retry freely (a job that crashed
// half-way, a double click). Texts are rendered by the caller, in the recipient's language, before
// they get here: the worker only sends what it finds.
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

/** Anything with the Outbox delegate: the client or an interactive transaction. */
export type OutboxDb = Pick<PrismaClient, "outbox"> | Pick<Prisma.TransactionClient, "outbox">;

export interface OutboxItem {
  /** idempotency key, e.g. "rem:12:2026-10:DUE_SOON:77" (unique) */
  key: string;
  /** private chats: the user's Telegram id */
  chatId: bigint | number;
  text: string;
  /** a Bot API reply_markup object (plain JSON, e.g. an InlineKeyboard) */
  replyMarkup?: unknown;
  /** not before this instant (default: `now`) */
  notBefore?: Date;
}

const toRow = (i: OutboxItem, now: Date | undefined): Prisma.OutboxCreateManyInput => ({
  key: i.key,
  chatId: BigInt(i.chatId),
  method: "sendMessage",
  // JSON round trip: an InlineKeyboard instance becomes its plain { inline_keyboard } form
  payload: JSON.parse(JSON.stringify(i.replyMarkup === undefined ? { text: i.text } : { text: i.text, reply_markup: i.replyMarkup })) as Prisma.InputJsonValue,
  ...(i.notBefore ?? now ? { nextAttemptAt: i.notBefore ?? now } : {}),
  ...(now ? { createdAt: now } : {}),
});

/**
 * Queue one message; returns false when a row with this key already exists. `now` is the caller's
 * clock (jobs pass theirs, so an injected clock works); without it the database's now() is used.
 */
export async function enqueue(prisma: OutboxDb, item: OutboxItem, now?: Date): Promise<boolean> {
  return (await enqueueMany(prisma, [item], now)) === 1;
}

/** Queue many messages in one statement (ON CONFLICT (key) DO NOTHING); returns how many were new. */
export async function enqueueMany(prisma: OutboxDb, items: OutboxItem[], now?: Date): Promise<number> {
  if (items.length === 0) return 0;
  const r = await (prisma.outbox as PrismaClient["outbox"]).createMany({ data: items.map((i) => toRow(i, now)), skipDuplicates: true });
  return r.count;
}
