// A typed answer checked by a parser; on bad input the user is told what was wrong (the error
// message carries an example) and the same question is asked again. Optional buttons on the
// prompt (e.g. "Pakai: <saran>", "Lewati") answer it too.
import type { InlineKeyboard, Keyboard } from "grammy";
import type { Conv, ConvCtx } from "../context.ts";
import { type InputKind, type MessageInput, waitInput } from "./input.ts";
import { dropButtons, settle, answerStale } from "./settle.ts";
import type { Answered } from "./ask-buttons.ts";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; vars?: Record<string, string | number> };

export interface FieldQuestion<T, C extends string> {
  text: string;
  /** inline buttons (built with `w(choice)`) or a reply keyboard (e.g. a contact button) */
  keyboard?: InlineKeyboard | Keyboard;
  /** wizard buttons accepted on the prompt */
  choices?: readonly C[];
  /** shown on the prompt after a button press ("text\n✅ shown(choice)"; undefined: the text alone) */
  shown?: (choice: C) => string | undefined;
  /** message kinds the parser takes (default text only) */
  accept?: readonly InputKind[];
  parse: (input: MessageInput) => Parsed<T>;
  passThrough?: (text: string) => boolean;
}

export type FieldAnswer<T, C extends string> = Answered<{ kind: "value"; value: T } | { kind: "button"; choice: C }>;

const isInline = (kb: InlineKeyboard | Keyboard | undefined): kb is InlineKeyboard => !!kb && "inline_keyboard" in kb;

export async function askField<T, C extends string = never>(
  conversation: Conv,
  ctx: ConvCtx,
  q: FieldQuestion<T, C>,
): Promise<FieldAnswer<T, C>> {
  const send = (c: ConvCtx) => c.reply(q.text, q.keyboard ? { reply_markup: q.keyboard } : {});
  let prompt = await send(ctx);
  for (;;) {
    const input = await waitInput(conversation, {
      promptId: prompt.message_id,
      accept: q.accept,
      passThrough: q.passThrough,
    });
    if (input.kind === "button") {
      const choice = q.choices?.find((c) => c === input.data);
      if (choice === undefined) {
        await answerStale(input.ctx);
        continue;
      }
      const shown = q.shown?.(choice);
      await settle(input.ctx, shown !== undefined ? `${q.text}\n✅ ${shown}` : q.text);
      return { value: { kind: "button", choice }, ctx: input.ctx, promptId: prompt.message_id };
    }
    const parsed = q.parse(input);
    if (parsed.ok) {
      if (isInline(q.keyboard)) await dropButtons(input.ctx, prompt.message_id);
      return { value: { kind: "value", value: parsed.value }, ctx: input.ctx, promptId: prompt.message_id };
    }
    await input.ctx.reply(input.ctx.t(parsed.error, parsed.vars));
    if (isInline(q.keyboard)) await dropButtons(input.ctx, prompt.message_id);
    prompt = await send(input.ctx);
  }
}
