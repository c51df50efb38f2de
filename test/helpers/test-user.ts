// A Telegram user in a private chat with the bot. Each method sends one update through the real
// bot and resolves when it has been handled.
import type { Message, User, InlineKeyboardButton } from "grammy/types";
import type { ApiCall } from "./fake-api.ts";

interface HarnessLike {
  fake: {
    calls: ApiCall[];
    /** the calls to one chat (FakeBotApi keeps them by chat); absent: `calls` is scanned */
    callsIn?(chatId: number): readonly ApiCall[];
    textsTo(chatId: number): string[];
    lastMessageIdIn(chatId: number): number;
    serveFile?(fileId: string, bytes: Buffer): void;
  };
  handle(update: object): Promise<void>;
}

let messageSeq = 1;

export class TestUser {
  constructor(
    private readonly h: HarnessLike,
    readonly from: User,
  ) {}

  get id() {
    return this.from.id;
  }

  private chat() {
    return { id: this.from.id, type: "private" as const, first_name: this.from.first_name };
  }

  private base(): Omit<Message, "chat"> & { chat: ReturnType<TestUser["chat"]> } {
    return {
      message_id: messageSeq++,
      date: Math.floor(Date.now() / 1000),
      chat: this.chat(),
      from: this.from,
    } as never;
  }

