// /kunjungan and the staff menu's "🤝 Catat kunjungan": a BA logs a contact (the wizard); a PMO or
// admin gets this month's visits per BA instead.
import { Composer } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import type { Ctx, ConvCtx } from "../../context.ts";
import { isOverseer } from "../../../services/oversight/scope.ts";
import { VISIT, visitWizard } from "./wizard.ts";
import { showVisitsPerBa } from "./history.ts";

export { VISIT } from "./wizard.ts";
export { showBaVisits, showCoopHistory, showVisitsPerBa } from "./history.ts";

export function visitConversations(i18n: I18n<ConvCtx>) {
  const c = new Composer<Ctx>();
  c.use(createConversation<Ctx, ConvCtx>(visitWizard, { id: VISIT, plugins: [i18n] }));
  return c;
}

export async function enterVisit(ctx: Ctx, coopId?: number) {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(VISIT, ...(coopId ? [coopId] : []));
}

async function kunjungan(ctx: Ctx) {
  const u = ctx.user;
  if (u?.role === "BA" && !u.deletedAt) return enterVisit(ctx);
  if (isOverseer(u) && u.role === "PMO") return showVisitsPerBa(ctx, ctx.user!, 0);
  await ctx.reply(ctx.t("vis-only-ba"));
}

export const visitsFeature = new Composer<Ctx>();
const pm = visitsFeature.chatType("private");
pm.command("kunjungan", kunjungan);
pm.hears(/^🤝 /, kunjungan);
