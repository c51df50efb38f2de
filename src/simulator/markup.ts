// reply_markup checks with Telegram's error texts, normalised for storage.
import { badRequest, optObject, type Params } from "./params.ts";
import type { InlineButton, InlineKeyboardMarkup, ReplyButton, ReplyKeyboardState } from "./types.ts";

export type ParsedMarkup =
  | { kind: "none" }
  | { kind: "inline"; markup: InlineKeyboardMarkup }
  | { kind: "reply"; keyboard: ReplyKeyboardState }
  | { kind: "remove" }
  | { kind: "force_reply"; placeholder?: string };

const INLINE_KINDS = [
  "callback_data",
  "url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "web_app",
  "login_url",
  "pay",
  "copy_text",
  "callback_game",
  "switch_inline_query_chosen_chat",
];

function checkInline(rows: unknown): InlineButton[][] {
  if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r))) {
    throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
  }
  return (rows as unknown[][]).map((row) =>
    row.map((b) => {
      const button = b as InlineButton;
      if (!button || typeof button !== "object" || typeof button.text !== "string")
        throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String');
      if (button.text.trim() === "") throw badRequest("BUTTON_TEXT_EMPTY"); // not Telegram's exact text, close enough
      const kinds = INLINE_KINDS.filter((k) => button[k] !== undefined);
      if (kinds.length === 0)
        throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      if (kinds.length > 1)
        throw badRequest("can't parse inline keyboard button: exactly one of the optional fields must be used");
      if (button.callback_data !== undefined) {
        const len = Buffer.byteLength(String(button.callback_data));
        if (typeof button.callback_data !== "string" || len < 1 || len > 64) throw badRequest("BUTTON_DATA_INVALID");
      }
      if (button.url !== undefined && !/^(https?|tg):\/\/\S+$/i.test(String(button.url)))
        throw badRequest("BUTTON_URL_INVALID");
      return button;
    }),
  );
}

function checkReply(rows: unknown): ReplyButton[][] {
  if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r))) {
    throw badRequest('field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays');
  }
  return (rows as unknown[][]).map((row) =>
    row.map((b) => {
      if (typeof b === "string") return { text: b };
      if (b && typeof b === "object" && typeof (b as ReplyButton).text === "string") return b as ReplyButton;
      throw badRequest('can\'t parse keyboard button: Field "text" must be of type String');
    }),
  );
}

export function parseMarkup(p: Params): ParsedMarkup {
  const m = optObject<Record<string, unknown>>(p, "reply_markup", "reply keyboard markup JSON object");
  if (!m) return { kind: "none" };
  if ("inline_keyboard" in m) return { kind: "inline", markup: { inline_keyboard: checkInline(m.inline_keyboard) } };
  if ("keyboard" in m) {
    const keyboard: ReplyKeyboardState = { keyboard: checkReply(m.keyboard) };
    for (const k of ["resize_keyboard", "one_time_keyboard", "is_persistent"] as const)
      if (m[k] === true) keyboard[k] = true;
    if (typeof m.input_field_placeholder === "string") keyboard.input_field_placeholder = m.input_field_placeholder;
    return { kind: "reply", keyboard };
  }
  if (m.remove_keyboard === true) return { kind: "remove" };
  if (m.force_reply === true) {
    return typeof m.input_field_placeholder === "string"
      ? { kind: "force_reply", placeholder: m.input_field_placeholder }
      : { kind: "force_reply" };
  }
  throw badRequest("can't parse reply keyboard markup JSON object");
}

/** Only inline keyboards may be attached to edits. */
export function parseInlineOnly(p: Params): InlineKeyboardMarkup | undefined {
  const parsed = parseMarkup(p);
  if (parsed.kind === "none") return undefined;
  if (parsed.kind !== "inline") throw badRequest("inline keyboard expected");
  return parsed.markup;
}
