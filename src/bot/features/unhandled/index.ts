// Last in the chain: a clear answer instead of silence. Someone who has not registered yet (a
// pengurus with no koperasi) is pointed to /start; a pengurus also to 🆘 Minta bantuan; staff to /bantuan.
import { Composer } from "grammy";
import type { Ctx } from "../../context.ts";
import { hasConsent } from "../../middlewares/auth.ts";
import { hasActiveOrPendingMembership } from "../../../services/cooperatives.ts";

export const unhandledFeature = new Composer<Ctx>();

unhandledFeature.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("error-stale-button") });
});
unhandledFeature.chatType("private").on("message", async (ctx) => {
  const user = ctx.user;
  const isNew =
    !!user &&
    user.role === "PENGURUS" &&
    (!hasConsent(ctx) || !(await hasActiveOrPendingMembership(ctx.deps.prisma, user.id)));
  const staff = !!user && user.role !== "PENGURUS";
  await ctx.reply(ctx.t(isNew ? "unknown-input-new" : staff ? "unknown-input-staff" : "unknown-input"));
});
