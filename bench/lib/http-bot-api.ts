// A fake Bot API over HTTP for benches that run the real process (TELEGRAM_API_ROOT): serves
// getUpdates (long polling) from a queue, answers every other method like Telegram, and counts the
// calls each chat receives so a driver knows when an update has been answered. It also notes when
// the first getUpdates arrives (start-up figures).
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import { BOT_INFO } from "../../test/helpers/fake-api.ts";

export class HttpBotApi {
  private server = http.createServer((req, res) => void this.route(req, res));
  private queue: Update[] = [];
  private pollers: Array<() => void> = [];
  private nextMessageId = 1000;
  private callbackChat = new Map<string, number>();
  private waiters = new Map<number, Array<{ n: number; resolve: () => void }>>();
  readonly callsTo = new Map<number, number>();
  /** per chat: performance.now() of its newest call (webhook benches time an update to its last call) */
  readonly lastCallAt = new Map<number, number>();
  /** texts sent that start with this (e.g. the error boundary's apology) are counted in `flagged` */
  flagPrefix?: string;
  flagged = 0;
  /** sees every call (a bench's calibration prints what the bot said) */
  onCall?: (method: string, payload: Record<string, any>) => void;
  /** per chat: the newest message the bot sent or edited with inline buttons (what a user presses) */
  readonly keyboardMessage = new Map<number, number>();
  firstGetUpdatesAt?: number;
  private updateId = 1;
  apiRoot = "";

  async listen() {
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    this.apiRoot = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close() {
    this.pollers.splice(0).forEach((p) => p());
    this.server.closeAllConnections();
    return new Promise<void>((r) => this.server.close(() => r()));
  }

  /** A callback query delivered some other way (a webhook): its answer is counted for `chatId`. */
  noteCallback(callbackQueryId: string, chatId: number) {
    this.callbackChat.set(callbackQueryId, chatId);
  }

  push(update: Omit<Update, "update_id">): number {
    const u = { update_id: this.updateId++, ...update } as Update;
    if (u.callback_query) this.callbackChat.set(u.callback_query.id, u.callback_query.from.id);
    this.queue.push(u);
    this.pollers.splice(0).forEach((p) => p());
    return u.update_id;
  }

  /** Resolves once `chatId` has received `n` calls in total. */
  waitCalls(chatId: number, n: number): Promise<void> {
    if ((this.callsTo.get(chatId) ?? 0) >= n) return Promise.resolve();
    return new Promise((resolve) => {
      const list = this.waiters.get(chatId) ?? [];
      list.push({ n, resolve });
      this.waiters.set(chatId, list);
    });
  }

  private noteCall(chatId: number) {
    const n = (this.callsTo.get(chatId) ?? 0) + 1;
    this.callsTo.set(chatId, n);
    this.lastCallAt.set(chatId, performance.now());
    const list = this.waiters.get(chatId);
    if (!list) return;
    for (const w of list.filter((w) => w.n <= n)) w.resolve();
    const rest = list.filter((w) => w.n > n);
    if (rest.length) this.waiters.set(chatId, rest);
    else this.waiters.delete(chatId);
  }

  private async route(req: http.IncomingMessage, res: http.ServerResponse) {
    const method = (req.url ?? "").split("/").pop()!.split("?")[0]!;
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let p: Record<string, any> = {};
    if (raw && (req.headers["content-type"] ?? "").includes("json")) p = JSON.parse(raw);
    const send = (result: unknown) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, result }));
    };
    if (method === "getUpdates") {
      this.firstGetUpdatesAt ??= Date.now();
      const offset = Number(p.offset ?? 0);
      this.queue = this.queue.filter((u) => u.update_id >= offset); // confirmed
      if (this.queue.length === 0) {
        await new Promise<void>((r) => {
          const t = setTimeout(r, Math.min(Number(p.timeout ?? 0), 1) * 1000);
          this.pollers.push(() => (clearTimeout(t), r()));
        });
      }
      return send(this.queue.slice(0, Number(p.limit ?? 100)));
    }
    if (method === "getMe") return send(BOT_INFO);
    const chatId =
      p.chat_id !== undefined
        ? Number(p.chat_id)
        : p.callback_query_id !== undefined
          ? this.callbackChat.get(String(p.callback_query_id))
          : undefined;
    this.onCall?.(method, p);
    if (chatId !== undefined) this.noteCall(chatId);
    if (this.flagPrefix && typeof p.text === "string" && p.text.startsWith(this.flagPrefix)) this.flagged += 1;
    if (method === "answerCallbackQuery") this.callbackChat.delete(String(p.callback_query_id));
    if (
      ["sendMessage", "sendPhoto", "sendDocument", "editMessageText", "editMessageReplyMarkup", "copyMessage"].includes(
        method,
      )
    ) {
      const id = method.startsWith("edit") ? Number(p.message_id) : this.nextMessageId++;
      if (chatId !== undefined && p.reply_markup?.inline_keyboard) this.keyboardMessage.set(chatId, id);
      return send({
        message_id: id,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: "private", first_name: "U" },
        from: BOT_INFO,
        text: p.text ?? "",
      });
    }
    return send(true);
  }
}
