// Webhook robustness: the same update_id POSTed to two instances on one database is handled once
// (D2); malformed JSON → 400, an oversized body → 413, neither logged as an error (D4).
import { describe, it, expect, afterEach, beforeAll } from "vitest";
import { Writable } from "node:stream";
import { startHttpServer } from "../../src/http/server.ts";
import { createHarness } from "../helpers/harness.ts";
import { createLogger } from "../../src/logger.ts";
import { createUpdateClaims } from "../../src/services/update-claims.ts";
import { webhookClaims } from "../../src/bot/update-round.ts";
import { testDb } from "../helpers/db.ts";

beforeAll(() => testDb()); // open + migrate once, under the hook timeout

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const SECRET = "s3cret-token-0123456789";
const update = (id: number, text = "/bantuan") => ({
  update_id: id,
  message: {
    message_id: id,
    date: 1,
    chat: { id: 8101, type: "private", first_name: "A" },
    from: { id: 8101, is_bot: false, first_name: "A", language_code: "id" },
    text,
    entities: [{ type: "bot_command", offset: 0, length: text.length }],
  },
});

function post(port: number, body: string, headers: Record<string, string> = {}) {
  return fetch(`http://127.0.0.1:${port}/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET, ...headers },
    body,
  });
}

describe("webhook", () => {
  it("D2: one update_id POSTed to two instances on one database is handled once; a new one is handled", async () => {
    const a = await createHarness();
    const b = await createHarness({ keepDb: true, fake: a.fake });
    const servers = [];
    for (const h of [a, b]) {
      const s = await startHttpServer({
        port: 0,
        host: "127.0.0.1",
        logger: createLogger("silent"),
        ping: async () => {},
        webhook: { bot: h.bot, secret: SECRET, claims: webhookClaims(h.prisma, h.clock) },
      });
      closers.push(s.close);
      servers.push(s);
    }
    const body = JSON.stringify(update(500_001));
    const replies = await Promise.all([
      post(servers[0]!.port, body),
      post(servers[1]!.port, body),
      post(servers[0]!.port, body),
    ]);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(a.fake.textsTo(8101)).toHaveLength(1);
    // Telegram re-sends later (after a timeout): still once
    expect((await post(servers[1]!.port, body)).status).toBe(200);
    expect(a.fake.textsTo(8101)).toHaveLength(1);
    expect((await post(servers[1]!.port, JSON.stringify(update(500_002)))).status).toBe(200);
    expect(a.fake.textsTo(8101)).toHaveLength(2);
  });

  it("D2: a claim left by an instance that died mid-update is taken over after a while", async () => {
    const h = await createHarness();
    const claims = createUpdateClaims(h.prisma, h.clock);
    expect(await claims.claim(42)).toBe(true);
    expect(await claims.claim(42)).toBe(false); // being handled elsewhere
    h.clock.advance(10 * 60_000);
    expect(await claims.claim(42)).toBe(true); // stale: the other instance died
    await claims.done(42);
    h.clock.advance(10 * 60_000);
    expect(await claims.claim(42)).toBe(false); // handled: never again
    expect(await claims.claim(43)).toBe(true);
    await claims.release(43); // could not be handled: a re-sent copy may try again
    expect(await claims.claim(43)).toBe(true);
    await claims.release(42); // a done claim is not released
    expect(await claims.claim(42)).toBe(false);
  });

  it("D4: malformed JSON → 400, a body over the limit → 413, no update → 400; none is an error in the log", async () => {
    const h = await createHarness();
    let log = "";
    const logger = createLogger(
      "info",
      new Writable({
        write(c, _e, cb) {
          log += c.toString();
          cb();
        },
      }),
    );
    const s = await startHttpServer({
      port: 0,
      host: "127.0.0.1",
      logger,
      ping: async () => {},
      webhook: { bot: h.bot, secret: SECRET, claims: webhookClaims(h.prisma, h.clock), maxBodyBytes: 64 * 1024 },
    });
    closers.push(s.close);
    expect((await post(s.port, "{not json")).status).toBe(400);
    expect((await post(s.port, JSON.stringify({ hello: 1 }))).status).toBe(400);
    expect((await post(s.port, JSON.stringify({ update_id: "x" }))).status).toBe(400);
    const big = JSON.stringify({ ...update(7), pad: "x".repeat(200 * 1024) });
    const r = await post(s.port, big).catch(() => undefined);
    if (r) expect(r.status).toBe(413);
    expect(h.fake.textsTo(8101)).toHaveLength(0);
    expect(log).not.toMatch(/"level":50/);
    // still serving
    expect((await post(s.port, JSON.stringify(update(8)))).status).toBe(200);
    expect(h.fake.textsTo(8101)).toHaveLength(1);
  });
});
