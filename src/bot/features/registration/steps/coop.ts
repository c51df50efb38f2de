// Steps: the person's position, AHU number, business units; the koperasi name (from the summary).
import type { Translate } from "../../../../lib/translate.ts";
import { InlineKeyboard } from "grammy";
import type { Step } from "../state.ts";
import { withHeader } from "../state.ts";
import { dropButtons, settle, w } from "../../../kit/index.ts";
import { checkCoopName, checkLegalNumber } from "../validate.ts";
import { POSITIONS, UNITS, isUnit } from "../options.ts";
import { getWilayah } from "../../../../services/wilayah/index.ts";

export function suggestedCoopName(villageCode: string | undefined): string | undefined {
  if (!villageCode) return undefined;
  const wil = getWilayah();
  const v = wil.village(villageCode);
  if (!v) return undefined;
  const kind = wil.isVillageKelurahan(villageCode) === "KELURAHAN" ? "Kelurahan" : "Desa";
  return `Koperasi ${kind} Merah Putih ${v.name}`;
}

export const positionStep: Step = async (env) => {
  const t = env.ask.ctx.t.bind(env.ask.ctx);
  const keyboard = new InlineKeyboard();
  POSITIONS.forEach((p, i) => {
    keyboard.text(t(`position-${p}`), w(`p:${p}`));
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.row().text(t("btn-back"), w("back"));
  const question =
    env.a.mode === "join" || env.a.mode === "claim"
      ? t("reg-position-ask-join", { name: (env.a.mode === "join" ? env.a.joinCoopName : env.a.coopName) ?? "" })
      : t("reg-position-ask");
  const r = await env.ask.buttons({
    text: withHeader(env, question),
    keyboard,
    choices: [...POSITIONS.map((p) => `p:${p}` as const), "back"] as const,
    shown: (c) => (c === "back" ? undefined : t(`position-${c.slice(2)}`)),
  });
  if (r === "back") return "back";
  env.a.position = POSITIONS.find((p) => `p:${p}` === r);
  return "next";
};

const NO_AHU = /^\s*(belum( ada)?|tidak ada|-)\s*$/i;

export const ahuStep: Step = async (env) => {
  const t = env.ask.ctx.t.bind(env.ask.ctx);
  const r = await env.ask.field({
    text: withHeader(env, t("reg-ahu-ask")),
    keyboard: new InlineKeyboard().text(t("reg-ahu-none"), w("none")).row().text(t("btn-back"), w("back")),
    choices: ["none", "back"] as const,
    shown: (c) => (c === "none" ? t("reg-ahu-none") : undefined),
    parse: (input) => {
      if (input.kind !== "text") return { ok: false, error: "reg-ahu-invalid" };
      if (NO_AHU.test(input.text)) return { ok: true, value: null };
      return checkLegalNumber(input.text);
    },
  });
  if (r.kind === "button" && r.choice === "back") return "back";
  const number = r.kind === "value" ? r.value : null;
  env.a.legalNumber = number;
  if (number) await env.ask.reply(t("reg-ahu-saved", { number }));
  return "next";
};

function unitsKeyboard(t: Translate, selected: Set<string>) {
  const kb = new InlineKeyboard();
  UNITS.forEach((u, i) => {
    kb.text(`${selected.has(u) ? "✅" : "⬜"} ${t(`unit-${u}`)}`, w(`u:${u}`));
    if (i % 2 === 1) kb.row();
  });
  return kb.row().text(t("btn-back"), w("back")).text(t("reg-units-done"), w("done"));
}

/** Tap to tick (several), then Selesai: a toggle list the kit's one-shot questions do not cover. */
export const unitsStep: Step = async (env) => {
  const t = env.ask.ctx.t.bind(env.ask.ctx);
  const selected = new Set<string>(env.a.units ?? env.a.unitsTicked ?? []);
  const show = () => env.ask.reply(withHeader(env, t("reg-units-ask")), { reply_markup: unitsKeyboard(t, selected) });
  let prompt = await show();
  for (;;) {
    const input = await env.ask.input({ promptId: prompt.message_id });
    if (input.kind !== "button") {
      await env.ask.reply(t("reg-units-use-buttons"));
      await dropButtons(env.ask.ctx, prompt.message_id);
      prompt = await show();
      continue;
    }
    if (input.data.startsWith("u:") && isUnit(input.data.slice(2))) {
      const u = input.data.slice(2);
      if (selected.has(u)) selected.delete(u);
      else selected.add(u);
      await env.ask.ctx.answerCallbackQuery().catch(() => undefined);
      await env.ask.ctx.editMessageReplyMarkup({ reply_markup: unitsKeyboard(t, selected) }).catch(() => undefined);
    } else if (input.data === "back") {
      env.a.unitsTicked = UNITS.filter((u) => selected.has(u));
      await settle(env.ask.ctx, withHeader(env, t("reg-units-title")));
      return "back";
    } else if (input.data === "done" && selected.size === 0) {
      await env.ask.ctx.answerCallbackQuery({ text: t("reg-units-none"), show_alert: true }).catch(() => undefined);
    } else if (input.data === "done") {
      env.a.units = UNITS.filter((u) => selected.has(u));
      await settle(
        env.ask.ctx,
        withHeader(env, `${t("reg-units-title")}\n✅ ${env.a.units.map((u) => t(`unit-${u}`)).join(", ")}`),
      );
      return "next";
    } else {
      await env.ask.ctx.answerCallbackQuery({ text: t("error-stale-button") }).catch(() => undefined);
    }
  }
};

/** Only from the summary ("Ubah nama koperasi"): keep the suggestion or type another name. */
export const coopNameStep: Step = async (env) => {
  const { a } = env;
  const t = env.ask.ctx.t.bind(env.ask.ctx);
  const suggestion = suggestedCoopName(a.villageCode);
  const keyboard = new InlineKeyboard();
  if (suggestion) keyboard.text(t("reg-coopname-use", { name: suggestion }).slice(0, 60), w("use")).row();
  keyboard.text(t("btn-back"), w("back"));
  const r = await env.ask.field({
    text: t("reg-coopname-ask", { current: a.coopName ?? "-" }),
    keyboard,
    choices: suggestion ? (["use", "back"] as const) : (["back"] as const),
    shown: (c) => (c === "use" ? suggestion : undefined),
    parse: (input) =>
      input.kind === "text" ? checkCoopName(input.text) : { ok: false, error: "reg-coopname-invalid" },
  });
  if (r.kind === "button" && r.choice === "back") return "back";
  if (r.kind === "button") {
    a.coopName = suggestion;
    a.coopNameTyped = false;
  } else {
    a.coopName = r.value;
    a.coopNameTyped = true;
  }
  return "next";
};
