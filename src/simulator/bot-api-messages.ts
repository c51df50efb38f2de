// Bot API methods that create, change or remove messages in a private chat.
import { parseHtml } from "./html.ts";
import { parseInlineOnly, parseMarkup, type ParsedMarkup } from "./markup.ts";
import { badRequest, optBool, optInt, optObject, optStr, reqInt, type Params } from "./params.ts";
import { mediaField, stripReply, type ChatState, type SimState, type StoredMessage } from "./state.ts";
import type { InlineKeyboardMarkup, MediaKind, TgEntity, TgMessage } from "./types.ts";

export interface Upload {
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface MethodCtx {
  state: SimState;
  uploads: Map<string, Upload>;
  onAbort(cancel: () => void): void;
  webhookChanged(): void;
}

export type Method = (ctx: MethodCtx, p: Params) => unknown;

const now = () => Math.floor(Date.now() / 1000);

interface Formatted {
  text: string;
  entities?: TgEntity[];
  raw?: StoredMessage["raw"];
}

/** Text (or caption) with parse_mode / entities applied, as Telegram would store it. */
function formatted(p: Params, field: string, entitiesField: string): Formatted | undefined {
  const source = optStr(p, field);
  if (source === undefined) return undefined;
  const mode = optStr(p, "parse_mode");
  if (mode && mode.toLowerCase() === "html") {
    const { text, entities } = parseHtml(source);
    return { text, ...(entities.length ? { entities } : {}), raw: { text: source, parseMode: "HTML" } };
  }
  if (mode && !/^markdown(v2)?$/i.test(mode)) throw badRequest(`unsupported parse_mode`);
  const entities = optObject<TgEntity[]>(p, entitiesField);
  if (entities && !Array.isArray(entities)) throw badRequest(`field "${entitiesField}" must be an Array`);
  // Markdown is kept verbatim (the simulator does not parse it).
  return {
    text: source,
    ...(entities?.length ? { entities } : {}),
    ...(mode ? { raw: { text: source, parseMode: mode } } : {}),
  };
}

function replyTarget(c: ChatState, p: Params): TgMessage | undefined {
  const rp = optObject<{ message_id?: unknown; allow_sending_without_reply?: unknown }>(p, "reply_parameters");
  const id = rp ? optInt(rp, "message_id") : optInt(p, "reply_to_message_id");
  if (id === undefined) return undefined;
  const target = c.messages.get(id);
  if (target) return stripReply(target.msg);
  if (optBool(rp ? rp : p, "allow_sending_without_reply")) return undefined;
  throw badRequest("message to be replied not found");
}

function applyKeyboard(state: SimState, c: ChatState, markup: ParsedMarkup, messageId: number): void {
  if (markup.kind === "reply") c.replyKeyboard = markup.keyboard;
  else if (markup.kind === "remove") c.replyKeyboard = null;
  else if (markup.kind === "force_reply")
    c.forceReply = { messageId, ...(markup.placeholder ? { placeholder: markup.placeholder } : {}) };
  else return;
  const placeholder = c.forceReply?.placeholder ?? c.replyKeyboard?.input_field_placeholder;
  state.emit(c.chat.id, { type: "keyboard", keyboard: c.replyKeyboard, ...(placeholder ? { placeholder } : {}) });
}

/** Validates everything first, then stores the bot's message and shows it on the page. */
function send(
  ctx: MethodCtx,
  c: ChatState,
  p: Params,
  content: Partial<TgMessage>,
  raw?: StoredMessage["raw"],
): TgMessage {
  const markup = parseMarkup(p);
  const reply = replyTarget(c, p);
  if (reply) content.reply_to_message = reply;
  if (markup.kind === "inline") content.reply_markup = markup.markup;
  const stored = ctx.state.addMessage(c, true, content, raw);
  applyKeyboard(ctx.state, c, markup, stored.msg.message_id);
  return stored.msg;
}

function textContent(f: Formatted): Partial<TgMessage> {
  if (f.text.trim() === "") throw badRequest("message text is empty");
  if (f.text.length > 4096) throw badRequest("message is too long");
  return { text: f.text, ...(f.entities ? { entities: f.entities } : {}) };
}

function captionContent(f: Formatted | undefined): Partial<TgMessage> {
  if (!f || f.text === "") return {};
  if (f.text.length > 1024) throw badRequest("message caption is too long");
  return { caption: f.text, ...(f.entities ? { caption_entities: f.entities } : {}) };
}

export const sendMessage: Method = (ctx, p) => {
  const c = ctx.state.chatFor(p.chat_id);
  const f = formatted(p, "text", "entities");
  if (!f) throw badRequest("message text is empty");
  return send(ctx, c, p, textContent(f), f.raw);
};

export function sendMedia(kind: MediaKind): Method {
  return (ctx, p) => {
    const c = ctx.state.chatFor(p.chat_id);
    const value = p[kind];
    let upload: Upload | undefined;
    if (typeof value === "string" && value.startsWith("attach://")) {
      upload = ctx.uploads.get(value.slice(9));
      if (!upload) throw badRequest(`there is no ${kind} in the request`);
    } else if (value === undefined && ctx.uploads.has(kind)) {
      upload = ctx.uploads.get(kind);
    } else if (typeof value !== "string" || value === "") {
      throw badRequest(`there is no ${kind} in the request`);
    }
    const caption = formatted(p, "caption", "caption_entities");
    const captionPart = captionContent(caption);
    const file = upload
      ? ctx.state.files.add(kind, upload.filename, upload.data, upload.contentType)
      : ctx.state.files.resolveId(kind, value as string);
    return send(ctx, c, p, { ...mediaField(file), ...captionPart }, caption?.raw);
  };
}

function findOwn(ctx: MethodCtx, p: Params, notFound: string): { c: ChatState; stored: StoredMessage } {
  if (p.inline_message_id !== undefined) throw badRequest("inline messages are not supported by the simulator");
  const c = ctx.state.chatFor(p.chat_id);
  const id = reqInt(p, "message_id", "message identifier is not specified");
  const stored = c.messages.get(id);
  if (!stored) throw badRequest(notFound);
  if (stored.msg.from.id !== ctx.state.bot.id) throw badRequest("message can't be edited");
  return { c, stored };
}

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

function replaceMessage(
  ctx: MethodCtx,
  c: ChatState,
  stored: StoredMessage,
  next: TgMessage,
  raw: StoredMessage["raw"] | null,
): TgMessage {
  const same = (a: TgMessage) => JSON.stringify([a.text, a.entities, a.caption, a.caption_entities, a.reply_markup]);
  if (same(stored.msg) === same(next)) throw badRequest(NOT_MODIFIED);
  next.edit_date = now();
  stored.msg = next; // a new object: updates already queued keep the old version
  if (raw) stored.raw = raw;
  else if (raw === null) delete stored.raw;
  ctx.state.emit(c.chat.id, { type: "message", message: ctx.state.pageView(c, stored) });
  return next;
}

function withMarkup(m: TgMessage, markup: InlineKeyboardMarkup | undefined): TgMessage {
  const { reply_markup: _old, ...rest } = m;
  return markup ? { ...rest, reply_markup: markup } : rest;
}

export const editMessageText: Method = (ctx, p) => {
  const { c, stored } = findOwn(ctx, p, "message to edit not found");
  if (stored.msg.text === undefined) throw badRequest("there is no text in the message to edit");
  const f = formatted(p, "text", "entities");
  if (!f) throw badRequest("message text is empty");
  const content = textContent(f);
  const { entities: _e, ...base } = stored.msg;
  // As in Telegram, leaving out reply_markup removes the inline keyboard.
  return replaceMessage(ctx, c, stored, withMarkup({ ...base, ...content }, parseInlineOnly(p)), f.raw ?? null);
};

export const editMessageCaption: Method = (ctx, p) => {
  const { c, stored } = findOwn(ctx, p, "message to edit not found");
  if (stored.msg.text !== undefined || stored.msg.contact)
    throw badRequest("there is no caption in the message to edit");
  const f = formatted(p, "caption", "caption_entities");
  const { caption: _c, caption_entities: _ce, ...base } = stored.msg;
  return replaceMessage(
    ctx,
    c,
    stored,
    withMarkup({ ...base, ...captionContent(f) }, parseInlineOnly(p)),
    f?.raw ?? null,
  );
};

export const editMessageReplyMarkup: Method = (ctx, p) => {
  const { c, stored } = findOwn(ctx, p, "message to edit not found");
  return replaceMessage(ctx, c, stored, withMarkup(stored.msg, parseInlineOnly(p)), undefined);
};

function remove(ctx: MethodCtx, c: ChatState, ids: number[]): void {
  const gone = ids.filter((id) => c.messages.delete(id));
  if (gone.length) ctx.state.emit(c.chat.id, { type: "delete", message_ids: gone });
}

export const deleteMessage: Method = (ctx, p) => {
  const c = ctx.state.chatFor(p.chat_id);
  const id = reqInt(p, "message_id", "message identifier is not specified");
  if (!c.messages.has(id)) throw badRequest("message to delete not found");
  remove(ctx, c, [id]);
  return true;
};

export const deleteMessages: Method = (ctx, p) => {
  const c = ctx.state.chatFor(p.chat_id);
  const ids = optObject<unknown[]>(p, "message_ids");
  if (!Array.isArray(ids) || ids.length === 0) throw badRequest("message identifiers are not specified");
  remove(
    ctx,
    c,
    ids.map((v) => Number(v)).filter((n) => Number.isSafeInteger(n)),
  );
  return true;
};

function source(ctx: MethodCtx, p: Params, notFound: string): TgMessage {
  const from = ctx.state.chatFor(p.from_chat_id, "from_chat_id");
  const id = reqInt(p, "message_id", "message identifier is not specified");
  const stored = from.messages.get(id);
  if (!stored) throw badRequest(notFound);
  return stored.msg;
}

function copiedContent(m: TgMessage): Partial<TgMessage> {
  const keys = [
    "text",
    "entities",
    "caption",
    "caption_entities",
    "photo",
    "document",
    "video",
    "audio",
    "voice",
    "animation",
    "contact",
  ] as const;
  const out: Partial<TgMessage> = {};
  for (const k of keys) if (m[k] !== undefined) (out as Record<string, unknown>)[k] = m[k];
  return out;
}

export const copyMessage: Method = (ctx, p) => {
  const c = ctx.state.chatFor(p.chat_id);
  const m = source(ctx, p, "message to copy not found");
  const content = copiedContent(m);
  const caption = formatted(p, "caption", "caption_entities");
  if (caption && content.text === undefined && !content.contact) {
    delete content.caption_entities;
    delete content.caption;
    Object.assign(content, captionContent(caption));
  }
  return { message_id: send(ctx, c, p, content, caption?.raw).message_id };
};

export const forwardMessage: Method = (ctx, p) => {
  const c = ctx.state.chatFor(p.chat_id);
  const m = source(ctx, p, "message to forward not found");
  const origin = {
    forward_origin: { type: "user" as const, sender_user: m.from, date: m.date },
    forward_from: m.from,
    forward_date: m.date,
  };
  return ctx.state.addMessage(c, true, { ...copiedContent(m), ...origin }).msg;
};
