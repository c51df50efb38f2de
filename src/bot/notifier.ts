// Sends messages to other users (not the current chat) in *their* language. A user who blocked
// the bot (403) is marked and skipped from then on; failures are logged, never thrown at callers.
import type { Api, RawApi } from "grammy";
import { GrammyError } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { InlineKeyboardMarkup, Message, ReplyKeyboardMarkup, ReplyKeyboardRemove } from "grammy/types";
import type { Deps } from "./deps.ts";
import { markBlocked } from "../services/users.ts";
import { type Translate } from "../i18n.ts";

export interface Recipient {
  telegramId: bigint;
  locale: string | null;
  blockedAt?: Date | null;
}

export type Vars = Record<string, string | number>;

export class Notifier {
  constructor(
    private readonly api: Api<RawApi>,
    private readonly i18n: I18n,
    private readonly deps: Pick<Deps, "prisma" | "logger" | "clock" | "config">,
  ) {}

  t(locale: string | null | undefined, key: string, vars?: Vars): string {
    return this.i18n.t(locale ?? this.deps.config.defaultLocale, key, vars);
  }

  async send(
    to: Recipient,
    text: string | ((t: Translate) => string),
    markup?: InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ((t: Translate) => InlineKeyboardMarkup),
  ): Promise<Message.TextMessage | null> {
    if (to.blockedAt) return null;
    const t = (key: string, vars?: Vars) => this.t(to.locale, key, vars);
    const body = typeof text === "function" ? text(t) : text;
    const reply_markup = typeof markup === "function" ? markup(t) : markup;
    try {
      return await this.api.sendMessage(Number(to.telegramId), body, reply_markup ? { reply_markup } : {});
    } catch (e) {
      if (e instanceof GrammyError && e.error_code === 403) {
        await markBlocked(this.deps.prisma, to.telegramId, this.deps.clock.now());
      }
      this.deps.logger.warn({ to: String(to.telegramId), err: (e as Error).message }, "notification failed");
      return null;
    }
  }

  /** A text too long for one message, as pages (each ≤ 600 characters); the markup goes on the last. */
  async sendPages(to: Recipient, pages: (t: Translate) => string[], markup?: (t: Translate) => InlineKeyboardMarkup): Promise<Message.TextMessage | null> {
    const t: Translate = (key, vars) => this.t(to.locale, key, vars);
    const list = pages(t);
    let last: Message.TextMessage | null = null;
    for (const [i, page] of list.entries()) last = await this.send(to, page, i === list.length - 1 ? markup : undefined);
    return last;
  }

}
