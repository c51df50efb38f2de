// /tugaskan: admins (any kab/kota) and PMO (their own) assign cooperatives to a BA.
import { Composer } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import type { ConvCtx, Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { ASSIGNMENT, assignmentWizard } from "./wizard.ts";

export const assignmentConversations = (i18n: I18n<ConvCtx>) =>
  createConversation<Ctx, ConvCtx>(assignmentWizard, { id: ASSIGNMENT, plugins: [i18n] });

export const assignmentFeature = new Composer<Ctx>();

/** Leave any wizard and start the assignment flow. */
export async function enterAssignment(ctx: Ctx): Promise<void> {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(ASSIGNMENT);
}

assignmentFeature.chatType("private").command("tugaskan", async (ctx) => {
  const u = ctx.user;
  if (!u || !(u.role === "ADMIN" || (u.role === "PMO" && u.regencyCode)))
    return refuse(ctx, "Assignment", { command: "tugaskan" });
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(ASSIGNMENT);
});
