// Problems this month (free text), or one tap for "no problems".
import { InlineKeyboard } from "grammy";
import { fieldDef } from "../../../../services/reports/questions.ts";
import { parseValue } from "../../../../services/reports/input.ts";
import { type Env, keepEarlyPhoto, nextInput, saveValues } from "../env.ts";
import { answerStale, dropButtons, settle } from "../../../kit/index.ts";
import type { StepOutcome } from "./numbers.ts";
import { fmtValue } from "../render.ts";
import { noKendalaBtn } from "../callback-data.ts";

export async function kendalaStep(env: Env): Promise<StepOutcome> {
  const { t, view } = env;
  const current = view.values.kendala;
  const text = [
    `${env.header} · ${t("rep-g-kendala")}`,
    t("rep-kendala-ask"),
    ...(current !== undefined ? [t("rep-current", { values: fmtValue(t, "kendala", current) })] : []),
  ].join("\n");
  const prompt = await env.ask.reply(text, {
    reply_markup: new InlineKeyboard().text(t("rep-kendala-none"), noKendalaBtn.pack()),
  });
  for (;;) {
    const input = await nextInput(env, prompt.message_id);
    if (input.kind === "button" && input.data === noKendalaBtn.payload()) {
      await settle(input.ctx, `${text}\n${t("rep-kendala-none")}`);
      return saveValues(env, { kendala: "" }, { quiet: true });
    }
    if (input.kind === "button") {
      await answerStale(input.ctx);
      continue;
    }
    await dropButtons(input.ctx, prompt.message_id); // typed instead of pressed: the step is asked again or done
    if (input.kind === "photo") await keepEarlyPhoto(env, input);
    if (input.kind !== "text") {
      await input.ctx.reply(t("rep-kendala-type"));
      return { kind: "ok", saved: [] };
    }
    const r = parseValue(fieldDef("kendala")!, input.text);
    if (!r.ok) {
      await input.ctx.reply(t(r.reason === "too_long" ? "rep-err-too-long" : "rep-kendala-type"));
      return { kind: "ok", saved: [] };
    }
    return saveValues(env, { kendala: r.value }, { quiet: true });
  }
}
