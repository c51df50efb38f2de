// Sending to the other side of a help request, through the outbox (interactive lane). Each copy is
// recorded as a HelpMessage row first and queued with key "help:<HelpMessage id>"; when the worker
// has sent it, the outcome hook (outcome.ts) marks it delivered (message id kept for reply
// threading) or failed, and tells whoever waits on it. People already known to have blocked the bot
// get nothing queued; their copy is recorded as failed at once, so callers can say so right away.
import { randomUUID } from "node:crypto";
import type { Translate } from "../../i18n.ts";
import type { InlineKeyboard } from "grammy";
import type { HelpRequest, PrismaClient, User } from "../../generated/prisma/client.ts";
import type { Logger } from "../../logger.ts";
import { enqueueMany, type OutboxDb, type OutboxItem } from "../../outbox/enqueue.ts";
import { markFailed, recordOutgoing, type Direction, type MessageKind } from "../../services/help-requests/index.ts";
import type { Clock } from "../../lib/clock.ts";

/** What queueing needs: translations in the recipient's language, the DB, a clock, a logger. */
export interface Outbound {
  notifier: { t(locale: string | null | undefined, key: string, vars?: Record<string, string | number>): string };
  deps: { prisma: PrismaClient; clock: Clock; logger: Logger };
}

export type Payload =
  | { kind: "TEXT" | "CARD"; text: string; markup?: InlineKeyboard }
  | { kind: "PHOTO" | "DOCUMENT"; fileId: string; caption: string; markup?: InlineKeyboard };

/** ok = queued (the outcome comes later, through the hook); not ok = known blocked, nothing queued */
export type SendResult = { ok: true } | { ok: false; blocked: boolean; error: string };

const TEXT_MAX = 4096;
const CAPTION_MAX = 1024;

function chunks(text: string): string[] {
  if (text.length <= TEXT_MAX) return [text];
  const out: string[] = [];
  for (let i = 0; i < text.length; i += 4000) out.push(text.slice(i, i + 4000));
  return out;
}

/** The outbox rows of one payload; the LAST row carries `key` (and the buttons). */
function payloadItems(key: string, chatId: bigint, p: Payload, group?: string): OutboxItem[] {
  const markup = { ...(p.markup ? { replyMarkup: p.markup } : {}), ...(group ? { group } : {}) };
  if ("fileId" in p) {
    const caption = p.caption.length > CAPTION_MAX ? `${p.caption.slice(0, CAPTION_MAX - 1)}…` : p.caption;
    return [
      { key, chatId, method: p.kind === "PHOTO" ? "sendPhoto" : "sendDocument", fileId: p.fileId, caption, ...markup },
    ];
  }
  const parts = chunks(p.text);
  return parts.map((text, i) =>
    i === parts.length - 1
      ? { key, chatId, text, ...markup }
      : { key: `${key}:part${i}`, chatId, text, ...(group ? { group } : {}) },
  );
}

/** Queue one payload to a person (no HelpMessage row: a notice, not part of the thread). */
export async function queuePayload(
  out: Outbound,
  to: Pick<User, "telegramId" | "blockedAt">,
  p: Payload,
  key?: string,
  db: OutboxDb = out.deps.prisma,
  /** outbox group (a delivery report follows it, issue 23.2) */
  group?: string,
): Promise<SendResult> {
  if (to.blockedAt) return { ok: false, blocked: true, error: "blocked" };
  await enqueueMany(db, payloadItems(key ?? `n:${randomUUID()}`, to.telegramId, p, group), out.deps.clock.now());
  return { ok: true };
}

export interface Source {
  from: Pick<User, "id">;
  chatId: bigint;
  messageId: number;
  kind: Exclude<MessageKind, "CARD"> | "CARD";
  text?: string | null;
  fileId?: string | null;
}

export interface Delivery {
  user: User;
  result: SendResult;
}

const helpKey = (helpMessageId: number) => `help:${helpMessageId}`;

/** Record one message of a request for each recipient (rendered in their language) and queue it. */
export async function deliverToEach(
  out: Outbound,
  req: Pick<HelpRequest, "id">,
  direction: Direction,
  src: Source,
  recipients: User[],
  render: (t: Translate, to: User) => Payload,
): Promise<Delivery[]> {
  const { prisma } = out.deps;
  const results: Delivery[] = [];
  for (const user of recipients) {
    const row = await recordOutgoing(prisma, {
      requestId: req.id,
      fromUserId: src.from.id,
      direction,
      kind: src.kind,
      text: src.text,
      fileId: src.fileId,
      srcChatId: src.chatId,
      srcMessageId: src.messageId,
      dstChatId: user.telegramId,
    });
    const t: Translate = (key, vars) => out.notifier.t(user.locale, key, vars);
    const result = await queuePayload(out, user, render(t, user), helpKey(row.id));
    if (!result.ok) await markFailed(prisma, row.id, result.error);
    results.push({ user, result });
  }
  return results;
}

/** The Outbound of an update's context (handlers, and `conversation.external` callbacks). */
export function outboundOf(ctx: { notifier: Outbound["notifier"]; deps: Outbound["deps"] }): Outbound {
  return { notifier: ctx.notifier, deps: ctx.deps };
}
