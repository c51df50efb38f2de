// A prompt whose buttons change it in place (toggles, moving between lists) until one press ends
// it: e.g. tick coops across kecamatan, or flag report fields. Typed input gets "use the buttons"
// and the prompt again (the old one loses its buttons); presses the step does not know are stale.
import type { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx } from "../context.ts";
import type { Answered } from "./ask-buttons.ts";
import { waitInput } from "./input.ts";
import { answerStale, dropButtons, settle } from "./settle.ts";

/** What a press does: end with a value (the prompt shows `shown`), redraw, alert, or nothing (stale). */
export type MenuStep<R> = { done: R; shown: string } | "redraw" | { alert: string } | undefined;

export interface MenuQuestion<R> {
  view: () => { text: string; keyboard: InlineKeyboard };
  /** the press's payload (prefix stripped); may load data through conversation.external */
  onPress: (data: string, ctx: ConvCtx) => MenuStep<R> | Promise<MenuStep<R>>;
  /** i18n key said when the user types instead of pressing (default "kit-use-buttons") */
  retryKey?: string;
  passThrough?: (text: string) => boolean;
}

export async function askMenu<R>(conversation: Conv, ctx: ConvCtx, q: MenuQuestion<R>): Promise<Answered<R>> {
  let v = q.view();
  let prompt = await ctx.reply(v.text, { reply_markup: v.keyboard });
  for (;;) {
    const input = await waitInput(conversation, { promptId: prompt.message_id, passThrough: q.passThrough });
    const c = input.ctx;
    if (input.kind !== "button") {
      await c.reply(c.t(q.retryKey ?? "kit-use-buttons"));
      await dropButtons(c, prompt.message_id);
      v = q.view();
      prompt = await c.reply(v.text, { reply_markup: v.keyboard });
      continue;
    }
    const step = await q.onPress(input.data, c);
    if (step === undefined) await answerStale(c);
    else if (step === "redraw") {
      await c.answerCallbackQuery().catch(() => undefined);
      v = q.view();
      await c.editMessageText(v.text, { reply_markup: v.keyboard }).catch(() => undefined);
    } else if ("alert" in step)
      await c.answerCallbackQuery({ text: step.alert, show_alert: true }).catch(() => undefined);
    else {
      await settle(c, step.shown);
      return { value: step.done, ctx: c, promptId: prompt.message_id };
    }
  }
}
