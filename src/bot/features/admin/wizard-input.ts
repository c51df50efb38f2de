// Input for the staff wizards (invite, assignment, help request). Unlike registration's
// nextInput, anything that is not for this wizard passes through to the features: a button on
// another message (a help card's Ambil…), a /command, a main-menu button. So a BA in the middle of
// a wizard can still take a request; stale wizard buttons end up in "unhandled" ("no longer valid").
import type { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { Conv, ConvCtx } from "../../context.ts";
import { MENU_KEYS } from "../../keyboards/main-menu.ts";

export type WizardInput =
  | { kind: "cb"; data: string; ctx: ConvCtx }
  | { kind: "text"; text: string; ctx: ConvCtx; message: Message }
  | { kind: "photo"; fileId: string; caption?: string; ctx: ConvCtx; message: Message }
  | { kind: "document"; fileId: string; caption?: string; ctx: ConvCtx; message: Message }
  | { kind: "other"; ctx: ConvCtx };

function isMenuLabel(ctx: ConvCtx, text: string): boolean {
  return MENU_KEYS.flat().some((k) => ctx.t(k) === text);
}

export async function wizardInput(conversation: Conv, promptId: number | undefined): Promise<WizardInput> {
  for (;;) {
    const c = await conversation.wait();
    const cq = c.callbackQuery;
    if (cq) {
      if (promptId !== undefined && cq.message?.message_id === promptId && cq.data) return { kind: "cb", data: cq.data, ctx: c };
      await conversation.skip({ next: true });
    }
    const msg = c.message;
    if (!msg) continue;
    if (msg.text !== undefined) {
      if (msg.text.startsWith("/") || isMenuLabel(c, msg.text)) await conversation.skip({ next: true });
      return { kind: "text", text: msg.text, ctx: c, message: msg };
    }
    if (msg.photo?.length) return { kind: "photo", fileId: msg.photo[msg.photo.length - 1]!.file_id, caption: msg.caption, ctx: c, message: msg };
    if (msg.document) return { kind: "document", fileId: msg.document.file_id, caption: msg.caption, ctx: c, message: msg };
    return { kind: "other", ctx: c };
  }
}

/** Answer the button press and edit the prompt to show the choice (buttons removed). */
export async function settleChoice(ctx: ConvCtx, text: string) {
  await ctx.answerCallbackQuery().catch(() => undefined);
  await ctx.editMessageText(text).catch(() => undefined);
}

/**
 * Ask with buttons only: a press on this prompt that `accept`s is returned; other presses on it
 * are just answered; typed input gets `useButtonsKey` and the question again.
 */
export async function askButtons(conversation: Conv, ctx: ConvCtx, text: string, kb: InlineKeyboard, accept: (d: string) => boolean, useButtonsKey: string) {
  let prompt = await ctx.reply(text, { reply_markup: kb });
  for (;;) {
    const input = await wizardInput(conversation, prompt.message_id);
    if (input.kind === "cb" && accept(input.data)) return input;
    if (input.kind === "cb") {
      await input.ctx.answerCallbackQuery().catch(() => undefined);
      continue;
    }
    await input.ctx.reply(input.ctx.t(useButtonsKey));
    prompt = await input.ctx.reply(text, { reply_markup: kb });
  }
}
