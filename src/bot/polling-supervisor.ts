// Keeps durable polling alive through a database outage. When the inbox cannot be written the
// runner stops (the batch it fetched is not confirmed to Telegram, so nothing is lost). Until the
// database answers again we peek at the waiting updates (getUpdates without an offset confirms
// nothing) and tell each waiting chat once that its message will be handled when the service is
// back; then polling restarts and handles them all, oldest first.
import type { Bot } from "grammy";
import type { RunnerHandle } from "@grammyjs/runner";
import type { Update } from "grammy/types";
import type { Logger } from "../logger.ts";
import type { Ctx } from "./context.ts";
import type { TranslateIn } from "../i18n.ts";

export interface SupervisorOptions {
  bot: Bot<Ctx>;
  logger: Logger;
  start: () => Promise<RunnerHandle>;
  ping: () => Promise<void>;
  t: TranslateIn;
  defaultLocale: string;
  retryMs?: number;
}

export interface Supervised {
  stop(): Promise<void>;
  isRunning(): boolean;
}

const chatOf = (u: Update) => u.message?.chat ?? u.edited_message?.chat ?? u.callback_query?.message?.chat;

export async function superviseDurablePolling(o: SupervisorOptions): Promise<Supervised> {
  let stopping = false;
  let runner = await o.start();
  let wake: (() => void) | undefined;
  const sleep = (ms: number) => new Promise<void>((r) => ((wake = r), setTimeout(r, ms).unref()));

  async function tellWaiting(told: Set<number>) {
    const waiting = await o.bot.api.getUpdates({ timeout: 0, limit: 100 }).catch(() => [] as Update[]);
    for (const u of waiting) {
      const chat = chatOf(u);
      if (!chat || chat.type !== "private" || told.has(chat.id)) continue;
      told.add(chat.id);
      if (u.callback_query) await o.bot.api.answerCallbackQuery(u.callback_query.id).catch(() => undefined);
      const lang =
        (u.message?.from ?? u.callback_query?.from)?.language_code?.slice(0, 2) === "en" ? "en" : o.defaultLocale;
      await o.bot.api.sendMessage(chat.id, o.t(lang, "ops-service-down")).catch(() => undefined);
    }
  }

  async function watch(r: RunnerHandle) {
    await Promise.resolve(r.task()).catch((e: unknown) =>
      o.logger.error({ err: (e as Error)?.message ?? String(e) }, "polling stopped"),
    );
    if (stopping) return;
    o.logger.error("polling stopped unexpectedly (database unreachable?): waiting for the database");
    const told = new Set<number>();
    while (!stopping) {
      try {
        await o.ping();
        break;
      } catch {
        await tellWaiting(told);
        await sleep(o.retryMs ?? 2000);
      }
    }
    if (stopping) return;
    try {
      runner = await o.start(); // replays what was left in the inbox, then polls again
      o.logger.info("database back: polling resumed");
    } catch (e) {
      o.logger.error({ err: (e as Error).message }, "polling could not restart; retrying");
      await sleep(o.retryMs ?? 2000);
      return watch(r);
    }
    void watch(runner);
  }
  void watch(runner);

  return {
    isRunning: () => runner.isRunning(),
    async stop() {
      stopping = true;
      wake?.();
      if (runner.isRunning()) await runner.stop();
    },
  };
}
