// What a broadcast says, exactly as the admin typed it: the text (or one photo/document with its
// caption) with Telegram's entities (bold, links…) kept as they came, never re-parsed. And how
// it becomes one Bot API call (method + payload) for the outbox.
import type { MessageEntity } from "grammy/types";

/** The longest text or caption a broadcast may have (every message a user sees is ≤ 600). */
export const BROADCAST_MAX = 600;

export type BroadcastContent =
  | { kind: "text"; text: string; entities?: MessageEntity[] }
  | { kind: "photo" | "document"; fileId: string; caption?: string; captionEntities?: MessageEntity[] };

export type ContentCheck = { ok: true } | { ok: false; error: "empty" | "too_long"; length: number };

export function checkContent(c: BroadcastContent): ContentCheck {
  const text = c.kind === "text" ? c.text : (c.caption ?? "");
  if (c.kind === "text" && text.trim() === "") return { ok: false, error: "empty", length: 0 };
  if (text.length > BROADCAST_MAX) return { ok: false, error: "too_long", length: text.length };
  return { ok: true };
}

export interface SendCall {
  method: "sendMessage" | "sendPhoto" | "sendDocument";
  /** Bot API parameters without chat_id (plain JSON) */
  payload: Record<string, unknown>;
}

/** The Bot API call that shows `c` (with an optional inline keyboard under it). */
export function sendCall(c: BroadcastContent, replyMarkup?: unknown): SendCall {
  const markup = replyMarkup === undefined ? {} : { reply_markup: JSON.parse(JSON.stringify(replyMarkup)) as unknown };
  if (c.kind === "text")
    return {
      method: "sendMessage",
      payload: { text: c.text, ...(c.entities?.length ? { entities: c.entities } : {}), ...markup },
    };
  const media = c.kind === "photo" ? { photo: c.fileId } : { document: c.fileId };
  return {
    method: c.kind === "photo" ? "sendPhoto" : "sendDocument",
    payload: {
      ...media,
      ...(c.caption ? { caption: c.caption } : {}),
      ...(c.captionEntities?.length ? { caption_entities: c.captionEntities } : {}),
      ...markup,
    },
  };
}

/** The plain text of a broadcast (lists, status lines). */
export const contentText = (c: BroadcastContent) => (c.kind === "text" ? c.text : (c.caption ?? ""));
