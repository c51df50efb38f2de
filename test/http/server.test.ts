import { describe, it, expect, afterEach, beforeAll } from "vitest";
import { startHttpServer } from "../../src/http/server.ts";
import { createHarness } from "../helpers/harness.ts";
import { createLogger } from "../../src/logger.ts";
import { testDb } from "../helpers/db.ts";

beforeAll(() => testDb()); // open + migrate once, under the hook timeout

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

describe("http server", () => {
  it("/healthz answers 200 when the DB answers and 503 when it does not", async () => {
    let healthy = true;
    const s = await startHttpServer({
      port: 0,
      host: "127.0.0.1",
      logger: createLogger("silent"),
      ping: async () => {
        if (!healthy) throw new Error("down");
      },
    });
    closers.push(s.close);
    const ok = await fetch(`http://127.0.0.1:${s.port}/healthz`);
    expect(ok.status).toBe(200);
    healthy = false;
    expect((await fetch(`http://127.0.0.1:${s.port}/healthz`)).status).toBe(503);
  });

  it("webhook: wrong or missing secret → 401; right secret → the update is handled", async () => {
    const h = await createHarness();
    const secret = "s3cret-token-0123456789";
    const s = await startHttpServer({
      port: 0,
      host: "127.0.0.1",
      logger: createLogger("silent"),
      ping: async () => {},
      webhook: { bot: h.bot, secret },
    });
    closers.push(s.close);
    const update = {
      update_id: 1,
      message: {
        message_id: 1,
        date: 1,
        chat: { id: 8001, type: "private", first_name: "A" },
        from: { id: 8001, is_bot: false, first_name: "A", language_code: "id" },
        text: "/bantuan",
        entities: [{ type: "bot_command", offset: 0, length: 8 }],
      },
    };
    const post = (headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${s.port}/webhook`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(update),
      });
    expect((await post({})).status).toBe(401);
    expect((await post({ "x-telegram-bot-api-secret-token": "wrong-wrong-wrong-wrong" })).status).toBe(401);
    expect(h.fake.byMethod("sendMessage")).toHaveLength(0);
    expect((await post({ "x-telegram-bot-api-secret-token": secret })).status).toBe(200);
    expect(h.fake.textsTo(8001)[0]).toContain(h.t("help-title"));
  });
});
