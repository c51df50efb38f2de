// /bahasa: choose Indonesian or English; stored on the user.
import { Composer, InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { isLocale } from "../../../i18n.ts";
import { setLocale } from "../../../services/users.ts";
import { langCb } from "./callback-data.ts";

export const languageFeature = new Composer<Ctx>();

languageFeature.command("bahasa", async (ctx) => {
  const kb = new InlineKeyboard().text(ctx.t("language-id"), langCb.pack("id")).text(ctx.t("language-en"), langCb.pack("en"));
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
  await ctx.editMessageText(ctx.t("language-set")).catch(() => undefined);
});
