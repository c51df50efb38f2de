// Input plumbing for the report conversations. Buttons of the wizard carry data starting with "~"
// and are accepted only on the current prompt. Everything that belongs to other features passes
// through while the wizard keeps waiting at the same question: commands, main-menu buttons, a
// pasted template, and callback data of other features (e.g. a BA's Terima on another report).
import type { Conv, ConvCtx } from "../../context.ts";
import { MENU_KEYS } from "../../keyboards/main-menu.ts";
import { isTemplateText } from "../../../services/reports/template.ts";

export type Input =
  | { kind: "cb"; data: string; ctx: ConvCtx }
  | { kind: "text"; text: string; ctx: ConvCtx }
  | { kind: "photo"; fileId: string; caption?: string; album?: string; ctx: ConvCtx }
  | { kind: "location"; lat: number; lng: number; ctx: ConvCtx }
  | { kind: "other"; ctx: ConvCtx };

/** Data of a wizard button ("~" + payload). */
export const w = (payload: string) => `~${payload}`;

function passesThrough(c: ConvCtx, text: string): boolean {
  if (text.startsWith("/") || isTemplateText(text)) return true;
  return MENU_KEYS.flat().some((k) => c.t(k) === text.trim());
}

export async function nextInput(conversation: Conv, promptId: number | undefined): Promise<Input> {
  for (;;) {
    const c = await conversation.wait();
    const cq = c.callbackQuery;
    if (cq) {
      const data = cq.data ?? "";
      if (!data.startsWith("~")) await conversation.skip({ next: true });
      if (promptId !== undefined && cq.message?.message_id === promptId) return { kind: "cb", data: data.slice(1), ctx: c };
      await c.answerCallbackQuery({ text: c.t("error-stale-button") }).catch(() => undefined);
      continue;
    }
    const msg = c.message;
    if (!msg) continue;
    if (msg.text !== undefined) {
      if (passesThrough(c, msg.text)) await conversation.skip({ next: true });
      return { kind: "text", text: msg.text, ctx: c };
    }
    if (msg.photo && msg.photo.length > 0) {
      const best = msg.photo[msg.photo.length - 1]!;
      return { kind: "photo", fileId: best.file_id, caption: msg.caption, album: msg.media_group_id, ctx: c };
    }
    if (msg.location) return { kind: "location", lat: msg.location.latitude, lng: msg.location.longitude, ctx: c };
    return { kind: "other", ctx: c };
  }
}

/** After a button press: stop the spinner and edit the prompt to show the choice (no buttons). */
export async function settle(ctx: ConvCtx, text: string) {
  await ctx.answerCallbackQuery().catch(() => undefined);
  await ctx.editMessageText(text).catch(() => undefined);
}

/** Removes the buttons of an earlier prompt, so only the current prompt has live buttons. */
export async function dropButtons(ctx: ConvCtx, messageId: number) {
  if (ctx.chat) await ctx.api.editMessageReplyMarkup(ctx.chat.id, messageId).catch(() => undefined);
}
