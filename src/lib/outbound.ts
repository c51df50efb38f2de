// What can be queued for sending (rendered messages, keyed for idempotency), and the queue as a
// dependency. The outbox (src/outbox) implements it; services and jobs build items and receive a
// Queue instead of importing the outbox, so the domain knows no transport.
import type { MessageEntity } from "grammy/types";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

/** Anything with the Outbox delegate: the client or an interactive transaction. */
export type OutboxDb = Pick<PrismaClient, "outbox"> | Pick<Prisma.TransactionClient, "outbox">;

/** "paid": bulk rows sent with allow_paid_broadcast at the paid rate (outbox/worker.ts) */
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

/**
 * Queue messages (ON CONFLICT (key) DO NOTHING) on `db` — the client or the caller's transaction, so
 * a service records its own rows and the messages together. Returns how many were new.
 */
export type Queue = (db: OutboxDb, items: OutboxItem[], now?: Date) => Promise<number>;
