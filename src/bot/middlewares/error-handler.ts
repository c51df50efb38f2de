// Error boundary: log with the update id (no secrets), apologise politely, keep running.
import type { BotError } from "grammy";
import type { Ctx } from "../context.ts";
import type { TranslatorFor } from "../../lib/translate.ts";
import { scrubToken } from "../../logger.ts";

/** fallbackT: the translator for when the failure came before i18n ran (e.g. the user could not be loaded). */
export async function errorHandler(err: BotError<Ctx>, fallbackT?: TranslatorFor<Ctx>) {
  const ctx = err.ctx;
  const t = typeof ctx.t === "function" ? (key: string) => ctx.t(key) : (key: string) => fallbackT?.(ctx)(key) ?? key;
  const e = err.error as Error;
  ctx.deps.logger.error(
    { err: { name: e?.name, message: scrubToken(String(e?.message ?? e)), stack: scrubToken(String(e?.stack ?? "")) } },
    "update failed",
  );
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  if (ctx.chat?.type === "private") {
    await ctx.reply(t("error-generic")).catch(() => undefined);
  }
}
