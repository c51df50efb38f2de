// Several webhook instances on one PostgreSQL: the real app as processes (WORKERS=2 under the
// node:cluster primary, then two separate WORKERS=1 processes), Telegram's updates posted over HTTP
// to the webhook, a registration wizard's updates alternating between the two instances. Nothing
// is lost (the koperasi is registered with every answer), every update is handled exactly once
// (one "update handled" log line per update_id, a re-sent copy to the other instance skipped),
// and the chat really moved between instances mid-wizard. Needs TEST_DATABASE_URL (CI sets it).
import { describe, it, expect, afterAll } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import pg from "pg";
import { FakeApiServer } from "../helpers/fake-api-server.ts";
import { dropDatabases, freshDatabase, until as waitUntil } from "../helpers/pg-databases.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SECRET = "workers-test-secret-0123456789";
const BASE_URL = process.env.TEST_DATABASE_URL;
const children: ChildProcess[] = [];
const databases: string[] = [];

async function newDatabase(tag: string): Promise<string> {
  const { url, name } = await freshDatabase(BASE_URL!, tag);
  databases.push(name);
  return url;
}

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  if (BASE_URL) await dropDatabases(BASE_URL, databases);
});

interface Proc {
  child: ChildProcess;
  name: string;
  lines: Array<Record<string, any>>;
  log(): string;
}

function startBot(name: string, api: FakeApiServer, databaseUrl: string, workers: number): Proc {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      BOT_TOKEN: "123:WORKERS",
      TELEGRAM_API_ROOT: api.apiRoot,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.id/webhook",
      WEBHOOK_SECRET: SECRET,
      DATABASE_URL: databaseUrl,
      WORKERS: String(workers),
      PORT: "0",
      LOG_LEVEL: "debug",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  const p: Proc = { child, name, lines: [], log: () => raw };
  let raw = "";
  let partial = "";
  child.stdout!.on("data", (b: Buffer) => {
    raw += b.toString();
    const parts = (partial + b.toString()).split("\n");
    partial = parts.pop()!;
    for (const l of parts) {
      try {
        p.lines.push(JSON.parse(l));
      } catch {
        /* not a log line */
      }
    }
  });
  child.stderr!.on("data", (b: Buffer) => (raw += b.toString()));
  return p;
}

const until = <T>(fn: () => T | undefined | false, what: string, p: Proc[], ms = 90_000): Promise<T> =>
  waitUntil(fn, what, () => `${p.map((x) => `--- ${x.name}\n${x.log().slice(-3000)}`)}`, ms);

/** A POST on a new connection each time (the cluster primary hands connections to workers in turn). */
function post(port: number, update: object): Promise<number> {
  const body = JSON.stringify(update);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path: "/webhook",
        method: "POST",
        agent: false,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "x-telegram-bot-api-secret-token": SECRET,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode!));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

type Action = { text: string } | { contact: string } | { press: string } | { label: string };

/** A new koperasi through the whole registration wizard (12 updates). */
const REGISTRATION: Action[] = [
  { text: "/start" },
  { label: "Setuju" },
  { text: "Siti Aminah" },
  { contact: "+62 812-3456-7890" },
  { text: "Sungai Ambawang Kuala, Sungai Ambawang" },
  { press: "~p:61.12.03.2005" },
  { label: "Ketua" },
  { text: "AHU-0012345.AH.01.29.TAHUN 2025" },
  { press: "~u:GERAI_SEMBAKO" },
  { press: "~u:SIMPAN_PINJAM" },
  { label: "Selesai" },
  { label: "Kirim pendaftaran" },
];

let nextUpdateId = 5_000;

function updateFor(api: FakeApiServer, chatId: number, a: Action): Record<string, any> {
  const from = { id: chatId, is_bot: false, first_name: "Siti", language_code: "id" };
  const base = {
    message_id: nextUpdateId,
    date: Math.floor(Date.now() / 1000),
    chat: { id: chatId, type: "private" },
    from,
  };
  const update_id = nextUpdateId++;
  if ("text" in a) {
    const entities = a.text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: a.text.length }] : undefined;
    return { update_id, message: { ...base, text: a.text, ...(entities ? { entities } : {}) } };
  }
  if ("contact" in a)
    return {
      update_id,
      message: { ...base, contact: { phone_number: a.contact, first_name: "Siti", user_id: chatId } },
    };
  const kb = api.keyboards.get(chatId);
  const button = kb?.buttons.find((b) => ("press" in a ? b.callback_data === a.press : b.text.includes(a.label)));
  if (!kb || !button?.callback_data) throw new Error(`no button ${JSON.stringify(a)} in ${JSON.stringify(kb)}`);
  return {
    update_id,
    callback_query: {
      id: `cb-${update_id}`,
      from,
      chat_instance: "ci",
      data: button.callback_data,
      message: { ...base, message_id: kb.messageId, text: "" },
    },
  };
}

/** Who handled each update: the "update handled" debug lines, per process and worker. */
function handledBy(procs: Proc[]): Map<number, string[]> {
  const by = new Map<number, string[]>();
  for (const p of procs)
    for (const l of p.lines)
      if (l.msg === "update handled") {
        const list = by.get(l.update_id) ?? [];
        list.push(`${p.name}${l.worker ? `/w${l.worker}` : ""}`);
        by.set(l.update_id, list);
      }
  return by;
}

