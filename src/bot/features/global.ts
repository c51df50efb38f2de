// Commands that work everywhere, including in the middle of a wizard (mounted before the
// conversations resume): /batal leaves any conversation; /bahasa, /bantuan, /privasi answer
// without disturbing the wizard, which keeps waiting at the same step.
import { Composer } from "grammy";
import type { Ctx } from "../context.ts";
import { languageFeature } from "./language/index.ts";
import { helpFeature } from "./help/index.ts";
import { privacyInfo } from "./privacy/info.ts";

export const globalCommands = new Composer<Ctx>();
const pm = globalCommands.chatType("private");

pm.command("batal", async (ctx) => {
  const active = Object.keys(ctx.conversation.active());
  await ctx.conversation.exitAll();
  await ctx.reply(ctx.t(active.length > 0 ? "cancel-done" : "cancel-nothing"), {
    reply_markup: { remove_keyboard: true },
  });
});
pm.use(async (ctx, next) => {
  if (ctx.staleConversation) await ctx.reply(ctx.t("conversation-stale"));
  await next();
});
pm.use(languageFeature);
pm.use(helpFeature);
pm.command("privasi", privacyInfo);
