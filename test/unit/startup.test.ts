// Start-up is bounded and its failures name the variable to fix (D1, D7): the real startApp on an
// in-memory database against a scripted Bot API (401, 429, 5xx, a server that never answers, a
// closed port), a busy PORT and an unreachable DATABASE_URL.
import { describe, it, expect, afterEach, beforeAll } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { startApp, type RunningApp } from "../../src/app.ts";
import { parseConfig, ConfigError } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import { testDb } from "../helpers/db.ts";
import type { OpenedDb } from "../../src/db/open.ts";

// the worker's test database, shared (opening + migrating one per start would take seconds each)
let shared: OpenedDb;
beforeAll(async () => {
  shared = await testDb();
});
const openShared = async (): Promise<OpenedDb> => ({ ...shared, close: async () => {} });

const TOKEN = "123456:TEST-token";
const ME = {
  id: 123456,
  is_bot: true,
  first_name: "T",
  username: "t_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};

type Script = (method: string) => { status: number; body: unknown } | "hang";
const closers: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function fakeApi(script: Script): Promise<{ root: string; calls: string[] }> {
  const calls: string[] = [];
  const server = http.createServer((req, res) => {
    const method = (req.url ?? "").split("/").pop()!;
    calls.push(method);
    req.resume();
    const a = script(method);
    if (a === "hang") return; // never answers
    res.writeHead(a.status, { "content-type": "application/json" }).end(JSON.stringify(a.body));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  closers.push(() => {
    server.closeAllConnections();
    return new Promise((r) => server.close(r));
  });
  return { root: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls };
}

const ok = (result: unknown) => ({ status: 200, body: { ok: true, result } });
const okScript: Script = (m) => (m === "getMe" ? ok(ME) : m === "getUpdates" ? "hang" : ok(true));
const config = (env: Record<string, string> = {}) =>
  parseConfig({ DATA_DIR: "memory://", PORT: "0", LOG_LEVEL: "silent", ...env });

async function start(
  apiRoot: string,
  env: Record<string, string> = {},
  opts: { signal?: AbortSignal; initTimeoutMs?: number; prepare?: (db: OpenedDb) => Promise<void> } = {},
): Promise<RunningApp> {
  const openDb = env.DATABASE_URL ? undefined : openShared;
  const app = await startApp(config(env), createLogger("silent"), TOKEN, apiRoot, {
    initTimeoutMs: 8_000,
    openDb,
    ...opts,
  });
  closers.push(() => app.stop());
  return app;
}

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("start-up did not fail");
}

describe("start-up", () => {
  it("D7: a token without the digits:secret shape is refused by the config", () => {
    for (const bad of ["123:", "abc:def", "123456", "123 456:x"])
      expect(() => parseConfig({ BOT_TOKEN: bad })).toThrow(ConfigError);
    expect(parseConfig({ BOT_TOKEN: "123456789:AAE-abc_DEF" }).botToken).toBe("123456789:AAE-abc_DEF");
  });

  it("D7: a 401 from getMe says BOT_TOKEN was rejected", async () => {
    const api = await fakeApi(() => ({
      status: 401,
      body: { ok: false, error_code: 401, description: "Unauthorized" },
    }));
    const msg = await failure(start(api.root));
    expect(msg).toMatch(/BOT_TOKEN was rejected/);
    expect(msg).not.toContain("TEST-token");
  });

  it("D1: an unreachable Bot API fails start-up within bounds, naming TELEGRAM_API_ROOT", async () => {
    const msg = await failure(start("http://127.0.0.1:1"));
    expect(msg).toMatch(/TELEGRAM_API_ROOT/);
  }, 60_000);

  it("D1: a Bot API that never answers fails start-up after the start-up timeout", async () => {
    const api = await fakeApi(() => "hang");
    const msg = await failure(start(api.root, {}, { initTimeoutMs: 1_500 }));
    expect(msg).toMatch(/TELEGRAM_API_ROOT.*(did not answer|cannot reach)/);
  }, 60_000);

  it("D1: a stop requested during start-up ends it at once", async () => {
    const api = await fakeApi(() => "hang");
    const ac = new AbortController();
    const p = failure(start(api.root, {}, { signal: ac.signal, initTimeoutMs: 60_000 }));
    setTimeout(() => ac.abort(), 300);
    expect(await p).toMatch(/stopped during start-up/);
  }, 60_000);

  it("429 and 5xx at start are retried, then the bot starts", async () => {
    let n = 0;
    const api = await fakeApi((m) => {
      if (m !== "getMe") return m === "getUpdates" ? "hang" : ok(true);
      n += 1;
      if (n === 1)
        return {
          status: 429,
          body: {
            ok: false,
            error_code: 429,
            description: "Too Many Requests: retry after 1",
            parameters: { retry_after: 1 },
          },
        };
      if (n === 2) return { status: 502, body: { ok: false, error_code: 502, description: "Bad Gateway" } };
      return ok(ME);
    });
    const app = await start(api.root);
    expect(n).toBe(3);
    expect(app.httpPort).toBeGreaterThan(0);
  }, 60_000);

  it("D7: a busy PORT is named", async () => {
    const api = await fakeApi(okScript);
    const busy = http.createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    closers.push(() => new Promise((r) => busy.close(r)));
    const port = (busy.address() as AddressInfo).port;
    expect(await failure(start(api.root, { PORT: String(port) }))).toMatch(new RegExp(`PORT ${port} is in use`));
  });

  it("D7: an unreachable DATABASE_URL is named, without its password", async () => {
    const api = await fakeApi(okScript);
    const msg = await failure(start(api.root, { DATABASE_URL: "postgresql://kdkmp:hunter2@127.0.0.1:1/kdkmp" }));
    expect(msg).toMatch(/DATABASE_URL: cannot connect to 127\.0\.0\.1:1/);
    expect(msg).not.toContain("hunter2");
  });

  it("issue 23: the demo seed (prepare) finishes before the bot polls and before any job runs", async () => {
    const order: string[] = [];
    const api = await fakeApi((m) => {
      if (m === "getUpdates" && !order.includes("getUpdates")) order.push("getUpdates");
      return okScript(m);
    });
    const app = await start(
      api.root,
      {},
      {
        prepare: async () => {
          order.push("prepare");
          await new Promise((r) => setTimeout(r, 300));
          order.push("prepared");
        },
      },
    );
    order.push("started"); // jobs start inside startApp, after the runner
    await new Promise((r) => setTimeout(r, 200));
    expect(app.httpPort).toBeGreaterThan(0);
    expect(order.slice(0, 2)).toEqual(["prepare", "prepared"]);
    expect(order.indexOf("started")).toBeGreaterThan(order.indexOf("prepared"));
  });
});
