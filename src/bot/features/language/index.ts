// /bahasa: choose Indonesian or English; stored on the user. People who have the menu keyboard
// (staff, pengurus of a koperasi) get it again in the new language.
import { Composer, InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { isLocale } from "../../../i18n.ts";
import { setLocale } from "../../../services/users.ts";
import { langCb } from "./callback-data.ts";
import { hasActiveOrPendingMembership } from "../../../services/cooperatives.ts";
import { mainMenu } from "../../keyboards/main-menu.ts";
import { hasConsent } from "../../middlewares/auth.ts";

export const languageFeature = new Composer<Ctx>();

languageFeature.command("bahasa", async (ctx) => {
  const kb = new InlineKeyboard()
    .text(ctx.t("language-id"), langCb.pack("id"))
    .text(ctx.t("language-en"), langCb.pack("en"));
  await ctx.reply(ctx.t("language-choose"), { reply_markup: kb });
});

languageFeature.callbackQuery(langCb.filter, async (ctx) => {
  const data = langCb.unpack(ctx.callbackQuery.data);
  if (!data || !isLocale(data.code) || !ctx.user) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-stale-button") });
    return;
  }
  await setLocale(ctx.deps.prisma, ctx.user.id, data.code);
  ctx.deps.locales.set(ctx.from.id, data.code);
  ctx.i18n.useLocale(data.code);
  await ctx.answerCallbackQuery();
  const user = ctx.user;
  const hasMenu =
    user.role !== "PENGURUS" || (hasConsent(ctx) && (await hasActiveOrPendingMembership(ctx.deps.prisma, user.id)));
  if (!hasMenu) {
    await ctx.editMessageText(ctx.t("language-set")).catch(() => undefined);
    return;
  }
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await ctx.reply(ctx.t("language-set"), { reply_markup: mainMenu(ctx.t.bind(ctx), ctx.user?.role) });
});
