// Broadcast benchmark (issue 10): N bulk recipients through the real outbox worker (its own
// process) against a LOCAL fake Bot API that enforces 30 msg/s globally and 1 msg/s per chat with
// 429 retry_after. Run 1: a clean broadcast, with one interactive "help relay" enqueued by the
// worker process while it runs (its latency: enqueue → accepted by the fake API). Run 2: the worker
// is killed with SIGKILL at a random point and restarted on the same database.
// Prints achieved rate as a share of the configured bulk rate (goal ≥ 97 %), duplicates (goal 0),
// lost (goal 0), and the relay latency (goal < 2 s). Prints; never asserts.
// Short mode (default, `npm run bench`): 1,000 recipients. BENCH_FULL=1: 10,000 (~6 min per run).
// Database: a fresh PGlite dir per run, or BENCH_DATABASE_URL (a PostgreSQL database it may empty).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db/open.ts";
import { enqueueMany, groupProgress } from "../src/outbox/index.ts";
import { startFakeTelegram, type Delivery } from "./_fake-telegram.ts";
import { record } from "./lib/figures.ts";

const N = Number(process.env.BENCH_RECIPIENTS ?? (process.env.BENCH_FULL ? 10_000 : 1_000));
const LIMIT = 30; // the fake Telegram's global limit (msg/s)
const BUDGET = Number(process.env.BENCH_BUDGET ?? 30); // the worker's configured global budget
const BULK_SHARE = Number(process.env.BENCH_BULK_SHARE ?? 0.9);
const BULK_RATE = BUDGET * BULK_SHARE;
const GROUP = "bc:bench";
const RELAY_CHAT = 42;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

interface Db {
  dataDir?: string;
  databaseUrl?: string;
  cleanup(): void;
}

