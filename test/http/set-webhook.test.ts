// Webhook mode registers the webhook with the configured max_connections (WEBHOOK_MAX_CONNECTIONS,
// default 40): the real startApp against a Bot API that records each call's body.
import { describe, it, expect, afterEach, beforeAll } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { startApp } from "../../src/app.ts";
import { parseConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import { testDb } from "../helpers/db.ts";
import type { OpenedDb } from "../../src/db/open.ts";

let shared: OpenedDb;
beforeAll(async () => {
  shared = await testDb();
});

const TOKEN = "123456:TEST-token";
const ME = { id: 123456, is_bot: true, first_name: "T", username: "t_bot" };
const closers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** A Bot API answering ok to everything; returns the JSON bodies of setWebhook calls. */
async function recordingApi(): Promise<{ root: string; setWebhook: Array<Record<string, unknown>> }> {
  const setWebhook: Array<Record<string, unknown>> = [];
  const server = http.createServer((req, res) => {
    const method = (req.url ?? "").split("/").pop()!;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (method === "setWebhook") setWebhook.push(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      const result = method === "getMe" ? ME : true;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  closers.push(() => {
    server.closeAllConnections();
    return new Promise((r) => server.close(r));
  });
  return { root: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, setWebhook };
}

async function startWebhook(env: Record<string, string>) {
  const api = await recordingApi();
  const config = parseConfig({
    DATA_DIR: "memory://",
    PORT: "0",
    LOG_LEVEL: "silent",
    BOT_MODE: "webhook",
    WEBHOOK_URL: "https://bot.example.id/webhook",
    WEBHOOK_SECRET: "set-webhook-secret-0123456789",
    ...env,
  });
  const app = await startApp(config, createLogger("silent"), TOKEN, api.root, {
    initTimeoutMs: 8_000,
    openDb: async () => ({ ...shared, close: async () => {} }),
  });
  closers.push(() => app.stop());
  return api.setWebhook;
}

describe("setWebhook", () => {
  it("carries max_connections 40 by default", async () => {
    const calls = await startWebhook({});
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      url: "https://bot.example.id/webhook",
      secret_token: "set-webhook-secret-0123456789",
      max_connections: 40,
    });
  });

  it("carries WEBHOOK_MAX_CONNECTIONS when set", async () => {
    const calls = await startWebhook({ WEBHOOK_MAX_CONNECTIONS: "100" });
    expect(calls[0]).toMatchObject({ max_connections: 100 });
  });

  it("refuses a value Telegram would refuse (1-100)", () => {
    expect(() => parseConfig({ WEBHOOK_MAX_CONNECTIONS: "101" })).toThrow(/WEBHOOK_MAX_CONNECTIONS/);
    expect(() => parseConfig({ WEBHOOK_MAX_CONNECTIONS: "0" })).toThrow(/WEBHOOK_MAX_CONNECTIONS/);
  });
});
