// Sending to the other side of a help request, through the outbox (interactive lane). Each copy is
// recorded as a HelpMessage row first and queued with key "help:<HelpMessage id>"; when the worker
// has sent it, the outcome hook (outcome.ts) marks it delivered (message id kept for reply
// threading) or failed, and tells whoever waits on it. People already known to have blocked the bot
// get nothing queued; their copy is recorded as failed at once, so callers can say so right away.
import type { Translate } from "../../i18n.ts";
import type { InlineKeyboard } from "grammy";
import type { HelpRequest, User } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/client.ts";
import type { Logger } from "../../logger.ts";
import { markFailed, recordOutgoing, type Direction, type MessageKind } from "../../services/help-requests/index.ts";
import type { Clock } from "../../lib/clock.ts";
import { createSender, type Part, type Sender, type SendResult } from "../outbound.ts";

export type { SendResult } from "../outbound.ts";

/** What queueing needs: translations in the recipient's language, the DB, a clock, a logger. */
export interface Outbound {
  notifier: { t(locale: string | null | undefined, key: string, vars?: Record<string, string | number>): string };
  deps: { prisma: Db; clock: Clock; logger: Logger };
}

export type Payload =
  | { kind: "TEXT" | "CARD"; text: string; markup?: InlineKeyboard }
  | { kind: "PHOTO" | "DOCUMENT"; fileId: string; caption: string; markup?: InlineKeyboard };

/** The one way out (src/messages/outbound.ts), bound to this Outbound's translations, DB and clock. */
export function senderOf(out: Outbound): Sender {
  return createSender({
    prisma: out.deps.prisma,
    clock: out.deps.clock,
    t: (locale, key, vars) => out.notifier.t(locale, key, vars),
  });
}

/** A payload as a message part (a long text is split by the sender, the last piece keeps the key). */
function payloadMessage(p: Payload): Part {
  const markup = p.markup ? { replyMarkup: p.markup } : {};
  if ("fileId" in p)
    return { file: p.kind === "PHOTO" ? "photo" : "document", fileId: p.fileId, caption: p.caption, ...markup };
  return { text: p.text, ...markup };
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
  const sender = senderOf(out);
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
    const result = await sender.send(user, (t) => payloadMessage(render(t, user)), { key: helpKey(row.id) });
    if (!result.ok) await markFailed(prisma, row.id, result.error);
    results.push({ user, result });
  }
  return results;
}

/** The Outbound of an update's context (handlers, and `conversation.external` callbacks). */
export function outboundOf(ctx: { notifier: Outbound["notifier"]; deps: Outbound["deps"] }): Outbound {
  return { notifier: ctx.notifier, deps: ctx.deps };
}
