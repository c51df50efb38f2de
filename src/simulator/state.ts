// Everything the simulator remembers: users, their private chats with the bot, messages,
// files, callback queries, commands and profile texts. Changes are pushed to the page through
// per-user subscribers (Server-Sent Events); updates for the bot go to the UpdateQueue.
import { randomBytes } from "node:crypto";
import { FileStore, type StoredFile } from "./files.ts";
import { badRequest } from "./params.ts";
import type {
  BotCommand,
  KnownUser,
  InlineButton,
  MediaKind,
  Persona,
  ReplyKeyboardState,
  TgBotUser,
  TgChat,
  TgMessage,
  TgMessageBody,
  TgUser,
} from "./types.ts";
import { UpdateQueue, type UpdateNumbering } from "./updates.ts";

export interface StoredMessage {
  msg: TgMessage;
  /** The text or caption exactly as the bot sent it, when a parse_mode was used. */
  raw?: { text: string; parseMode: string };
}

export interface ChatState {
  chat: TgChat;
  user: TgUser;
  messages: Map<number, StoredMessage>;
  nextMessageId: number;
  chatInstance: string;
  replyKeyboard: ReplyKeyboardState | null;
  forceReply: { messageId: number; placeholder?: string } | null;
}

export interface PageMedia {
  kind: MediaKind;
  file_id: string;
  file_name: string;
  mime_type: string;
  size?: number;
  width?: number;
  height?: number;
  /** Where the page can fetch the bytes; null when the simulator only knows the file_id. */
  url: string | null;
}

export interface PageMessage extends TgMessageBody {
  outgoing: boolean;
  raw?: string;
  parse_mode?: string;
  media?: PageMedia;
  inline_keyboard?: InlineButton[][];
  reply_to?: { message_id: number; text: string };
  forwarded_from?: string;
}

export type PageEvent =
  | { type: "message"; message: PageMessage }
  | { type: "delete"; message_ids: number[] }
  | { type: "callback_answer"; callback_query_id: string; text: string; alert: boolean }
  | { type: "keyboard"; keyboard: ReplyKeyboardState | null; placeholder?: string }
  | { type: "commands"; commands: BotCommand[] }
  | { type: "action"; action: string };

const MEDIA_KINDS: MediaKind[] = ["photo", "document", "video", "audio", "voice", "animation"];
const now = () => Math.floor(Date.now() / 1000);

export class SimState {
  readonly users = new Map<number, TgUser>();
  readonly chats = new Map<number, ChatState>();
  readonly files = new FileStore();
  readonly updates: UpdateQueue;
  readonly callbacks = new Map<string, { chatId: number; answered: boolean }>();
  /** Key: `${scopeKey}|${language_code}` (scopeKey "default", "all_private_chats", "chat:<id>", …). */
  readonly commands = new Map<string, BotCommand[]>();
  /** Key: `${field}|${language_code}` for setMyName / setMyDescription / setMyShortDescription. */
  readonly profile = new Map<string, string>();
  readonly menuButtons = new Map<string, Record<string, unknown>>();
  webhook: { url: string; secretToken?: string } | undefined;
  private subscribers = new Map<number, Set<(e: PageEvent) => void>>();
  private callbackCounter = 0;

  constructor(
    readonly bot: TgBotUser,
    readonly personas: Persona[],
    numbering: UpdateNumbering = {},
    knownUsers: KnownUser[] = [],
  ) {
    this.updates = new UpdateQueue(numbering);
    // the demo personas and the other seeded users have talked to the bot before: their chats exist,
    // so what the bot sends them on its own (a Dinas recap, a reminder, a broadcast) waits for them
    // in the page until their chat is opened
    for (const p of personas)
      this.openChat({ id: p.telegramId, first_name: p.firstName, ...(p.username ? { username: p.username } : {}) });
    for (const u of knownUsers) this.openChat(u);
  }

  // --- chats -------------------------------------------------------------------------------

  /** Opens (or returns) the private chat of a user; only opened chats (personas' and known users' too) can receive messages. */
  openChat(u: { id: number; first_name: string; username?: string }): ChatState {
    const existing = this.chats.get(u.id);
    if (existing) return existing;
    const user: TgUser = {
      id: u.id,
      is_bot: false,
      first_name: u.first_name,
      ...(u.username ? { username: u.username } : {}),
      language_code: "id",
    };
    const chat: TgChat = {
      id: u.id,
      first_name: u.first_name,
      ...(u.username ? { username: u.username } : {}),
      type: "private",
    };
    const state: ChatState = {
      chat,
      user,
      messages: new Map(),
      nextMessageId: 1,
      chatInstance: String(BigInt(`0x${randomBytes(8).toString("hex")}`) >> 1n),
      replyKeyboard: null,
      forceReply: null,
    };
    this.users.set(user.id, user);
    this.chats.set(chat.id, state);
    return state;
  }

