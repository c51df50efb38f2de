// /dataku exports the person's data as a JSON file; /hapusdata erases it after confirmation.
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { Ctx } from "../../context.ts";
import { exportUserData, eraseUserData } from "../../../services/privacy.ts";
import { eraseCb } from "./callback-data.ts";

export const privacyFeature = new Composer<Ctx>();
const pm = privacyFeature.chatType("private");

pm.command("dataku", async (ctx) => {
  await ctx.replyWithChatAction("upload_document").catch(() => undefined);
  const data = await exportUserData(ctx.deps.prisma, ctx.user!.id);
  const json = JSON.stringify(data, null, 2);
  await ctx.replyWithDocument(new InputFile(Buffer.from(json, "utf8"), `data-saya-${ctx.from.id}.json`), {
    caption: ctx.t("privacy-export-caption"),
  });
});

pm.command("hapusdata", async (ctx) => {
  const kb = new InlineKeyboard()
    .text(ctx.t("privacy-erase-confirm"), eraseCb.pack("erase"))
    .text(ctx.t("privacy-erase-cancel"), eraseCb.pack("keep"));
  await ctx.reply(ctx.t("privacy-erase-ask"), { reply_markup: kb });
});

pm.callbackQuery(eraseCb.pack("erase"), async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await eraseUserData(ctx.deps.prisma, ctx.user!.id, ctx.deps.clock.now());
  ctx.deps.locales.set(ctx.from.id, undefined);
  await ctx.editMessageText(ctx.t("privacy-erased")).catch(() => undefined);
  await ctx.reply(ctx.t("privacy-erased-menu"), { reply_markup: { remove_keyboard: true } });
});

pm.callbackQuery(eraseCb.pack("keep"), async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t("privacy-erase-kept")).catch(() => undefined);
});
