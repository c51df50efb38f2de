// A local fake Bot API HTTP server for the broadcast benchmark: it enforces Telegram's limits —
// at most `global` messages in any 1 s window, at most one message per chat per second — and
// answers 429 with retry_after like Telegram. Every accepted message is recorded (chat, text,
// instant) so the benchmark can count duplicates and losses.
import { createServer, type Server } from "node:http";

export interface Delivery {
  chat: number;
  text: string;
  at: number;
}

export interface FakeTelegram {
  port: number;
  deliveries: Delivery[];
  rejected429: number;
  close(): Promise<void>;
}

export async function startFakeTelegram(opts: { global: number; perChatMs: number }): Promise<FakeTelegram> {
  const window: number[] = [];
  const lastPerChat = new Map<number, number>();
  const state: FakeTelegram = { port: 0, deliveries: [], rejected429: 0, close: async () => undefined };
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
      while (window.length > 0 && window[0]! <= now - 1000) window.shift();
      const chat = Number(body.chat_id);
      const last = lastPerChat.get(chat);
      if (window.length >= opts.global || (last !== undefined && now - last < opts.perChatMs)) {
        state.rejected429 += 1;
        const wait = window.length >= opts.global ? window[0]! + 1000 - now : last! + opts.perChatMs - now;
        return send(429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${Math.ceil(wait / 1000)}`,
          parameters: { retry_after: Math.max(1, Math.ceil(wait / 1000)) },
        });
      }
      window.push(now);
      lastPerChat.set(chat, now);
      state.deliveries.push({ chat, text: String(body.text), at: now });
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
