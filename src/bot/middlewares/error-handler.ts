// Error boundary: log with the update id (no secrets), apologise politely, keep running.
import type { BotError } from "grammy";
import type { Ctx } from "../context.ts";
import { scrubToken } from "../../logger.ts";

export async function errorHandler(err: BotError<Ctx>) {
  const ctx = err.ctx;
  const e = err.error as Error;
  ctx.deps.logger.error({ update_id: ctx.update.update_id, err: { name: e?.name, message: scrubToken(String(e?.message ?? e)), stack: scrubToken(String(e?.stack ?? "")) } }, "update failed");
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  if (ctx.chat?.type === "private") {
    await ctx.reply(ctx.t("error-generic")).catch(() => undefined);
  }
}
