// Messages to other users (not a reply in the current chat), rendered in *their* language and
// queued in the outbox's interactive lane (src/outbox): durable, retried on 5xx/network errors,
// 403 marks the user blocked in the worker (the one place), and the drain loop is woken at once so
// they still feel instant. Failures are recorded on the Outbox row, never thrown at callers.
import { randomUUID } from "node:crypto";
import type { I18n } from "@grammyjs/i18n";
import type { InlineKeyboardMarkup, MessageEntity, ReplyKeyboardMarkup, ReplyKeyboardRemove } from "grammy/types";
import type { Deps } from "../deps.ts";
import type { Translate, Vars } from "../lib/translate.ts";
import { enqueue, type OutboxDb, type OutboxLane } from "../outbox/index.ts";

export interface Recipient {
  telegramId: bigint;
  locale: string | null;
  blockedAt?: Date | null;
}

export interface SendOptions {
  /** idempotency key (a retried job queues the message once); default: a fresh random key */
  key?: string;
  lane?: OutboxLane;
  group?: string;
  entities?: MessageEntity[];
  /** queue inside this transaction instead of on its own */
  db?: OutboxDb;
}

export class Notifier {
  constructor(
    private readonly i18n: I18n,
    private readonly deps: Pick<Deps, "prisma" | "logger" | "clock" | "config">,
  ) {}

  t(locale: string | null | undefined, key: string, vars?: Vars): string {
    return this.i18n.t(locale ?? this.deps.config.defaultLocale, key, vars);
  }

  /** Queue a message; false when the recipient blocked the bot (nothing queued) or the key exists. */
  async send(
    to: Recipient,
    text: string | ((t: (key: string, vars?: Vars) => string) => string),
    markup?:
      | InlineKeyboardMarkup
      | ReplyKeyboardMarkup
      | ReplyKeyboardRemove
      | ((t: (key: string, vars?: Vars) => string) => InlineKeyboardMarkup | undefined),
    opts: SendOptions = {},
  ): Promise<boolean> {
    if (to.blockedAt) return false;
    const t = (key: string, vars?: Vars) => this.t(to.locale, key, vars);
    const body = typeof text === "function" ? text(t) : text;
    const replyMarkup = typeof markup === "function" ? markup(t) : markup;
    return enqueue(
      opts.db ?? this.deps.prisma,
      {
        key: opts.key ?? `n:${randomUUID()}`,
        chatId: to.telegramId,
        text: body,
        ...(opts.entities ? { entities: opts.entities } : {}),
        ...(replyMarkup ? { replyMarkup } : {}),
        lane: opts.lane ?? "interactive",
        ...(opts.group ? { group: opts.group } : {}),
      },
      this.deps.clock.now(),
    );
  }

  /** A text too long for one message, as pages (each ≤ 600 characters) queued in order; the markup goes on the last. */
  async sendPages(
    to: Recipient,
    pages: (t: Translate) => string[],
    markup?: (t: Translate) => InlineKeyboardMarkup,
    opts: SendOptions = {},
  ): Promise<boolean> {
    const t: Translate = (key, vars) => this.t(to.locale, key, vars);
    const list = pages(t);
    let ok = true;
    for (const [i, page] of list.entries()) {
      const key = opts.key ? `${opts.key}:p${i}` : undefined;
      ok =
        (await this.send(to, page, i === list.length - 1 ? markup : undefined, { ...opts, ...(key ? { key } : {}) })) &&
        ok;
    }
    return ok;
  }
}