  /** chat_id as the Bot API gives it: a number, a numeric string or "@username". */
  chatFor(chatId: unknown, field = "chat_id"): ChatState {
    if (chatId === undefined || chatId === null || chatId === "") throw badRequest(`${field} is empty`);
    let found: ChatState | undefined;
    if (typeof chatId === "number") found = this.chats.get(chatId);
    else if (typeof chatId === "string" && /^-?\d+$/.test(chatId.trim())) found = this.chats.get(Number(chatId));
    else if (typeof chatId === "string" && chatId.startsWith("@")) {
      const name = chatId.slice(1).toLowerCase();
      found = [...this.chats.values()].find((c) => c.chat.username?.toLowerCase() === name);
    }
    if (!found) throw badRequest("chat not found");
    return found;
  }

  // --- messages ----------------------------------------------------------------------------

  addMessage(c: ChatState, outgoing: boolean, content: Partial<TgMessage>, raw?: StoredMessage["raw"]): StoredMessage {
    const msg: TgMessage = {
      message_id: c.nextMessageId++,
      from: outgoing ? this.bot : c.user,
      chat: c.chat,
      date: now(),
      ...content,
    };
    const stored: StoredMessage = raw ? { msg, raw } : { msg };
    c.messages.set(msg.message_id, stored);
    this.emit(c.chat.id, { type: "message", message: this.pageView(c, stored) });
    return stored;
  }

  /** A message typed on the page: stored, shown, and queued for the bot as an update. */
  userMessage(c: ChatState, content: Partial<TgMessage>): StoredMessage {
    if (c.forceReply && !content.reply_to_message) {
      const target = c.messages.get(c.forceReply.messageId);
      if (target) content = { ...content, reply_to_message: stripReply(target.msg) };
      c.forceReply = null;
    }
    const stored = this.addMessage(c, false, content);
    this.updates.push({ message: stored.msg });
    return stored;
  }

  userText(c: ChatState, text: string): StoredMessage {
    const command = /^\/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?/.exec(text);
    return this.userMessage(c, {
      text,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
    });
  }

  userContact(c: ChatState, phone: string): StoredMessage {
    return this.userMessage(c, { contact: { phone_number: phone, first_name: c.user.first_name, user_id: c.user.id } });
  }

  /** A location shared on the page (📎 Lokasi, or a request_location button). */
  userLocation(c: ChatState, latitude: number, longitude: number): StoredMessage {
    return this.userMessage(c, { location: { latitude, longitude } });
  }

  userFile(
    c: ChatState,
    kind: "photo" | "document",
    fileName: string,
    data: Buffer,
    mimeType: string | undefined,
    caption?: string,
  ): StoredMessage {
    const file = this.files.add(kind, fileName, data, mimeType);
    return this.userMessage(c, { ...mediaField(file), ...(caption ? { caption } : {}) });
  }

  /** An inline button press on the page: a callback_query update for the bot. */
  pressButton(c: ChatState, messageId: number, data: string): string {
    const stored = c.messages.get(messageId);
    if (!stored) throw badRequest("message not found");
    const exists = stored.msg.reply_markup?.inline_keyboard.some((row) => row.some((b) => b.callback_data === data));
    if (!exists) throw badRequest("no such button on that message");
    const id = `${c.chat.id}${String(++this.callbackCounter).padStart(6, "0")}`;
    this.callbacks.set(id, { chatId: c.chat.id, answered: false });
    this.updates.push({
      callback_query: { id, from: c.user, message: stored.msg, chat_instance: c.chatInstance, data },
    });
    return id;
  }

  // --- page ------------------------------------------------------------------------------

  subscribe(userId: number, fn: (e: PageEvent) => void): () => void {
    let set = this.subscribers.get(userId);
    if (!set) this.subscribers.set(userId, (set = new Set()));
    set.add(fn);
    return () => set.delete(fn);
  }

  emit(userId: number, e: PageEvent): void {
    for (const fn of this.subscribers.get(userId) ?? []) fn(e);
  }

