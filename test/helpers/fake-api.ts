// A fake Bot API at the transport level (grammY `client.fetch`), so calls made from inside
// conversations are recorded too. Returns plausible results: Messages with incrementing
// message_id per chat, dates in seconds, the bot as sender.
import type { Message, UserFromGetMe } from "grammy/types";

export interface ApiCall {
  method: string;
  payload: Record<string, any>;
}

export const BOT_INFO: UserFromGetMe = {
  id: 7000000001,
  is_bot: true,
  first_name: "Asisten KDKMP",
  username: "kdkmp_test_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

type Failure = { error_code: number; description: string; parameters?: { retry_after?: number } };

export class FakeBotApi {
  readonly calls: ApiCall[] = [];
  /** the same calls by chat_id, so a test user reads its own chat without scanning every chat's */
  private readonly byChat = new Map<number, ApiCall[]>();
  private nextId = new Map<number, number>();
  private failures: Array<{ method: string; chatId?: number; failure: Failure; times: number }> = [];
  /** bytes behind file ids, served by getFile and /file/bot<token>/<file_path> */
  private readonly files = new Map<string, Buffer>();

  /** A file a test user sends: its id for a document message; the bot downloads these bytes. */
  serveFile(fileId: string, bytes: Buffer) {
    this.files.set(fileId, bytes);
  }

  /** Make the next `times` calls of `method` (optionally to one chat) fail like Telegram would. */
  fail(method: string, failure: Failure, opts: { chatId?: number; times?: number } = {}) {
    this.failures.push({ method, chatId: opts.chatId, failure, times: opts.times ?? 1 });
  }

  clear() {
    this.calls.length = 0;
    this.byChat.clear();
  }

  /** Calls to one chat, in order (a view kept beside `calls`; `clear` empties both). */
  callsIn(chatId: number): readonly ApiCall[] {
    return this.byChat.get(chatId) ?? [];
  }

  private record(call: ApiCall) {
    this.calls.push(call);
    const chatId = Number(call.payload.chat_id);
    if (!Number.isFinite(chatId)) return;
    let list = this.byChat.get(chatId);
    if (!list) this.byChat.set(chatId, (list = []));
    list.push(call);
  }

  readonly fetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const fileAt = String(url).indexOf("/file/bot");
    if (fileAt >= 0) {
      const path = String(url).slice(fileAt).split("/").slice(3).join("/");
      this.record({ method: "downloadFile", payload: { path } });
      const bytes = this.files.get(decodeURIComponent(path).replace(/^documents\//, ""));
      return bytes ? new Response(new Uint8Array(bytes), { status: 200 }) : new Response("not found", { status: 404 });
    }
    const method = String(url).split("/").pop()!;
    const payload = await parseBody(init);
    this.record({ method, payload });
    const f = this.failures.find(
      (x) => x.method === method && x.times > 0 && (x.chatId === undefined || x.chatId === Number(payload.chat_id)),
    );
    if (f) {
      f.times -= 1;
      return json({ ok: false, ...f.failure });
    }
    return json({ ok: true, result: this.result(method, payload) });
  };

  private message(payload: Record<string, any>, extra: Partial<Message> = {}): Message {
    const chatId = Number(payload.chat_id);
    const id = (this.nextId.get(chatId) ?? 1000) + 1;
    this.nextId.set(chatId, id);
    return {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "private", first_name: "User" },
      from: BOT_INFO,
      ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
      ...extra,
    } as Message;
  }

  private result(method: string, p: Record<string, any>): unknown {
    switch (method) {
      case "getMe":
        return BOT_INFO;
      case "sendMessage":
        return this.message(p, { text: p.text } as Partial<Message>);
      case "sendDocument":
        return this.message(p, {
          document: { file_id: `doc-${this.calls.length}`, file_unique_id: `u${this.calls.length}` },
        } as Partial<Message>);
      case "sendPhoto":
        return this.message(p, {
          photo: [
            { file_id: `photo-${this.calls.length}`, file_unique_id: `u${this.calls.length}`, width: 1, height: 1 },
          ],
        } as Partial<Message>);
      case "copyMessage":
        return { message_id: this.message(p).message_id };
      case "getFile": {
        const bytes = this.files.get(String(p.file_id));
        return {
          file_id: p.file_id,
          file_unique_id: `u-${p.file_id}`,
          ...(bytes ? { file_size: bytes.length, file_path: `documents/${p.file_id}` } : {}),
        };
      }
      case "editMessageText":
      case "editMessageReplyMarkup":
        return {
          message_id: p.message_id,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(p.chat_id), type: "private", first_name: "User" },
          from: BOT_INFO,
          ...(p.text !== undefined ? { text: p.text } : {}),
          ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
        };
      default:
        return true;
    }
  }

  // ---- queries used by tests ----
  /** Id of the newest message sent to a chat (ids count per chat from 1001). */
  lastMessageIdIn(chatId: number): number {
    return this.nextId.get(chatId) ?? 1000;
  }

  byMethod(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }
  /** Texts sent (sendMessage) or edited into (editMessageText) a chat, in order. */
  textsTo(chatId: number): string[] {
    return this.callsIn(chatId)
      .filter((c) => c.method === "sendMessage" || c.method === "editMessageText")
      .map((c) => String(c.payload.text));
  }
  lastTo(chatId: number, method = "sendMessage"): ApiCall | undefined {
    return this.callsIn(chatId).findLast((c) => c.method === method);
  }
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
}

async function parseBody(init?: RequestInit): Promise<Record<string, any>> {
  const body = init?.body;
  if (body === undefined || body === null) return {};
  if (typeof body === "string") return JSON.parse(body);
  // multipart (InputFile uploads): read it all, split the parts, resolve attach:// references
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  const text = Buffer.concat(chunks).toString("utf8");
  const boundary = text.slice(0, text.indexOf("\r\n"));
  const fields: Record<string, any> = {};
  for (const part of text.split(boundary).slice(1, -1)) {
    const sep = part.indexOf("\r\n\r\n");
    const head = part.slice(0, sep);
    const content = part.slice(sep + 4, part.length - 2);
    const name = /name="?([^";\r\n]+)"?/i.exec(head)?.[1];
    const filename = /filename="?([^";\r\n]+)"?/i.exec(head)?.[1];
    if (name) fields[name] = filename !== undefined ? { filename, content } : content;
  }
  const out: Record<string, any> = { _multipart: true };
  for (const [k, v] of Object.entries(fields)) {
    const ref = typeof v === "string" && v.startsWith("attach://") ? fields[v.slice(9)] : undefined;
    out[k] = ref ?? v;
  }
  return out;
}
