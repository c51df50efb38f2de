// Input plumbing for wizards: wait for the next meaningful update and classify it.
// Button presses are accepted only on the current prompt message; presses on older messages
// are answered "no longer valid" and the wizard keeps waiting at the same step.
import type { Contact } from "grammy/types";
import type { Conv, ConvCtx } from "../../context.ts";

export type Input =
  | { kind: "cb"; data: string; ctx: ConvCtx }
  | { kind: "text"; text: string; ctx: ConvCtx }
  | { kind: "contact"; contact: Contact; ctx: ConvCtx }
  | { kind: "other"; ctx: ConvCtx };

export async function nextInput(conversation: Conv, promptId: number | undefined): Promise<Input> {
  for (;;) {
    const c = await conversation.wait();
    const cq = c.callbackQuery;
    if (cq) {
      if (promptId !== undefined && cq.message?.message_id === promptId && cq.data) return { kind: "cb", data: cq.data, ctx: c };
      await c.answerCallbackQuery({ text: c.t("error-stale-button") });
      continue;
    }
    const msg = c.message;
    if (!msg) continue; // edits, reactions…: nothing to answer
    if (msg.contact) return { kind: "contact", contact: msg.contact, ctx: c };
    if (msg.text !== undefined) return { kind: "text", text: msg.text, ctx: c };
    return { kind: "other", ctx: c };
  }
}

/** Edit a prompt to show the choice made, removing its buttons. Never fails the wizard. */
export async function settle(ctx: ConvCtx, text: string) {
  await ctx.answerCallbackQuery().catch(() => undefined);
  await ctx.editMessageText(text).catch(() => undefined);
}