async function expectRegistered(databaseUrl: string, chatId: number) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows } = await c.query(
      `SELECT u."fullName", u.phone, co."villageCode", co."legalNumber", co.units::text[] AS units, m.position
         FROM "User" u JOIN "Membership" m ON m."userId" = u.id JOIN "Cooperative" co ON co.id = m."coopId"
        WHERE u."telegramId" = $1`,
      [chatId],
    );
    expect(rows).toEqual([
      {
        fullName: "Siti Aminah",
        phone: "+6281234567890",
        villageCode: "61.12.03.2005",
        legalNumber: "AHU-0012345.AH.01.29.TAHUN 2025",
        units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM"],
        position: "KETUA",
      },
    ]);
  } finally {
    await c.end();
  }
}

/**
 * Runs the registration of `chatId`, update i going to target(i); after each answer waits until the
 * bot has spoken. Then re-sends the last update to the other target: it must be skipped.
 */
async function registerAcross(
  api: FakeApiServer,
  procs: Proc[],
  chatId: number,
  target: (i: number) => number,
): Promise<number[]> {
  const ids: number[] = [];
  let last: Record<string, any> | undefined;
  for (let i = 0; i < REGISTRATION.length; i++) {
    const before = api.fake.calls.length;
    last = updateFor(api, chatId, REGISTRATION[i]!);
    ids.push(last.update_id);
    expect(await post(target(i), last)).toBe(200);
    // the webhook answers once the update is handled: its calls are in
    expect(api.fake.calls.length).toBeGreaterThan(before);
  }
  const calls = api.fake.calls.length;
  expect(await post(target(REGISTRATION.length), last!)).toBe(200); // Telegram re-sends a copy elsewhere
  await until(
    () =>
      procs.some((p) => p.lines.some((l) => l.msg === "duplicate update skipped" && l.update_id === last!.update_id)),
    "the copy to be skipped",
    procs,
  );
  expect(api.fake.calls.length).toBe(calls);
  return ids;
}

function expectOnceEach(procs: Proc[], ids: number[]) {
  const by = handledBy(procs);
  for (const id of ids) expect(by.get(id), `update ${id}`).toHaveLength(1);
  const seq = ids.map((id) => by.get(id)![0]!);
  const moves = seq.filter((w, i) => i > 0 && w !== seq[i - 1]).length;
  expect(new Set(seq).size, seq.join(" ")).toBe(2);
  expect(moves, seq.join(" ")).toBeGreaterThanOrEqual(3);
  return seq;
}

function stopAll(procs: Proc[]) {
  return Promise.all(
    procs.map(
      (p) =>
        new Promise<number | null>((r) => {
          p.child.once("exit", (code) => r(code));
          p.child.kill("SIGTERM");
        }),
    ),
  );
}

describe.skipIf(!BASE_URL)("several webhook instances on one PostgreSQL", () => {
  it("WORKERS=2: a wizard alternating between the workers loses nothing, each update handled once; a killed worker is restarted", async () => {
    const api = await new FakeApiServer().listen();
    const db = await newDatabase("wk2");
    const bot = startBot("cluster", api, db, 2);
    try {
      const started = await until(
        () => bot.lines.find((l) => l.msg === "all workers started"),
        "both workers",
        [bot],
        150_000,
      );
      expect(started.workers).toBe(2);
      const chatId = 880_001;
      const ids = await registerAcross(api, [bot], chatId, () => started.port);
      const seq = expectOnceEach([bot], ids);
      console.log(`WORKERS=2, handled by: ${seq.join(" ")}`);
      await expectRegistered(db, chatId);

      // a worker killed: the primary restarts it, and both serve again
      const w1 = bot.lines.find((l) => l.msg === "worker ready" && l.worker === 1)!;
      process.kill(w1.pid, "SIGKILL");
      await until(() => bot.lines.find((l) => l.msg === "worker died; restarting it"), "the death noticed", [bot]);
      const again = await until(
        () => bot.lines.find((l) => l.msg === "worker ready" && l.worker === 1 && l.pid !== w1.pid),
        "worker 1 restarted",
        [bot],
      );
      const afterIds: number[] = [];
      for (let i = 0; i < 2; i++) {
        const u = updateFor(api, chatId, { text: "/bantuan" });
        afterIds.push(u.update_id);
        expect(await post(started.port, u)).toBe(200);
      }
      const by = handledBy([bot]);
      expect(new Set(afterIds.map((id) => by.get(id)?.join()))).toEqual(new Set(["cluster/w1", "cluster/w2"]));
      expect(again.pid).not.toBe(w1.pid);
      const [code] = await stopAll([bot]);
      expect(code).toBe(0);
      expect(bot.lines.filter((l) => l.msg === "stopped").length).toBe(3); // the two live workers, then the primary
    } finally {
      await api.close();
    }
  }, 300_000);

  it("two separate processes: a wizard alternating between them loses nothing, each update handled once", async () => {
    const api = await new FakeApiServer().listen();
    const db = await newDatabase("two");
    const a = startBot("a", api, db, 1);
    const b = startBot("b", api, db, 1);
    const procs = [a, b];
    try {
      const ports = await Promise.all(
        procs.map((p) =>
          until(() => p.lines.find((l) => l.msg === "bot started")?.http as number, p.name, procs, 150_000),
        ),
      );
      const chatId = 880_002;
      const ids = await registerAcross(api, procs, chatId, (i) => ports[i % 2]!);
      const seq = expectOnceEach(procs, ids);
      expect(seq.slice(0, 4)).toEqual(["a", "b", "a", "b"]);
      await expectRegistered(db, chatId);
      expect(await stopAll(procs)).toEqual([0, 0]);
    } finally {
      await api.close();
    }
  }, 300_000);
});
