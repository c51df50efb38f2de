// Messages to other users (not a reply in the current chat): a thin alias of the one way out
// (src/messages/outbound.ts) bound to the bot's translations and deps, kept for the handlers'
// `ctx.notifier.send(to, text, markup, opts)` shape. Rendered in *their* language, queued in the
// outbox's interactive lane unless told; failures are recorded on the Outbox row, never thrown.
import type { I18n } from "@grammyjs/i18n";
import type { InlineKeyboardMarkup, MessageEntity, ReplyKeyboardMarkup, ReplyKeyboardRemove } from "grammy/types";
import type { Deps } from "../deps.ts";
import { translateIn } from "../i18n.ts";
import type { Translate, Vars } from "../lib/translate.ts";
import {
  createSender,
  type Recipient,
  type Sender,
  type SendOptions as OutboundOptions,
} from "../messages/outbound.ts";

export type { Recipient } from "../messages/outbound.ts";

export interface SendOptions extends Pick<OutboundOptions, "key" | "lane" | "group" | "db"> {
  entities?: MessageEntity[];
}

type Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove;

export class Notifier {
  /** the one way out, bound to this bot */
  readonly outbound: Sender;

  constructor(i18n: I18n, deps: Pick<Deps, "prisma" | "logger" | "clock" | "config">) {
    this.outbound = createSender({
      prisma: deps.prisma,
      clock: deps.clock,
      t: translateIn(i18n, deps.config.defaultLocale),
    });
  }

  t(locale: string | null | undefined, key: string, vars?: Vars): string {
    return this.outbound.t(locale, key, vars);
  }

  /** Queue a message; false when the recipient blocked the bot (nothing queued) or the key exists. */
  async send(
    to: Recipient,
    text: string | ((t: Translate) => string),
    markup?: Markup | ((t: Translate) => InlineKeyboardMarkup | undefined),
    opts: SendOptions = {},
  ): Promise<boolean> {
    const { entities, ...rest } = opts;
    const r = await this.outbound.send(
      to,
      (t) => {
        const replyMarkup = typeof markup === "function" ? markup(t) : markup;
        return {
          text: typeof text === "function" ? text(t) : text,
          ...(entities ? { entities } : {}),
          ...(replyMarkup ? { replyMarkup } : {}),
        };
      },
      rest,
    );
    return r.ok && r.queued > 0;
  }

  /** A text too long for one message, as pages (each ≤ 600 characters) queued in order; the markup goes on the last. */
  async sendPages(
    to: Recipient,
    pages: (t: Translate) => string[],
    markup?: (t: Translate) => InlineKeyboardMarkup,
    opts: SendOptions = {},
  ): Promise<boolean> {
    const { entities: _, ...rest } = opts;
    const r = await this.outbound.send(
      to,
      (t) => {
        const replyMarkup = markup?.(t);
        return { pages: pages(t), ...(replyMarkup ? { replyMarkup } : {}) };
      },
      rest,
    );
    return r.ok && r.queued > 0;
  }
}
