// The operational readiness checklist: one button per item, a press moves it to its next state
// (⬜ → ✅, or ⬜ → 🚧 → ✅ for construction…); "Lanjut" saves it into the report. A location pin
// sent here marks the land of the gerai or the warehouse. One tap when nothing changed.
import { InlineKeyboard } from "grammy";
import {
  CHECKLIST,
  type Checklist,
  checklistDef,
  cycleState,
  encodeChecklist,
} from "../../../../services/readiness.ts";
import { checklistLabel } from "../render.ts";
import { type Env, askChoice, keepEarlyPhoto, nextInput, saveValues } from "../env.ts";
import { answerStale, dropButtons, settle } from "../../../kit/index.ts";
import type { StepOutcome } from "./numbers.ts";
import { checkDoneBtn, checkItemBtn, landBtn } from "../callback-data.ts";
import { type Translate } from "../../../../i18n.ts";

function keyboard(t: Translate, c: Checklist): InlineKeyboard {
  const kb = new InlineKeyboard();
  CHECKLIST.forEach(({ item }, i) => {
    kb.text(checklistLabel(t, item, c[item]?.state ?? "NO"), checkItemBtn.pack(item));
    if (i % 2 === 1) kb.row();
  });
  return kb.row().text(t("rep-ck-done"), checkDoneBtn.pack());
}

export async function checklistStep(env: Env): Promise<StepOutcome> {
  const { t } = env;
  const state: Checklist = structuredClone(env.view.checklist);
  for (const { item } of CHECKLIST) state[item] ??= { state: "NO" };
  const text = `${env.header} · ${t("rep-g-kesiapan")}\n${t("rep-ck-ask")}`;
  let prompt = await env.ask.reply(text, { reply_markup: keyboard(t, state) });
  for (;;) {
    const input = await nextInput(env, prompt.message_id);
    const item = input.kind === "button" ? checkItemBtn.unpack(input.data)?.item : undefined;
    if (input.kind === "button" && item && checklistDef(item)) {
      state[item] = { ...state[item], state: cycleState(item, state[item]!.state) };
      await input.ctx.answerCallbackQuery().catch(() => undefined);
      await input.ctx.editMessageReplyMarkup({ reply_markup: keyboard(t, state) }).catch(() => undefined);
      continue;
    }
    if (input.kind === "button" && input.data === checkDoneBtn.payload()) {
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
      await env.ask.reply(t("rep-ck-pin-saved", { item: t(`rep-ck-short-${item}`) }));
    } else if (input.kind === "photo") {
      await keepEarlyPhoto(env, input);
    } else {
      await input.ctx.reply(t("rep-ck-use-buttons"));
    }
    await dropButtons(env.ask.ctx, prompt.message_id);
    prompt = await env.ask.reply(text, { reply_markup: keyboard(t, state) });
  }
}

async function pickLand(env: Env): Promise<string> {
  const { t } = env;
  const items = ["LAND_GERAI", "LAND_GUDANG"] as const;
  const kb = new InlineKeyboard();
  for (const item of items) kb.text(t(`rep-ck-short-${item}`), landBtn.pack(item));
  const itemOf = (c: string) => landBtn.unpack(c)!.item;
  return itemOf(
    await askChoice(
      env,
      t("rep-ck-pin-which"),
      kb,
      items.map((i) => landBtn.payload(i)),
      (c) => t(`rep-ck-short-${itemOf(c)}`),
    ),
  );
}
