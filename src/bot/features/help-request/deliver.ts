// Sending to the other side of a help request. Each copy is recorded as a HelpMessage row first,
// then marked delivered (message id kept for reply threading) or failed; a person who blocked
// the bot (403) is marked and skipped. Callers tell the sender about failures.
import { GrammyError, type Api, type InlineKeyboard } from "grammy";
import type { HelpRequest, User } from "../../../generated/prisma/client.ts";
import type { Deps } from "../../deps.ts";
import type { Notifier } from "../../notifier.ts";
import { markBlocked } from "../../../services/users.ts";
import { markDelivered, markFailed, recordOutgoing, type Direction, type MessageKind } from "../../../services/help-requests/index.ts";
import { type Translate } from "../../../i18n.ts";

/** What sending needs: the Bot API, translations in the recipient's language, DB, clock. */
export interface Outbound {
  api: Api;
  notifier: Notifier;
  deps: Pick<Deps, "prisma" | "logger" | "clock" | "config">;
}


export type Payload =
  | { kind: "TEXT" | "CARD"; text: string; markup?: InlineKeyboard }
  | { kind: "PHOTO" | "DOCUMENT"; fileId: string; caption: string; markup?: InlineKeyboard };

export type SendResult = { ok: true; messageId: number } | { ok: false; blocked: boolean; error: string };

const TEXT_MAX = 4096;
const CAPTION_MAX = 1024;

function chunks(text: string): string[] {
  if (text.length <= TEXT_MAX) return [text];
  const out: string[] = [];
  for (let i = 0; i < text.length; i += 4000) out.push(text.slice(i, i + 4000));
  return out;
}

export async function sendPayload(out: Outbound, to: Pick<User, "telegramId" | "blockedAt">, p: Payload): Promise<SendResult> {
  if (to.blockedAt) return { ok: false, blocked: true, error: "blocked" };
  const chatId = Number(to.telegramId);
  const extra = p.markup ? { reply_markup: p.markup } : {};
  try {
    if ("fileId" in p) {
      const caption = p.caption.length > CAPTION_MAX ? `${p.caption.slice(0, CAPTION_MAX - 1)}…` : p.caption;
      const m = p.kind === "PHOTO" ? await out.api.sendPhoto(chatId, p.fileId, { caption, ...extra }) : await out.api.sendDocument(chatId, p.fileId, { caption, ...extra });
      return { ok: true, messageId: m.message_id };
    }
    const parts = chunks(p.text);
    let last = 0;
    for (const [i, part] of parts.entries()) last = (await out.api.sendMessage(chatId, part, i === parts.length - 1 ? extra : {})).message_id;
    return { ok: true, messageId: last };
  } catch (e) {
    const blocked = e instanceof GrammyError && e.error_code === 403;
    if (blocked) await markBlocked(out.deps.prisma, to.telegramId, out.deps.clock.now());
    out.deps.logger.warn({ to: String(to.telegramId), err: (e as Error).message }, "help delivery failed");
    return { ok: false, blocked, error: e instanceof GrammyError ? `${e.error_code} ${e.description}` : (e as Error).message };
  }
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

/** Send one message of a request to each recipient (rendered in their language) and record each copy. */
export async function deliverToEach(out: Outbound, req: Pick<HelpRequest, "id">, direction: Direction, src: Source, recipients: User[], render: (t: Translate, to: User) => Payload): Promise<Delivery[]> {
  const { prisma, clock } = out.deps;
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
    const result = await sendPayload(out, user, render(t, user));
    if (result.ok) await markDelivered(prisma, row.id, result.messageId, clock.now());
    else await markFailed(prisma, row.id, result.error);
    results.push({ user, result });
  }
  return results;
}

/** The Outbound of an update's context (handlers, and `conversation.external` callbacks). */
export function outboundOf(ctx: { api: Api; notifier: Notifier; deps: Outbound["deps"] }): Outbound {
  return { api: ctx.api, notifier: ctx.notifier, deps: ctx.deps };
}
