// The fake Bot API (fake-api.ts) served over HTTP, for tests that run the real process with
// TELEGRAM_API_ROOT pointing here: every call is recorded in `fake.calls` as in-process tests see
// them, and the newest inline keyboard sent or edited into each chat is kept (what a user presses).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { FakeBotApi } from "./fake-api.ts";

export interface Keyboard {
  messageId: number;
  buttons: Array<{ text: string; callback_data?: string }>;
}

export class FakeApiServer {
  readonly fake = new FakeBotApi();
  readonly keyboards = new Map<number, Keyboard>();
  private server = http.createServer((req, res) => void this.route(req, res));
  apiRoot = "";

  async listen(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    this.apiRoot = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }

  private async route(req: http.IncomingMessage, res: http.ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const json = (req.headers["content-type"] ?? "").includes("json");
    const method = (req.url ?? "").split("?")[0]!.split("/").pop()!;
    // multipart bodies are recorded as the fake parses them; JSON bodies as sent
    const answer = await this.fake.fetch(
      `${this.apiRoot}/bot/${method}`,
      json || !raw ? { method: "POST", body: raw || undefined } : { method: "POST", body: toStream(raw) as never },
    );
    const body = (await answer.json()) as { ok: boolean; result?: any };
    const kb = body.result?.reply_markup?.inline_keyboard as Keyboard["buttons"][] | undefined;
    if (body.ok && kb && body.result.chat) {
      this.keyboards.set(Number(body.result.chat.id), { messageId: body.result.message_id, buttons: kb.flat() });
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  }
}

async function* toStream(s: string) {
  yield Buffer.from(s);
}
