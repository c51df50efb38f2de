// Entering the report wizard: only for people who consented and are ACTIVE members of a coop;
// with several coops, the coop is chosen first (buttons, checked again on press).
import type { Ctx } from "../../context.ts";
import { hasConsent } from "../../middlewares/auth.ts";
import { activeCoops } from "../../../services/reports/access.ts";
import { coopPickKeyboard } from "./keyboards.ts";
import { REPORT, type WizardArgs } from "./wizard.ts";
import { countMemberships } from "../../../services/memberships.ts";

export async function enterReport(ctx: Ctx, args: WizardArgs) {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(REPORT, args);
}

/** /lapor ("l") and /templat ("t"): pick the coop, then go on with `then`. */
export async function chooseCoop(ctx: Ctx, purpose: "l" | "t", then: (ctx: Ctx, coopId: number) => Promise<unknown>) {
  if (!hasConsent(ctx)) {
    await ctx.reply(ctx.t("error-need-consent"));
    return;
  }
  const coops = await activeCoops(ctx.deps.prisma, ctx.user!.id);
  if (coops.length === 0) {
    const pending = await countMemberships(ctx.deps.prisma, ctx.user!.id, ["PENDING"]);
    await ctx.reply(ctx.t(pending > 0 ? "rep-member-pending" : "rep-not-member"));
    return;
  }
  if (coops.length === 1) {
    await then(ctx, coops[0]!.id);
    return;
  }
  await ctx.reply(ctx.t(purpose === "l" ? "rep-pick-coop" : "rep-pick-coop-template"), {
    reply_markup: coopPickKeyboard(coops, purpose),
  });
}
