// After a button press: stop the spinner and show the choice on the prompt (its buttons removed).
// These never fail the wizard (the message may be too old to edit, or unchanged).
import type { ConvCtx } from "../context.ts";

export async function settle(ctx: ConvCtx, text: string): Promise<void> {
  await ctx.answerCallbackQuery().catch(() => undefined);
  await ctx.editMessageText(text).catch(() => undefined);
}

/** Answer the press and remove the prompt's buttons, keeping its text. */
export async function settleKeepText(ctx: ConvCtx): Promise<void> {
  await ctx.answerCallbackQuery().catch(() => undefined);
  await ctx.editMessageReplyMarkup().catch(() => undefined);
}

/** Remove the buttons of an earlier prompt, so only the current prompt has live buttons. */
export async function dropButtons(ctx: ConvCtx, messageId: number | undefined): Promise<void> {
  if (ctx.chat && messageId !== undefined)
    await ctx.api.editMessageReplyMarkup(ctx.chat.id, messageId).catch(() => undefined);
}

/** A wizard button this step does not expect (forged, or from an older state): answered "no longer valid". */
export async function answerStale(ctx: ConvCtx): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t("error-stale-button") }).catch(() => undefined);
}
