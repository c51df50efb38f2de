// Managing people and cooperatives in chat: /cari (search → cards with actions), role changes,
// coop changes after registration (/ubahkoperasi), /keluar, and the new ketua's handover answer.
import { Composer, InlineKeyboard } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import type { Ctx, ConvCtx } from "../../context.ts";
import { hasConsent } from "../../middlewares/auth.ts";
import { boardSeats } from "../../../services/people/cards.ts";
import { cardCb, handoverCb, leaveCb } from "./callback-data.ts";
import { PEOPLE_SEARCH, peopleSearch } from "./search-wizard.ts";
import { ROLE_CHANGE, roleWizard } from "./role-wizard.ts";
import { COOP_EDIT, coopEditWizard } from "./coop-edit-wizard.ts";
import { cardButton, handoverButton } from "./cards.ts";
import { leaveButton, leaveCommand } from "./leave.ts";
import { coopLabels, widthFor } from "../../../lib/button-label.ts";

export function peopleConversations(i18n: I18n<ConvCtx>) {
  const c = new Composer<Ctx>();
  c.use(createConversation<Ctx, ConvCtx>(peopleSearch, { id: PEOPLE_SEARCH, plugins: [i18n] }));
  c.use(createConversation<Ctx, ConvCtx>(roleWizard, { id: ROLE_CHANGE, plugins: [i18n] }));
  c.use(createConversation<Ctx, ConvCtx>(coopEditWizard, { id: COOP_EDIT, plugins: [i18n] }));
  return c;
}

export const peopleFeature = new Composer<Ctx>();
const pm = peopleFeature.chatType("private");

pm.command("cari", async (ctx) => {
  const role = ctx.user?.role;
  if (!role || role === "PENGURUS" || !hasConsent(ctx)) return ctx.reply(ctx.t("ppl-not-allowed"));
  await ctx.conversation.exitAll();
  const q = typeof ctx.match === "string" ? ctx.match.trim() : "";
  await ctx.conversation.enter(PEOPLE_SEARCH, q || undefined);
});

pm.command("ubahkoperasi", async (ctx) => {
  if (!hasConsent(ctx)) return ctx.reply(ctx.t("error-need-consent"));
  const seats = (await boardSeats(ctx.deps.prisma, ctx.user!.id)).filter(
    (s) => s.status === "ACTIVE" && s.position !== "PENGAWAS",
  );
  if (seats.length === 0) return ctx.reply(ctx.t("edit-forbidden"));
  await ctx.conversation.exitAll();
  if (seats.length === 1) return ctx.conversation.enter(COOP_EDIT, seats[0]!.coopId);
  const kb = new InlineKeyboard();
  const labels = coopLabels(seats, widthFor(1));
  seats.forEach((s, i) => kb.text(labels[i]!, cardCb.pack("e", s.coopId)).row());
  await ctx.reply(ctx.t("edit-pick-coop"), { reply_markup: kb });
});

pm.command("keluar", (ctx) => (hasConsent(ctx) ? leaveCommand(ctx) : ctx.reply(ctx.t("error-need-consent"))));
peopleFeature.callbackQuery(cardCb.filter, cardButton);
peopleFeature.callbackQuery(handoverCb.filter, handoverButton);
peopleFeature.callbackQuery(leaveCb.filter, leaveButton);
