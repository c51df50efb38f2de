import { Composer } from "grammy";
import type { Ctx } from "../../context.ts";

export const unhandledFeature = new Composer<Ctx>();

unhandledFeature.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("error-stale-button") });
});
unhandledFeature.chatType("private").on("message", async (ctx) => {
  await ctx.reply(ctx.t("unknown-input"));
});
