// Steps: new-or-join, cooperative name, AHU number, business units, the person's position.
import { InlineKeyboard } from "grammy";
import type { Step, StepEnv } from "../state.ts";
import { withHeader } from "../state.ts";
import { nextInput, settle } from "../wizard-io.ts";
import { checkCoopName, checkLegalNumber } from "../validate.ts";
import { POSITIONS, UNITS, isPosition, isUnit } from "../options.ts";
import { getWilayah } from "../../../../services/wilayah/index.ts";

/** Ask with buttons only; typed text gets "please use the buttons" and the question again. */
async function choose(env: StepEnv, text: string, kb: InlineKeyboard, accept: (data: string) => boolean) {
  let prompt = await env.ctx.reply(withHeader(env, text), { reply_markup: kb });
  for (;;) {
    const input = await nextInput(env.conversation, prompt.message_id);
    if (input.kind === "cb" && accept(input.data)) return input;
    if (input.kind === "cb") {
      await input.ctx.answerCallbackQuery({ text: input.ctx.t("error-stale-button") });
      continue;
    }
    await input.ctx.reply(input.ctx.t("reg-use-buttons"));
    prompt = await input.ctx.reply(withHeader(env, text), { reply_markup: kb });
  }
}

export const modeStep: Step = async (env) => {
  const t = env.ctx.t.bind(env.ctx);
  const kb = new InlineKeyboard().text(t("reg-mode-new"), "new").row().text(t("reg-mode-join"), "join").row().text(t("btn-back"), "bk");
  const input = await choose(env, t("reg-mode-ask"), kb, (d) => ["new", "join", "bk"].includes(d));
  if (input.data === "bk") {
    await settle(input.ctx, withHeader(env, t("reg-mode-ask")));
    return "back";
  }
  env.a.mode = input.data as "new" | "join";
  await settle(input.ctx, withHeader(env, `${t("reg-mode-ask")}\n✅ ${t(input.data === "new" ? "reg-mode-new" : "reg-mode-join")}`));
  return "next";
};

export function suggestedCoopName(villageCode: string | undefined): string | undefined {
  if (!villageCode) return undefined;
  const w = getWilayah();
  const v = w.village(villageCode);
  if (!v) return undefined;
  const kind = w.isVillageKelurahan(villageCode) === "KELURAHAN" ? "Kelurahan" : "Desa";
  return `Koperasi ${kind} Merah Putih ${v.name}`;
}

export const coopNameStep: Step = async (env) => {
  const { a } = env;
  const t = env.ctx.t.bind(env.ctx);
  const suggestion = a.coopName ?? suggestedCoopName(a.villageCode);
  const kb = new InlineKeyboard();
  if (suggestion) kb.text(t("reg-coopname-use", { name: suggestion }).slice(0, 60), "use").row();
  kb.text(t("btn-back"), "bk");
  let prompt = await env.ctx.reply(withHeader(env, t("reg-coopname-ask", { suggestion: suggestion ?? "-" })), { reply_markup: kb });
  for (;;) {
    const input = await nextInput(env.conversation, prompt.message_id);
    if (input.kind === "cb" && input.data === "bk") {
      await settle(input.ctx, withHeader(env, t("reg-coopname-title")));
      return "back";
    }
    if (input.kind === "cb" && input.data === "use" && suggestion) {
      a.coopName = suggestion;
      await settle(input.ctx, withHeader(env, `${t("reg-coopname-title")}\n✅ ${suggestion}`));
      return "next";
    }
    const check = checkCoopName(input.kind === "text" ? input.text : undefined);
    if (check.ok) {
      a.coopName = check.value;
      return "next";
    }
    await input.ctx.reply(t(input.kind === "text" ? check.error : "reg-coopname-invalid"));
    prompt = await input.ctx.reply(withHeader(env, t("reg-coopname-ask", { suggestion: suggestion ?? "-" })), { reply_markup: kb });
  }
};

