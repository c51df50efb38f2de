// Steps: consent (UU PDP), full name, phone (contact button, typed, or skip).
import { InlineKeyboard, Keyboard } from "grammy";
import type { Step } from "../state.ts";
import { withHeader } from "../state.ts";
import { askConsent, parseFullName, w, type MessageInput, type Parsed } from "../../../kit/index.ts";
import { checkPhone } from "../validate.ts";
import { recordConsent } from "../../../../services/users.ts";
import { offerStaffRole } from "./staff-match.ts";

export const consentStep: Step = async (env) => {
  const { ask } = env;
  const { conversation } = ask;
  if (!(await askConsent(ask, (body) => withHeader(env, body)))) {
    await ask.reply(ask.ctx.t("reg-consent-declined"));
    return conversation.halt();
  }
  const at = await conversation.now();
  await conversation.external((octx) => recordConsent(octx.deps.prisma, env.me.id, new Date(at)));
  return "next";
};

export const nameStep: Step = async (env) => {
  const { a } = env;
  const t = env.ask.ctx.t.bind(env.ask.ctx);
  const known = a.fullName ?? env.me.fullName ?? undefined;
  const r = await env.ask.field({
    text: withHeader(env, t("reg-name-ask")),
    keyboard: known ? new InlineKeyboard().text(t("reg-keep", { value: known }).slice(0, 60), w("keep")) : undefined,
    choices: known ? (["keep"] as const) : [],
    shown: () => known ?? "",
    parse: parseFullName,
  });
  a.fullName = r.kind === "value" ? r.value : known;
  return "next";
};

/** A button label without its leading emoji, lower case: "⏭ Lewati" → "lewati". */
const bareLabel = (s: string) =>
  s
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .trim()
    .toLowerCase();

/** The phone, and whether Telegram vouches it is the sender's own (contact button, their user id). */
type PhoneAnswer = { phone: string | null; verified: boolean };

function parsePhone(input: MessageInput, skipLabel: string): Parsed<PhoneAnswer> {
  if (input.kind === "contact") {
    if (input.contact.user_id !== undefined && input.contact.user_id !== input.ctx.from?.id)
      return { ok: false, error: "reg-phone-not-own" };
    const check = checkPhone(input.contact.phone_number);
    const phone = check.ok ? check.value : input.contact.phone_number.replace(/[^\d+]/g, "");
    return { ok: true, value: { phone, verified: input.contact.user_id === input.ctx.from?.id } };
  }
  if (input.kind !== "text") return { ok: false, error: "reg-phone-invalid" };
  if (bareLabel(input.text) === bareLabel(skipLabel)) return { ok: true, value: { phone: null, verified: false } }; // "⏭ Lewati" or typed "lewati"
  const typed = checkPhone(input.text);
  return typed.ok ? { ok: true, value: { phone: typed.value, verified: false } } : typed;
}

export const phoneStep: Step = async (env) => {
  const t = env.ask.ctx.t.bind(env.ask.ctx);
  const skip = t("reg-phone-skip");
  const r = await env.ask.field({
    text: withHeader(env, t("reg-phone-ask")),
    keyboard: new Keyboard().requestContact(t("reg-phone-share")).row().text(skip).resized().oneTime(),
    accept: ["text", "contact"],
    parse: (input) => parsePhone(input, skip),
  });
  const answer = r.kind === "value" ? r.value : { phone: null, verified: false };
  const phone = answer.phone;
  env.a.phone = phone;
  env.a.phoneVerified = answer.verified;
  await env.ask.reply(phone ? t("reg-phone-saved", { phone }) : t("reg-phone-skipped"), {
    reply_markup: { remove_keyboard: true },
  });
  // a rostered pendamping/Dinas officer is offered their role (only on their own, Telegram-shared number)
  if (phone && answer.verified) return offerStaffRole(env, phone);
  return "next";
};
