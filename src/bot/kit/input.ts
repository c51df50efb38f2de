// The one input waiter of every wizard. It waits for the next update that belongs to the wizard
// and classifies it; everything else passes through to the rest of the bot while the wizard keeps
// waiting at the same step (its state is untouched):
//   - wizard buttons carry data "~<payload>" (build it with `w()`): a press on the current prompt
//     is returned; a press on an older prompt is answered "no longer valid" and ignored;
//   - any other button (a help card's "Ambil", a reviewer's "Terima") passes through;
//   - commands (/koperasi, /lapor…) and main-menu labels pass through (global commands such as
//     /batal, /bahasa, /bantuan, /privasi are handled before conversations and never get here);
//     a command that opens another wizard leaves this one (entering does exitAll);
//   - texts the caller names in `passThrough` (e.g. a pasted report template) pass through;
//   - message kinds the step does not `accept` come back as { kind: "other" } so the step can say
//     what to send instead; edits, reactions and other non-message updates pass through.
import type { Contact, Message } from "grammy/types";
import type { Conv, ConvCtx } from "../context.ts";
import { MENU_KEYS } from "../keyboards/main-menu.ts";
import { answerStale } from "./settle.ts";

export type InputKind = "text" | "contact" | "photo" | "document" | "location";

export type Input =
  | { kind: "button"; data: string; ctx: ConvCtx }
  | { kind: "text"; text: string; ctx: ConvCtx; message: Message }
  | { kind: "contact"; contact: Contact; ctx: ConvCtx; message: Message }
  | { kind: "photo"; fileId: string; caption?: string; album?: string; ctx: ConvCtx; message: Message }
  | { kind: "document"; fileId: string; fileName?: string; caption?: string; ctx: ConvCtx; message: Message }
  | { kind: "location"; lat: number; lng: number; ctx: ConvCtx; message: Message }
  | { kind: "other"; ctx: ConvCtx; message: Message };

/** Any input that is not a button press. */
export type MessageInput = Exclude<Input, { kind: "button" }>;

export interface WaitOptions {
  /** message id of the current prompt: only wizard buttons on it are accepted */
  promptId?: number;
  /** message kinds this step takes (default: text only); others come back as "other" */
  accept?: readonly InputKind[];
  /** texts that belong to other features although they are not commands */
  passThrough?: (text: string) => boolean;
}

export const WIZARD_PREFIX = "~";

/** Callback data of a wizard button (at most 63 bytes of payload). */
export function w(payload: string): string {
  const data = `${WIZARD_PREFIX}${payload}`;
  if (Buffer.byteLength(data) > 64) throw new Error(`wizard button data too long: ${data}`);
  return data;
}

export function isMenuLabel(ctx: ConvCtx, text: string): boolean {
  const s = text.trim();
  return MENU_KEYS.flat().some((k) => ctx.t(k) === s);
}

function classify(ctx: ConvCtx, msg: Message, accept: readonly InputKind[]): MessageInput {
  const ok = (k: InputKind) => accept.includes(k);
  if (msg.text !== undefined && ok("text")) return { kind: "text", text: msg.text, ctx, message: msg };
  if (msg.contact && ok("contact")) return { kind: "contact", contact: msg.contact, ctx, message: msg };
  const best = msg.photo?.at(-1);
  if (best && ok("photo")) {
    return { kind: "photo", fileId: best.file_id, caption: msg.caption, album: msg.media_group_id, ctx, message: msg };
  }
  if (msg.document && ok("document"))
    return {
      kind: "document",
      fileId: msg.document.file_id,
      fileName: msg.document.file_name,
      caption: msg.caption,
      ctx,
      message: msg,
    };
  if (msg.location && ok("location"))
    return { kind: "location", lat: msg.location.latitude, lng: msg.location.longitude, ctx, message: msg };
  return { kind: "other", ctx, message: msg };
}

/** Leaves the update to the rest of the bot; the wizard waits again at the same step (never returns). */
function passOn(conversation: Conv): Promise<never> {
  return conversation.skip({ next: true });
}

export async function waitInput(conversation: Conv, opts: WaitOptions = {}): Promise<Input> {
  const accept = opts.accept ?? ["text"];
  for (;;) {
    const c = await conversation.wait();
    const cq = c.callbackQuery;
    if (cq) {
      const data = cq.data ?? "";
      if (!data.startsWith(WIZARD_PREFIX)) return passOn(conversation);
      if (opts.promptId !== undefined && cq.message?.message_id === opts.promptId)
        return { kind: "button", data: data.slice(WIZARD_PREFIX.length), ctx: c };
      await answerStale(c);
      continue;
    }
    const msg = c.message;
    if (!msg) return passOn(conversation);
    const text = msg.text;
    if (text !== undefined && (text.startsWith("/") || isMenuLabel(c, text) || opts.passThrough?.(text)))
      return passOn(conversation);
    return classify(c, msg, accept);
  }
}