export const ahuStep: Step = async (env) => {
  const { a } = env;
  const t = env.ctx.t.bind(env.ctx);
  const kb = new InlineKeyboard().text(t("reg-ahu-none"), "none").row().text(t("btn-back"), "bk");
  let prompt = await env.ctx.reply(withHeader(env, t("reg-ahu-ask")), { reply_markup: kb });
  for (;;) {
    const input = await nextInput(env.conversation, prompt.message_id);
    if (input.kind === "cb" && input.data === "bk") {
      await settle(input.ctx, withHeader(env, t("reg-ahu-title")));
      return "back";
    }
    if (input.kind === "cb" && input.data === "none") {
      a.legalNumber = null;
      await settle(input.ctx, withHeader(env, `${t("reg-ahu-title")}\n✅ ${t("reg-ahu-none")}`));
      return "next";
    }
    if (input.kind === "text" && /^\s*(belum( ada)?|tidak ada|-)\s*$/i.test(input.text)) {
      a.legalNumber = null;
      return "next";
    }
    const check = checkLegalNumber(input.kind === "text" ? input.text : undefined);
    if (check.ok) {
      a.legalNumber = check.value;
      await input.ctx.reply(t("reg-ahu-saved", { number: check.value }));
      return "next";
    }
    await input.ctx.reply(t(check.error));
    prompt = await input.ctx.reply(withHeader(env, t("reg-ahu-ask")), { reply_markup: kb });
  }
};

function unitsKeyboard(t: (k: string) => string, selected: Set<string>) {
  const kb = new InlineKeyboard();
  UNITS.forEach((u, i) => {
    kb.text(`${selected.has(u) ? "✅" : "⬜"} ${t(`unit-${u}`)}`, `u:${u}`);
    if (i % 2 === 1) kb.row();
  });
  return kb.row().text(t("btn-back"), "bk").text(t("reg-units-done"), "done");
}

export const unitsStep: Step = async (env) => {
  const { a } = env;
  let ctx = env.ctx;
  const t = ctx.t.bind(ctx);
  const selected = new Set<string>(a.units ?? []);
  let prompt = await ctx.reply(withHeader(env, t("reg-units-ask")), { reply_markup: unitsKeyboard(t, selected) });
  for (;;) {
    const input = await nextInput(env.conversation, prompt.message_id);
    ctx = input.ctx;
    if (input.kind === "cb" && input.data.startsWith("u:") && isUnit(input.data.slice(2))) {
      const u = input.data.slice(2);
      if (selected.has(u)) selected.delete(u);
      else selected.add(u);
      await ctx.answerCallbackQuery().catch(() => undefined);
      await ctx.editMessageReplyMarkup({ reply_markup: unitsKeyboard(t, selected) }).catch(() => undefined);
      continue;
    }
    if (input.kind === "cb" && input.data === "bk") {
      await settle(ctx, withHeader(env, t("reg-units-title")));
      return "back";
    }
    if (input.kind === "cb" && input.data === "done") {
      if (selected.size === 0) {
        await ctx.answerCallbackQuery({ text: t("reg-units-none"), show_alert: true });
        continue;
      }
      a.units = UNITS.filter((u) => selected.has(u));
      await settle(ctx, withHeader(env, `${t("reg-units-title")}\n✅ ${a.units.map((u) => t(`unit-${u}`)).join(", ")}`));
      return "next";
    }
    if (input.kind === "cb") {
      await ctx.answerCallbackQuery({ text: t("error-stale-button") });
      continue;
    }
    await ctx.reply(t("reg-units-use-buttons"));
    prompt = await ctx.reply(withHeader(env, t("reg-units-ask")), { reply_markup: unitsKeyboard(t, selected) });
  }
};

export const positionStep: Step = async (env) => {
  const t = env.ctx.t.bind(env.ctx);
  const kb = new InlineKeyboard();
  POSITIONS.forEach((p, i) => {
    kb.text(t(`position-${p}`), `p:${p}`);
    if (i % 2 === 1) kb.row();
  });
  kb.row().text(t("btn-back"), "bk");
  const question = env.a.mode === "join" ? t("reg-position-ask-join", { name: env.a.joinCoopName ?? "" }) : t("reg-position-ask");
  const input = await choose(env, question, kb, (d) => d === "bk" || (d.startsWith("p:") && isPosition(d.slice(2))));
  if (input.data === "bk") {
    await settle(input.ctx, withHeader(env, question));
    return "back";
  }
  const p = input.data.slice(2);
  if (isPosition(p)) env.a.position = p;
  await settle(input.ctx, withHeader(env, `${question}\n✅ ${t(`position-${p}`)}`));
  return "next";
};
