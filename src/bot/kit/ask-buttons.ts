// A question answered only by one of a set of buttons on its prompt.
import type { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx } from "../context.ts";
import { waitInput } from "./input.ts";
import { dropButtons, settle, settleKeepText, answerStale } from "./settle.ts";

export interface ButtonQuestion<C extends string> {
  text: string;
  /** buttons built with `w(choice)` */
  keyboard: InlineKeyboard;
  choices: readonly C[];
  /** when given, the prompt is edited to "text\n✅ shown(choice)"; otherwise (or when it gives
   *  undefined, e.g. for Kembali) only its buttons go */
  shown?: (choice: C) => string | undefined;
  /** when given and it returns a text, the prompt becomes exactly that text (its buttons go in the
   *  same edit); takes precedence over `shown` */
  settledText?: (choice: C) => string | undefined;
  /** i18n key said when the user types instead of pressing (default "kit-use-buttons") */
  retryKey?: string;
  passThrough?: (text: string) => boolean;
}

export interface Answered<V> {
  value: V;
  /** the context of the answering update (reply with it) */
  ctx: ConvCtx;
  promptId: number;
}

export async function askButtons<C extends string>(
  conversation: Conv,
  ctx: ConvCtx,
  q: ButtonQuestion<C>,
): Promise<Answered<C>> {
  let prompt = await ctx.reply(q.text, { reply_markup: q.keyboard });
  for (;;) {
    const input = await waitInput(conversation, { promptId: prompt.message_id, passThrough: q.passThrough });
    if (input.kind === "button") {
      const choice = q.choices.find((c) => c === input.data);
      if (choice === undefined) {
        await answerStale(input.ctx);
        continue;
      }
      const settled = q.settledText?.(choice);
      const shown = q.shown?.(choice);
      if (settled !== undefined) await settle(input.ctx, settled);
      else if (shown !== undefined) await settle(input.ctx, `${q.text}\n✅ ${shown}`);
      else await settleKeepText(input.ctx);
      return { value: choice, ctx: input.ctx, promptId: prompt.message_id };
    }
    await input.ctx.reply(input.ctx.t(q.retryKey ?? "kit-use-buttons"));
    await dropButtons(input.ctx, prompt.message_id);
    prompt = await input.ctx.reply(q.text, { reply_markup: q.keyboard });
  }
}