  broadcastCommands(): void {
    for (const userId of this.subscribers.keys())
      this.emit(userId, { type: "commands", commands: this.commandsFor(userId) });
  }

  /** Telegram's lookup order: chat scope, all private chats, default; each with "id" then no language. */
  commandsFor(chatId: number, lang = "id"): BotCommand[] {
    for (const scope of [`chat:${chatId}`, "all_private_chats", "default"]) {
      for (const l of [lang, ""]) {
        const list = this.commands.get(`${scope}|${l}`);
        if (list?.length) return list;
      }
    }
    return [];
  }

  profileText(field: string, lang = "id"): string {
    return this.profile.get(`${field}|${lang}`) ?? this.profile.get(`${field}|`) ?? "";
  }

  pageView(c: ChatState, s: StoredMessage): PageMessage {
    const m = s.msg;
    const v: PageMessage = { message_id: m.message_id, outgoing: m.from.id === this.bot.id, date: m.date };
    if (m.edit_date) v.edit_date = m.edit_date;
    if (m.text !== undefined) v.text = m.text;
    if (m.entities) v.entities = m.entities;
    if (m.caption !== undefined) v.caption = m.caption;
    if (m.caption_entities) v.caption_entities = m.caption_entities;
    if (s.raw) {
      v.raw = s.raw.text;
      v.parse_mode = s.raw.parseMode;
    }
    const media = this.mediaOf(m);
    if (media) v.media = media;
    if (m.contact) v.contact = m.contact;
    if (m.location) v.location = m.location;
    if (m.reply_markup) v.inline_keyboard = m.reply_markup.inline_keyboard;
    if (m.reply_to_message) {
      const r = c.messages.get(m.reply_to_message.message_id)?.msg ?? m.reply_to_message;
      v.reply_to = {
        message_id: r.message_id,
        text: r.text ?? r.caption ?? (r.contact ? r.contact.phone_number : r.location ? "📍" : "📎"),
      };
    }
    if (m.forward_origin) v.forwarded_from = m.forward_origin.sender_user.first_name;
    return v;
  }

  private mediaOf(m: TgMessage): PageMedia | undefined {
    for (const kind of MEDIA_KINDS) {
      const meta = kind === "photo" ? m.photo?.at(-1) : m[kind];
      if (!meta) continue;
      const file = this.files.get(meta.file_id);
      const url = file?.data
        ? `/sim/files/${encodeURIComponent(meta.file_id)}`
        : /^https?:\/\//i.test(meta.file_id)
          ? meta.file_id
          : null;
      const media: PageMedia = {
        kind,
        file_id: meta.file_id,
        file_name: file?.fileName ?? "file",
        mime_type: file?.mimeType ?? "application/octet-stream",
        url,
      };
      if (meta.file_size !== undefined) media.size = meta.file_size;
      if ("width" in meta) {
        media.width = meta.width;
        media.height = meta.height;
      }
      return media;
    }
    return undefined;
  }

  snapshot(c: ChatState) {
    const messages = [...c.messages.values()]
      .sort((a, b) => a.msg.message_id - b.msg.message_id)
      .map((s) => this.pageView(c, s));
    return {
      user: c.user,
      bot: this.bot,
      bot_name: this.profileText("name") || this.bot.first_name,
      description: this.profileText("description"),
      messages,
      keyboard: c.replyKeyboard,
      placeholder: c.forceReply?.placeholder ?? c.replyKeyboard?.input_field_placeholder ?? null,
      commands: this.commandsFor(c.chat.id),
      menu_button: this.menuButtons.get(String(c.chat.id)) ?? this.menuButtons.get("default") ?? { type: "default" },
    };
  }
}

/** The message field for a stored file: `photo: [PhotoSize]` or `document: {…}` etc. */
export function mediaField(file: StoredFile): Partial<TgMessage> {
  const size = file.data ? { file_size: file.data.length } : {};
  if (file.kind === "photo") {
    return {
      photo: [
        {
          file_id: file.fileId,
          file_unique_id: file.uniqueId,
          width: file.width ?? 800,
          height: file.height ?? 600,
          ...size,
        },
      ],
    };
  }
  return {
    [file.kind]: {
      file_id: file.fileId,
      file_unique_id: file.uniqueId,
      file_name: file.fileName,
      mime_type: file.mimeType,
      ...size,
    },
  };
}

/** Telegram does not nest replies inside replies. */
export function stripReply(m: TgMessage): TgMessage {
  const { reply_to_message: _ignored, ...rest } = m;
  return rest;
}