  /** Plain text (a leading /command gets a bot_command entity, like Telegram adds). */
  async send(text: string) {
    const entities = text.startsWith("/")
      ? [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }]
      : undefined;
    await this.h.handle({ message: { ...this.base(), text, ...(entities ? { entities } : {}) } });
  }

  command(name: string, payload?: string) {
    return this.send(payload ? `/${name} ${payload}` : `/${name}`);
  }

  async shareContact(phone: string, userId: number | undefined = this.from.id) {
    await this.h.handle({
      message: {
        ...this.base(),
        contact: {
          phone_number: phone,
          first_name: this.from.first_name,
          ...(userId !== undefined ? { user_id: userId } : {}),
        },
      },
    });
  }

  async sendPhoto(fileId = "photo-file-1", caption?: string) {
    await this.h.handle({
      message: {
        ...this.base(),
        photo: [{ file_id: fileId, file_unique_id: `${fileId}-u`, width: 800, height: 600 }],
        ...(caption ? { caption } : {}),
      },
    });
  }

  /** One photo of an album: Telegram sends each as its own message with the same media_group_id. */
  async sendAlbumPhoto(fileId: string, mediaGroupId: string, caption?: string) {
    await this.h.handle({
      message: {
        ...this.base(),
        media_group_id: mediaGroupId,
        photo: [{ file_id: fileId, file_unique_id: `${fileId}-u`, width: 800, height: 600 }],
        ...(caption ? { caption } : {}),
      },
    });
  }

  async sendDocument(fileId = "doc-file-1", fileName = "file.pdf", caption?: string) {
    await this.h.handle({
      message: {
        ...this.base(),
        document: { file_id: fileId, file_unique_id: `${fileId}-u`, file_name: fileName },
        ...(caption ? { caption } : {}),
      },
    });
  }

  /** A document whose bytes the fake Bot API serves (getFile + download), as Telegram would. */
  async sendFile(fileName: string, bytes: Buffer, opts: { fileSize?: number; fileId?: string } = {}) {
    const fileId = opts.fileId ?? `file-${fileName}-${bytes.length}`;
    this.h.fake.serveFile!(fileId, bytes);
    await this.h.handle({
      message: {
        ...this.base(),
        document: {
          file_id: fileId,
          file_unique_id: `${fileId}-u`,
          file_name: fileName,
          file_size: opts.fileSize ?? bytes.length,
        },
      },
    });
  }

  async sendSticker() {
    await this.h.handle({
      message: {
        ...this.base(),
        sticker: {
          file_id: "stk",
          file_unique_id: "stk-u",
          type: "regular",
          width: 1,
          height: 1,
          is_animated: false,
          is_video: false,
        },
      },
    });
  }

  /** A reply to one of the bot's messages in this chat. */
  async reply(toMessageId: number, text: string) {
    await this.h.handle({
      message: {
        ...this.base(),
        text,
        reply_to_message: {
          message_id: toMessageId,
          date: 0,
          chat: this.chat(),
          from: { id: 1, is_bot: true, first_name: "bot" },
        },
      },
    });
  }

  /** The messages the bot sent to this chat that carry an inline keyboard, newest first. */
  private keyboards(): Array<{ messageId: number; text: string; buttons: InlineKeyboardButton.CallbackButton[] }> {
    const out: Array<{ messageId: number; text: string; buttons: InlineKeyboardButton.CallbackButton[] }> = [];
    const msgIds = new Map<number, string>();
    // results are not recorded, so rebuild message ids in order: the fake numbers them per chat from 1001
    let next = 1000;
    for (const c of this.h.fake.callsIn?.(this.from.id) ?? this.h.fake.calls) {
      if (Number(c.payload.chat_id) !== this.from.id) continue;
      if (["sendMessage", "sendDocument", "sendPhoto", "copyMessage"].includes(c.method)) {
        next += 1;
        msgIds.set(next, String(c.payload.text ?? c.payload.caption ?? ""));
        const kb = c.payload.reply_markup?.inline_keyboard as InlineKeyboardButton[][] | undefined;
        if (kb)
          out.push({
            messageId: next,
            text: String(c.payload.text ?? ""),
            buttons: kb.flat().filter((b): b is InlineKeyboardButton.CallbackButton => "callback_data" in b),
          });
      } else if ((c.method === "editMessageText" || c.method === "editMessageReplyMarkup") && c.payload.message_id) {
        const id = Number(c.payload.message_id);
        const idx = out.findIndex((o) => o.messageId === id);
        const kb = c.payload.reply_markup?.inline_keyboard as InlineKeyboardButton[][] | undefined;
        const entry = {
          messageId: id,
          text: String(c.payload.text ?? out[idx]?.text ?? ""),
          buttons: kb ? kb.flat().filter((b): b is InlineKeyboardButton.CallbackButton => "callback_data" in b) : [],
        };
        if (idx >= 0) out.splice(idx, 1);
        out.push(entry);
      }
    }
    return out.reverse();
  }

  /** The newest message that shows inline buttons (its id and buttons). */
  keyboardMessage(): { messageId: number; buttons: Array<{ text: string; data: string }> } | undefined {
    const k = this.keyboards().find((x) => x.buttons.length > 0);
    return k && { messageId: k.messageId, buttons: k.buttons.map((b) => ({ text: b.text, data: b.callback_data })) };
  }

  /** Buttons (label → data) on the newest message with an inline keyboard. */
  buttons(): Array<{ text: string; data: string }> {
    return (this.keyboards().find((k) => k.buttons.length > 0)?.buttons ?? []).map((b) => ({
      text: b.text,
      data: b.callback_data,
    }));
  }

  /**
   * Press an inline button. `which` is the exact callback data, or a predicate on the label.
   * The newest message showing such a button is the one pressed (or `messageId`).
   */
  async press(which: string | ((label: string) => boolean), messageId?: number) {
    const match = (b: InlineKeyboardButton.CallbackButton) =>
      typeof which === "string" ? b.callback_data === which : which(b.text);
    const kb =
      messageId !== undefined
        ? { messageId, buttons: [] as InlineKeyboardButton.CallbackButton[] }
        : this.keyboards().find((k) => k.buttons.some(match));
    if (!kb)
      throw new Error(`no button ${String(which)} in chat ${this.from.id}; visible: ${JSON.stringify(this.buttons())}`);
    const data = typeof which === "string" ? which : kb.buttons.find(match)!.callback_data;
    await this.pressRaw(data, kb.messageId);
  }

  /** Press with any data on any message (forged or stale callbacks). */
  async pressRaw(data: string, messageId: number) {
    await this.h.handle({
      callback_query: {
        id: String(messageSeq++),
        from: this.from,
        chat_instance: `ci${this.from.id}`,
        data,
        message: {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: this.chat(),
          from: { id: 1, is_bot: true, first_name: "bot" },
          text: "",
        },
      },
    });
  }

  /** Id of the newest message the bot sent to this chat. */
  lastMessageId(): number {
    return this.h.fake.lastMessageIdIn(this.from.id);
  }

  /** Every text the bot sent or edited into this chat. */
  texts(): string[] {
    return this.h.fake.textsTo(this.from.id);
  }

  lastText(): string | undefined {
    return this.texts().at(-1);
  }
}
