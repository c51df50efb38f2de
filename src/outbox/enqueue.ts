// Putting messages into the durable outbound queue (the Outbox table). A row is identified by its
// key: enqueueing the same key twice does nothing, so callers may retry freely (a job that crashed
// half-way, a double click). Texts are rendered by the caller, in the recipient's language, before
// they get here: the worker only sends what it finds.
//
// Every message that is not a reply to the current update goes through here: notifications and
// help relays in the "interactive" lane (claimed first, the drain loop is woken at once), and
// broadcasts, reminders and recaps in the "bulk" lane (see worker.ts for how lanes share the budget).
import type { MessageEntity } from "grammy/types";
import type { Prisma } from "../generated/prisma/client.ts";
import type { OutboxDb, OutboxItem } from "../lib/outbound.ts";
import { wakeOutbox } from "./signal.ts";

// the message shapes are shared vocabulary (lib/outbound.ts): services build them without importing the outbox
export type { CopyItem, FileItem, OutboxDb, OutboxItem, OutboxLane, OutboxMethod, TextItem } from "../lib/outbound.ts";

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
 * New interactive rows wake the drain loop at once, in this process and (PostgreSQL, peer-wake.ts)
 * in the others. Inside a transaction the wake may come before the commit: a loop then finds
 * nothing and picks the rows up on its next look (about a second).
 */
export async function enqueueMany(prisma: OutboxDb, items: OutboxItem[], now?: Date): Promise<number> {
  if (items.length === 0) return 0;
  let count = 0;
  // stay well below PostgreSQL's 65,535 bind parameters per statement
  for (let i = 0; i < items.length; i += 2000) {
    const part = items.slice(i, i + 2000);
    const r = await prisma.outbox.createMany({
      data: part.map((x) => toRow(x, now)),
      skipDuplicates: true,
    });
    count += r.count;
  }
  if (count > 0 && items.some((i) => (i.lane ?? "interactive") === "interactive")) wakeOutbox();
  return count;
}
