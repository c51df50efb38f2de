// The operational readiness checklist: one button per item, a press moves it to its next state
// (⬜ → ✅, or ⬜ → 🚧 → ✅ for construction…); "Lanjut" saves it into the report. A location pin
// sent here marks the land of the gerai or the warehouse. One tap when nothing changed.
import { InlineKeyboard } from "grammy";
import { CHECKLIST, type Checklist, checklistDef, cycleState, encodeChecklist } from "../../../../services/readiness.ts";
import { type T, checklistLabel } from "../render.ts";
import { type Env, askChoice, keepEarlyPhoto, nextInput, saveValues } from "../env.ts";
import { answerStale, dropButtons, settle, w } from "../../../kit/index.ts";
import type { StepOutcome } from "./numbers.ts";

function keyboard(t: T, c: Checklist): InlineKeyboard {
  const kb = new InlineKeyboard();
  CHECKLIST.forEach(({ item }, i) => {
    kb.text(checklistLabel(t, item, c[item]?.state ?? "NO"), w(`t.${item}`));
    if (i % 2 === 1) kb.row();
  });
  return kb.row().text(t("rep-ck-done"), w("ok"));
}

export async function checklistStep(env: Env): Promise<StepOutcome> {
  const { t, conversation } = env;
  const state: Checklist = structuredClone(env.view.checklist);
  for (const { item } of CHECKLIST) state[item] ??= { state: "NO" };
  const text = `${env.header} · ${t("rep-g-kesiapan")}\n${t("rep-ck-ask")}`;
  let prompt = await env.ctx.reply(text, { reply_markup: keyboard(t, state) });
  for (;;) {
    const input = await nextInput(env, prompt.message_id);
    if (input.kind === "button" && input.data.startsWith("t.") && checklistDef(input.data.slice(2))) {
      const item = input.data.slice(2);
      state[item] = { ...state[item], state: cycleState(item, state[item]!.state) };
      await input.ctx.answerCallbackQuery().catch(() => undefined);
      await input.ctx.editMessageReplyMarkup({ reply_markup: keyboard(t, state) }).catch(() => undefined);
      continue;
    }
    if (input.kind === "button" && input.data === "ok") {
      await settle(input.ctx, `${text}\n✅ ${t("rep-ck-saved")}`);
      return saveValues(env, { kesiapan: encodeChecklist(state) }, { quiet: true });
    }
    if (input.kind === "button") {
      await answerStale(input.ctx);
      continue;
    }
    if (input.kind === "location") {
      const item = await pickLand(env);
      state[item] = { state: "YES", lat: input.lat, lng: input.lng };
      await env.ctx.reply(t("rep-ck-pin-saved", { item: t(`rep-ck-short-${item}`) }));
    } else if (input.kind === "photo") {
      await keepEarlyPhoto(env, input);
    } else {
      await input.ctx.reply(t("rep-ck-use-buttons"));
    }
    await dropButtons(env.ctx, prompt.message_id);
    prompt = await env.ctx.reply(text, { reply_markup: keyboard(t, state) });
  }
}

async function pickLand(env: Env): Promise<string> {
  const { t } = env;
  const kb = new InlineKeyboard().text(t("rep-ck-short-LAND_GERAI"), w("LAND_GERAI")).text(t("rep-ck-short-LAND_GUDANG"), w("LAND_GUDANG"));
  return askChoice(env, t("rep-ck-pin-which"), kb, ["LAND_GERAI", "LAND_GUDANG"] as const, (c) => t(`rep-ck-short-${c}`));
}
