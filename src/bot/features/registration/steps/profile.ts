// Steps: consent (UU PDP 27/2022), full name, phone (contact button, typed, or skip).
import { InlineKeyboard, Keyboard } from "grammy";
import type { Step } from "../state.ts";
import { withHeader } from "../state.ts";
import { nextInput, settle } from "../wizard-io.ts";
import { checkFullName, checkPhone } from "../validate.ts";
import { recordConsent } from "../../../../services/users.ts";

export const consentStep: Step = async (env) => {
  const { conversation, ctx } = env;
  const t = ctx.t.bind(ctx);
  const kb = () => new InlineKeyboard().text(t("reg-consent-agree"), "ok").text(t("reg-consent-decline"), "no").row().text(t("reg-consent-more"), "more");
  let prompt = await ctx.reply(withHeader(env, `${t("reg-consent")}\n\n${t("cancel-hint")}`), { reply_markup: kb() });
  for (;;) {
    const input = await nextInput(conversation, prompt.message_id);
    if (input.kind === "cb" && input.data === "ok") {
      const at = await conversation.now();
      await conversation.external((octx) => recordConsent(octx.deps.prisma, env.me.id, new Date(at)));
      await settle(input.ctx, withHeader(env, `${t("reg-consent")}\n\n✅ ${t("reg-consent-agree")}`));
      return "next";
    }
    if (input.kind === "cb" && input.data === "no") {
      await settle(input.ctx, withHeader(env, `${t("reg-consent")}\n\n❌ ${t("reg-consent-decline")}`));
      await input.ctx.reply(t("reg-consent-declined"));
      await conversation.halt();
    }
    if (input.kind === "cb" && input.data === "more") {
      await input.ctx.answerCallbackQuery();
      await input.ctx.reply(t("privacy-info"));
    } else {
      await input.ctx.reply(t("reg-use-buttons"));
    }
    prompt = await input.ctx.reply(withHeader(env, t("reg-consent-again")), { reply_markup: kb() });
  }
};

export const nameStep: Step = async (env) => {
  const { conversation, ctx, a } = env;
  const t = ctx.t.bind(ctx);
  const known = a.fullName ?? env.me.fullName ?? undefined;
  const kb = known ? new InlineKeyboard().text(t("reg-keep", { value: known }), "keep") : undefined;
  let prompt = await ctx.reply(withHeader(env, t("reg-name-ask")), kb ? { reply_markup: kb } : {});
  for (;;) {
    const input = await nextInput(conversation, prompt.message_id);
    if (input.kind === "cb" && input.data === "keep" && known) {
      a.fullName = known;
      await settle(input.ctx, withHeader(env, `${t("reg-name-ask")}\n✅ ${known}`));
      return "next";
    }
    const check = checkFullName(input.kind === "text" ? input.text : undefined);
    if (check.ok) {
      a.fullName = check.value;
      return "next";
    }
    await input.ctx.reply(t(input.kind === "text" ? check.error : "reg-name-invalid"));
    prompt = await input.ctx.reply(withHeader(env, t("reg-name-ask")), kb ? { reply_markup: kb } : {});
  }
};

export const phoneStep: Step = async (env) => {
  const { conversation, ctx, a } = env;
  const t = ctx.t.bind(ctx);
  const keyboard = new Keyboard().requestContact(t("reg-phone-share")).row().text(t("reg-phone-skip")).resized().oneTime();
  await ctx.reply(withHeader(env, t("reg-phone-ask")), { reply_markup: keyboard });
  for (;;) {
    const input = await nextInput(conversation, undefined);
    if (input.kind === "contact") {
      if (input.contact.user_id !== undefined && input.contact.user_id !== input.ctx.from?.id) {
        await input.ctx.reply(t("reg-phone-not-own"), { reply_markup: keyboard });
        continue;
      }
      const check = checkPhone(input.contact.phone_number);
      a.phone = check.ok ? check.value : input.contact.phone_number.replace(/[^\d+]/g, "");
      await input.ctx.reply(t("reg-phone-saved", { phone: a.phone }), { reply_markup: { remove_keyboard: true } });
      return "next";
    }
    if (input.kind === "text" && input.text.trim() === t("reg-phone-skip")) {
      a.phone = null;
      await input.ctx.reply(t("reg-phone-skipped"), { reply_markup: { remove_keyboard: true } });
      return "next";
    }
    if (input.kind === "text") {
      const check = checkPhone(input.text);
      if (check.ok) {
        a.phone = check.value;
        await input.ctx.reply(t("reg-phone-saved", { phone: a.phone }), { reply_markup: { remove_keyboard: true } });
        return "next";
      }
    }
    await input.ctx.reply(t("reg-phone-invalid"), { reply_markup: keyboard });
  }
};
