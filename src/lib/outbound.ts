// What can be queued for sending, and the queue as a dependency. Outbox rows (OutboxItem) are the
// transport's vocabulary (src/outbox); Outgoing messages (a recipient, a rendered message, a key)
// are what everybody else hands to the one way out, src/messages/outbound.ts. Services build
// Outgoing messages and receive a Queue instead of importing either, so the domain knows no transport.
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

/** Who a message goes to: a person known to have blocked the bot (blockedAt) gets nothing queued. */
export interface Recipient {
  telegramId: bigint;
  locale?: string | null;
  blockedAt?: Date | null;
}

interface PartBase {
  /** a Bot API reply_markup object (e.g. an InlineKeyboard) */
  replyMarkup?: unknown;
  /** in a list of parts: this part's own idempotency key (default: the message key, then "<key>:2", "<key>:3"…) */
  key?: string;
}

/** A text (longer than Telegram's 4,096 is split, the last piece keeps the key and the buttons). */
export interface TextPart extends PartBase {
  text: string;
  entities?: MessageEntity[];
}

/** A photo or document by Telegram file id or stored Attachment (caption cut at 1,024). */
export interface FilePart extends PartBase {
  file: "photo" | "document";
  fileId?: string;
  attachmentId?: number;
  caption?: string;
  captionEntities?: MessageEntity[];
}

/** A copy of an existing message. */
export interface CopyPart extends PartBase {
  copyOf: { chatId: bigint | number; messageId: number };
  caption?: string;
  captionEntities?: MessageEntity[];
}

export type Part = TextPart | FilePart | CopyPart;

/** Pages of one text (each ≤ 600 characters), keys "<key>:p0", "<key>:p1"…; the buttons go on the last. */
export interface Pages {
  pages: string[];
  replyMarkup?: unknown;
}

/** A message rendered for its recipient: one part, pages, or several parts in order. */
export type Rendered = Part | Pages | Part[];

/** One message to one person, as the one way out (src/messages/outbound.ts) queues it. */
export interface Outgoing {
  to: Recipient;
  message: Rendered;
  /** idempotency key, e.g. "rem:12:2026-10:DUE_SOON:77" (unique) */
  key: string;
  /** default "interactive" */
  lane?: OutboxLane;
  group?: string;
  notBefore?: Date;
}

/**
 * Queue messages (ON CONFLICT (key) DO NOTHING) on `db` — the client or the caller's transaction, so
 * a service records its own rows and the messages together; blocked recipients are left out.
 * Returns how many outbox rows were new. The implementation is `sendMany` (src/messages/outbound.ts).
 */
export type Queue = (db: OutboxDb, list: Outgoing[], now?: Date) => Promise<number>;
