// Putting messages into the durable outbound queue (the Outbox table). A row is identified by its
// key: enqueueing the same key twice does nothing, so callers may retry freely (a job that crashed
// half-way, a double click). Texts are rendered by the caller, in the recipient's language, before
// they get here: the worker only sends what it finds.
//
// Every message that is not a reply to the current update goes through here: notifications and
// help relays in the "interactive" lane (claimed first, the drain loop is woken at once), and
// broadcasts, reminders and recaps in the "bulk" lane (see worker.ts for how lanes share the budget).
import type { MessageEntity } from "grammy/types";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { wakeOutbox } from "./signal.ts";

/** Anything with the Outbox delegate: the client or an interactive transaction. */
export type OutboxDb = Pick<PrismaClient, "outbox"> | Pick<Prisma.TransactionClient, "outbox">;

/** "paid": bulk rows sent with allow_paid_broadcast at the paid rate (worker.ts) */
export type OutboxLane = "interactive" | "bulk" | "paid";
export type OutboxMethod = "sendMessage" | "sendPhoto" | "sendDocument" | "copyMessage";

interface ItemBase {
  /** idempotency key, e.g. "rem:12:2026-10:DUE_SOON:77" (unique) */
  key: string;
  /** private chats: the user's Telegram id */
  chatId: bigint | number;
  /** a Bot API reply_markup object (plain JSON, e.g. an InlineKeyboard) */
  replyMarkup?: unknown;
  /** not before this instant (default: `now`) */
  notBefore?: Date;
  /** default "interactive"; broadcasts, reminders and recaps use "bulk" */
  lane?: OutboxLane;
  /** rows that belong together, e.g. "bc:5" or "recap:2026-10" (groupProgress, cancelGroup) */
  group?: string;
}

/** A text message; formatting travels as entities exactly as typed (no parse_mode). */
export interface TextItem extends ItemBase {
  method?: "sendMessage";
  text: string;
  entities?: MessageEntity[];
}

/** A photo or document: a Telegram file id, or a stored Attachment (storeAttachment) sent to many. */
export interface FileItem extends ItemBase {
  method: "sendPhoto" | "sendDocument";
  fileId?: string;
  attachmentId?: number;
  caption?: string;
  captionEntities?: MessageEntity[];
}

/** A copy of an existing message (e.g. the admin's own composed message). */
export interface CopyItem extends ItemBase {
  method: "copyMessage";
  fromChatId: bigint | number;
  messageId: number;
  caption?: string;
  captionEntities?: MessageEntity[];
}

export type OutboxItem = TextItem | FileItem | CopyItem;

function payloadOf(i: OutboxItem): Record<string, unknown> {
  const markup = i.replyMarkup === undefined ? {} : { reply_markup: i.replyMarkup };
  const caption = (c?: string, e?: MessageEntity[]) => ({
    ...(c !== undefined ? { caption: c } : {}),
    ...(e?.length ? { caption_entities: e } : {}),
  });
  switch (i.method) {
    case undefined:
    case "sendMessage":
      return { text: i.text, ...(i.entities?.length ? { entities: i.entities } : {}), ...markup };
    case "sendPhoto":
    case "sendDocument": {
      if ((i.fileId === undefined) === (i.attachmentId === undefined))
        throw new TypeError(`outbox ${i.key}: give exactly one of fileId and attachmentId`);
      const field = i.method === "sendPhoto" ? "photo" : "document";
      return {
        ...(i.fileId !== undefined ? { [field]: i.fileId } : {}),
        ...caption(i.caption, i.captionEntities),
        ...markup,
      };
    }
    case "copyMessage":
      // chat ids travel as numbers (a Telegram id fits a double; JSON has no BigInt)
      return {
        from_chat_id: Number(i.fromChatId),
        message_id: i.messageId,
        ...caption(i.caption, i.captionEntities),
        ...markup,
      };
  }
}

const toRow = (i: OutboxItem, now: Date | undefined): Prisma.OutboxCreateManyInput => ({
  key: i.key,
  chatId: BigInt(i.chatId),
  method: i.method ?? "sendMessage",
  // JSON round trip: an InlineKeyboard instance becomes its plain { inline_keyboard } form
  payload: JSON.parse(JSON.stringify(payloadOf(i))) as Prisma.InputJsonValue,
  lane: i.lane ?? "interactive",
  ...(i.group !== undefined ? { group: i.group } : {}),
  ...(i.method === "sendPhoto" || i.method === "sendDocument"
    ? i.attachmentId !== undefined
      ? { attachmentId: i.attachmentId }
      : {}
    : {}),
  ...((i.notBefore ?? now) ? { nextAttemptAt: i.notBefore ?? now } : {}),
  ...(now ? { createdAt: now } : {}),
});

/**
 * Queue one message; returns false when a row with this key already exists. `now` is the caller's
 * clock (jobs pass theirs, so an injected clock works); without it the database's now() is used.
 */
export async function enqueue(prisma: OutboxDb, item: OutboxItem, now?: Date): Promise<boolean> {
  return (await enqueueMany(prisma, [item], now)) === 1;
}

/**
 * Queue many messages in one statement (ON CONFLICT (key) DO NOTHING); returns how many were new.
 * New interactive rows wake this process's drain loop at once (other instances see them on their
 * next look, about a second). Inside a transaction the wake may come before the commit: the loop
 * then finds nothing and picks the rows up on its next look.
 */
export async function enqueueMany(prisma: OutboxDb, items: OutboxItem[], now?: Date): Promise<number> {
  if (items.length === 0) return 0;
  let count = 0;
  // stay well below PostgreSQL's 65,535 bind parameters per statement
  for (let i = 0; i < items.length; i += 2000) {
    const part = items.slice(i, i + 2000);
    const r = await (prisma.outbox as PrismaClient["outbox"]).createMany({
      data: part.map((x) => toRow(x, now)),
      skipDuplicates: true,
    });
    count += r.count;
  }
  if (count > 0 && items.some((i) => (i.lane ?? "interactive") === "interactive")) wakeOutbox();
  return count;
}
