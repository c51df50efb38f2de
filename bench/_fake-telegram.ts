// A local fake Bot API HTTP server for the broadcast benchmark: it enforces Telegram's limits —
// at most `global` messages in any 1 s window, at most one message per chat per second — and
// answers 429 with retry_after like Telegram. Every accepted message is recorded (chat, text,
// instant) so the benchmark can count duplicates and losses.
// With `paidGlobal` (bench/paid-broadcast.ts) it also knows Telegram's paid rate: messages sent
// with allow_paid_broadcast may go up to `paidGlobal` per second; messages without it stay within
// `global` per second among themselves, and every message counts towards `paidGlobal`.
import { createServer, type Server } from "node:http";

export interface Delivery {
  chat: number;
  text: string;
  at: number;
  paid: boolean;
}

export interface FakeTelegram {
  port: number;
  deliveries: Delivery[];
  rejected429: number;
  /** 429s from the paid window (paidGlobal) */
  rejectedPaid429: number;
  close(): Promise<void>;
}

/** Instants in the last second, oldest first (a queue with a moving head: no O(n) shift at 1,000/s). */
class Window {
  private at: number[] = [];
  private head = 0;
  count(now: number) {
    while (this.head < this.at.length && this.at[this.head]! <= now - 1000) this.head += 1;
    if (this.head > 4096) {
      this.at = this.at.slice(this.head);
      this.head = 0;
    }
    return this.at.length - this.head;
  }
  oldest = () => this.at[this.head]!;
  push = (now: number) => void this.at.push(now);
}

export async function startFakeTelegram(opts: {
  global: number;
  perChatMs: number;
  paidGlobal?: number;
}): Promise<FakeTelegram> {
  const window = new Window();
  const all = new Window();
  const lastPerChat = new Map<number, number>();
  const state: FakeTelegram = {
    port: 0,
    deliveries: [],
    rejected429: 0,
    rejectedPaid429: 0,
    close: async () => undefined,
  };
  let nextId = 1;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const method = (req.url ?? "").split("/").pop() ?? "";
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
      } catch {
        /* multipart: not used by this benchmark */
      }
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(payload));
      };
      if (method !== "sendMessage") return send(200, { ok: true, result: true });
      const now = Date.now();
      const chat = Number(body.chat_id);
      const last = lastPerChat.get(chat);
      const paid = opts.paidGlobal !== undefined && body.allow_paid_broadcast === true;
      const overPaid = opts.paidGlobal !== undefined && all.count(now) >= opts.paidGlobal;
      const overFree = !paid && window.count(now) >= opts.global;
      if (overPaid || overFree || (last !== undefined && now - last < opts.perChatMs)) {
        state.rejected429 += 1;
        if (overPaid) state.rejectedPaid429 += 1;
        const wait = overPaid
          ? all.oldest() + 1000 - now
          : overFree
            ? window.oldest() + 1000 - now
            : last! + opts.perChatMs - now;
        return send(429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${Math.ceil(wait / 1000)}`,
          parameters: { retry_after: Math.max(1, Math.ceil(wait / 1000)) },
        });
      }
      if (!paid) window.push(now);
      all.push(now);
      lastPerChat.set(chat, now);
      state.deliveries.push({ chat, text: String(body.text), at: now, paid });
      send(200, {
        ok: true,
        result: {
          message_id: nextId++,
          date: Math.floor(now / 1000),
          chat: { id: chat, type: "private" },
          text: body.text,
        },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.port = (server.address() as { port: number }).port;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