async function freshDb(): Promise<Db> {
  const url = process.env.BENCH_DATABASE_URL;
  const where: Db = url
    ? { databaseUrl: url, cleanup: () => undefined }
    : (() => {
        const dir = mkdtempSync(path.join(tmpdir(), "bench-broadcast-"));
        return { dataDir: dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
      })();
  const db = await openDatabase({ dataDir: where.dataDir ?? "", databaseUrl: where.databaseUrl });
  await db.prisma.outbox.deleteMany();
  await db.prisma.jobLease.deleteMany();
  const items = Array.from({ length: N }, (_, i) => ({
    key: `${GROUP}:${i}`,
    chatId: 1_000_000_000 + i,
    text: `bc#${i}`,
    lane: "bulk" as const,
    group: GROUP,
  }));
  await enqueueMany(db.prisma, items);
  await db.close();
  return where;
}

function runWorker(
  db: Db,
  port: number,
  extra: Record<string, unknown>,
  onLine: (o: Record<string, number>) => void,
): { child: ChildProcess; exited: Promise<number | null> } {
  const args = JSON.stringify({
    dataDir: db.dataDir,
    databaseUrl: db.databaseUrl,
    port,
    budget: BUDGET,
    bulkShare: BULK_SHARE,
    group: GROUP,
    ...extra,
  });
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "_broadcast-worker.ts"), args],
    {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, LOG_LEVEL: "silent" },
    },
  );
  let buf = "";
  child.stdout!.on("data", (c: Buffer) => {
    buf += c.toString();
    for (let i = buf.indexOf("\n"); i >= 0; i = buf.indexOf("\n")) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      try {
        onLine(JSON.parse(line));
      } catch {
        /* not ours */
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited };
}

function count(deliveries: Delivery[]) {
  const bulk = deliveries.filter((d) => d.text.startsWith("bc#"));
  const seen = new Map<string, number>();
  for (const d of bulk) seen.set(d.text, (seen.get(d.text) ?? 0) + 1);
  const duplicates = [...seen.values()].reduce((a, n) => a + (n - 1), 0);
  const lost = N - seen.size;
  const first = bulk[0]?.at ?? 0;
  const last = bulk.at(-1)?.at ?? 0;
  const rate = bulk.length > 1 ? ((bulk.length - 1) * 1000) / (last - first) : 0;
  return { delivered: bulk.length, duplicates, lost, seconds: (last - first) / 1000, rate };
}

async function verifyDb(db: Db) {
  const o = await openDatabase({ dataDir: db.dataDir ?? "", databaseUrl: db.databaseUrl, migrate: false });
  const p = await groupProgress(o.prisma, GROUP);
  await o.close();
  return p;
}

console.log(
  `${N.toLocaleString("en-US")} bulk recipients; fake Telegram: ${LIMIT} msg/s global, 1 msg/s per chat (429 retry_after); worker budget ${BUDGET} msg/s, bulk share ${BULK_SHARE} → bulk ${BULK_RATE} msg/s`,
);

// ---- run 1: clean, with a help relay enqueued while the broadcast runs ----
{
  const tg = await startFakeTelegram({ global: LIMIT, perChatMs: 1000 });
  const db = await freshDb();
  let relayAt = 0;
  let cpuMs = 0;
  let startupCpuMs = 0;
  const relayAfterMs = Math.round(((N / BULK_RATE) * 1000) / 2);
  const w = runWorker(db, tg.port, { relayAfterMs, relayKey: "relay:1", relayChat: RELAY_CHAT }, (o) => {
    if (o.relayEnqueuedAt) relayAt = o.relayEnqueuedAt;
    if (o.startupCpuMs) startupCpuMs = o.startupCpuMs;
    if (o.cpuMs) cpuMs = o.cpuMs;
  });
  await w.exited;
  const c = count(tg.deliveries);
  const relay = tg.deliveries.find((d) => d.chat === RELAY_CHAT);
  const p = await verifyDb(db);
  console.log(
    `clean run        ${c.delivered} delivered in ${c.seconds.toFixed(1)} s = ${c.rate.toFixed(2)} msg/s = ${pct(c.rate / BULK_RATE)} of the configured bulk rate (goal ≥ 97 %), ${pct(c.rate / LIMIT)} of Telegram's ${LIMIT}/s; 429s: ${tg.rejected429}`,
  );
  console.log(
    `                 duplicates ${c.duplicates} (goal 0), lost ${c.lost} (goal 0); rows: sent ${p.sent}, failed ${p.failed}, pending ${p.pending}`,
  );
  console.log(
    `worker CPU       ${((cpuMs - startupCpuMs) / (c.delivered + 1)).toFixed(2)} ms per message (user+system, after start-up) → one core could drive ${Math.round(1000 / ((cpuMs - startupCpuMs) / (c.delivered + 1)))} msg/s; load average now ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
  );
  console.log(
    `help relay       enqueued mid-broadcast, accepted by the fake API after ${relay && relayAt ? `${relay.at - relayAt} ms` : "— (not delivered)"} (goal < 2,000 ms)`,
  );
  record("broadcast.clean.rate_of_configured", (100 * c.rate) / BULK_RATE, "%", { op: ">=", value: 97 });
  record("broadcast.clean.duplicates", c.duplicates, "messages", { op: "<", value: 1 });
  record("broadcast.clean.lost", c.lost, "messages", { op: "<", value: 1 });
  if (relay && relayAt)
    record("broadcast.clean.help_relay_latency", relay.at - relayAt, "ms", { op: "<", value: 2000 });
  await tg.close();
  db.cleanup();
}

// ---- run 2: kill -9 at a random point, restart on the same database ----
{
  const tg = await startFakeTelegram({ global: LIMIT, perChatMs: 1000 });
  const db = await freshDb();
  // kill once a random 20–80 % of the recipients got their message
  const killAtCount = Math.round(N * (0.2 + Math.random() * 0.6));
  const w1 = runWorker(db, tg.port, {}, () => undefined);
  const started = Date.now();
  const timer = setInterval(() => {
    if (tg.deliveries.length >= killAtCount) w1.child.kill("SIGKILL");
  }, 5);
  await w1.exited;
  clearInterval(timer);
  const killAfterMs = Date.now() - started;
  const before = tg.deliveries.length;
  const killedAt = Date.now();
  const w2 = runWorker(db, tg.port, {}, () => undefined);
  await w2.exited;
  const c = count(tg.deliveries);
  const resumed = tg.deliveries[before]?.at;
  const p = await verifyDb(db);
  console.log(
    `kill -9 run      killed (SIGKILL) ${(killAfterMs / 1000).toFixed(1)} s after start, ${before} delivered, restarted: first message ${resumed ? `${((resumed - killedAt) / 1000).toFixed(1)} s` : "—"} after the kill (claim lease 5 s)`,
  );
  console.log(
    `                 ${c.delivered} delivered; duplicates ${c.duplicates} (goal 0; at most one per concurrent send slot), lost ${c.lost} (goal 0); rows: sent ${p.sent}, failed ${p.failed}, pending ${p.pending}`,
  );
  record("broadcast.kill9.lost", c.lost, "messages", { op: "<", value: 1 });
  record("broadcast.kill9.duplicates", c.duplicates, "messages"); // at most one per concurrent send slot (at-least-once)
  await tg.close();
  db.cleanup();
}
