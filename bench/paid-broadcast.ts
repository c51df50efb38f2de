// Paid-rate broadcast benchmark (issue 22.4): 100,000 recipients in the outbox's "paid" lane
// (allow_paid_broadcast), sent by the real outbox worker (its own process) to a LOCAL fake Bot API
// that allows 1,000 messages/s with the flag (30/s without it) and 1 message/s per chat, and
// answers 429 with retry_after beyond that. During the broadcast, relays between two users
// (interactive rows, the free budget) are enqueued every few seconds; their latency is enqueue →
// accepted by the fake API. Run 2 kills the worker with SIGKILL mid-broadcast and restarts it.
// Prints: achieved rate against Telegram's 1,000/s (goal ≥ 95 %) and against a transport ceiling
// measured in the same run (grammY → the fake API with no database and no limit), lost (goal 0),
// duplicates (goal 0; after a kill at most the documented window: paidConcurrency + 100), relay
// latency (goal < 2 s). Prints; never asserts.
//   BENCH_PAID_RECIPIENTS (default 100,000), BENCH_PAID_KILL_RECIPIENTS (default 20,000; 0 = skip)
//   BENCH_DATABASE_URL: PostgreSQL instead of a fresh PGlite directory
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Api } from "grammy";
import { openDatabase } from "../src/db/open.ts";
import { enqueueMany, groupProgress } from "../src/outbox/index.ts";
import { startFakeTelegram, type Delivery } from "./_fake-telegram.ts";
import { percentile, record } from "./lib/figures.ts";

const N = Number(process.env.BENCH_PAID_RECIPIENTS ?? 100_000);
const KILL_N = Number(process.env.BENCH_PAID_KILL_RECIPIENTS ?? 20_000);
const PAID_LIMIT = 1000; // the fake Telegram's paid rate (msg/s)
const FREE_LIMIT = 30;
const PAID_RATE = Number(process.env.BENCH_PAID_RATE ?? 980); // the worker's paid pace (PAID_BROADCAST_RATE)
const PAID_CONCURRENCY = 32;
const KILL_WINDOW = PAID_CONCURRENCY + 100; // worker.ts header: the paid lane's crash window
const GROUP = "bc:paidbench";
const RELAY_CHAT = 42;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

interface Db {
  dataDir?: string;
  databaseUrl?: string;
  cleanup(): void;
}

async function freshDb(n: number): Promise<Db> {
  const url = process.env.BENCH_DATABASE_URL;
  const where: Db = url
    ? { databaseUrl: url, cleanup: () => undefined }
    : (() => {
        const dir = mkdtempSync(path.join(tmpdir(), "bench-paid-"));
        return { dataDir: dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
      })();
  const db = await openDatabase({ dataDir: where.dataDir ?? "", databaseUrl: where.databaseUrl });
  await db.prisma.outbox.deleteMany();
  await db.prisma.jobLease.deleteMany();
  const t0 = performance.now();
  for (let p = 0; p < n; p += 10_000)
    await enqueueMany(
      db.prisma,
      Array.from({ length: Math.min(10_000, n - p) }, (_, j) => ({
        key: `${GROUP}:${p + j}`,
        chatId: 1_000_000_000 + p + j,
        text: `bc#${p + j}`,
        lane: "paid" as const,
        group: GROUP,
      })),
    );
  console.log(`enqueued ${fmt(n)} paid-lane rows in ${fmt(performance.now() - t0)} ms`);
  await db.close();
  return where;
}

function runWorker(db: Db, port: number, extra: Record<string, unknown>, onLine: (o: Record<string, number>) => void) {
  const args = JSON.stringify({
    dataDir: db.dataDir,
    databaseUrl: db.databaseUrl,
    port,
    budget: 25,
    bulkShare: 0.9,
    group: GROUP,
    paidPerSecond: PAID_RATE,
    paidConcurrency: PAID_CONCURRENCY,
    ...extra,
  });
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "_broadcast-worker.ts"), args],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, LOG_LEVEL: "silent" } },
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

function count(deliveries: Delivery[], n: number) {
  const bulk = deliveries.filter((d) => d.text.startsWith("bc#"));
  const seen = new Set<string>();
  let duplicates = 0;
  for (const d of bulk) {
    if (seen.has(d.text)) duplicates += 1;
    seen.add(d.text);
  }
  const first = bulk[0]?.at ?? 0;
  const last = bulk.at(-1)?.at ?? 0;
  const rate = bulk.length > 1 ? ((bulk.length - 1) * 1000) / (last - first) : 0;
  // the most messages the fake accepted in any 1 s window (≤ its limit), and the seconds below 900
  let maxWindow = 0;
  for (let i = 0, j = 0; i < deliveries.length; i++) {
    while (deliveries[j]!.at <= deliveries[i]!.at - 1000) j++;
    maxWindow = Math.max(maxWindow, i - j + 1);
  }
  const perSecond = new Map<number, number>();
  for (const d of bulk)
    perSecond.set(Math.floor((d.at - first) / 1000), (perSecond.get(Math.floor((d.at - first) / 1000)) ?? 0) + 1);
  return {
    maxWindow,
    perSecond: [...perSecond.values()],
    delivered: bulk.length,
    duplicates,
    lost: n - seen.size,
    seconds: (last - first) / 1000,
    rate,
    unflagged: bulk.filter((d) => !d.paid).length,
  };
}

async function rows(db: Db) {
  const o = await openDatabase({ dataDir: db.dataDir ?? "", databaseUrl: db.databaseUrl, migrate: false });
  const p = await groupProgress(o.prisma, GROUP);
  await o.close();
  return p;
}

/** The transport ceiling: grammY → the fake API, 32 in flight, no database, no limit, 5 s. */
async function ceiling(): Promise<number> {
  const tg = await startFakeTelegram({ global: 1e9, perChatMs: 0, paidGlobal: 1e9 });
  const api = new Api("123:BENCH", { apiRoot: `http://127.0.0.1:${tg.port}` });
  const until = performance.now() + 5000;
  let n = 0;
  await Promise.all(
    Array.from({ length: PAID_CONCURRENCY }, async (_, k) => {
      while (performance.now() < until)
        await api.sendMessage(2_000_000_000 + k * 1_000_000 + n++, "ceiling", { allow_paid_broadcast: true });
    }),
  );
  await tg.close();
  return n / 5;
}

const ceil = await ceiling();
console.log(`transport ceiling (grammY → fake API, ${PAID_CONCURRENCY} in flight, no DB): ${fmt(ceil)} msg/s`);
console.log(
  `${fmt(N)} paid-lane recipients; fake Telegram: ${PAID_LIMIT} msg/s with allow_paid_broadcast, ${FREE_LIMIT}/s without, 1 msg/s per chat (429 retry_after); worker paid pace ${PAID_RATE} msg/s, ${PAID_CONCURRENCY} in flight`,
);

// ---- run 1: clean, with relays between users every 5 s ----
{
  const tg = await startFakeTelegram({ global: FREE_LIMIT, perChatMs: 1000, paidGlobal: PAID_LIMIT });
  const db = await freshDb(N);
  const relayAt = new Map<number, number>();
  let cpuMs = 0;
  let startupCpuMs = 0;
  const relayCount = Math.max(1, Math.floor(N / PAID_RATE / 5) - 1);
  const w = runWorker(
    db,
    tg.port,
    { relayAfterMs: 5000, relayEveryMs: 5000, relayCount, relayKey: "relay", relayChat: RELAY_CHAT },
    (o) => {
      if (o.relayEnqueuedAt) relayAt.set(o.relayChat!, o.relayEnqueuedAt);
      if (o.startupCpuMs) startupCpuMs = o.startupCpuMs;
      if (o.cpuMs) cpuMs = o.cpuMs;
    },
  );
  await w.exited;
  const c = count(tg.deliveries, N);
  const latencies = [...relayAt].flatMap(([chat, at]) => {
    const d = tg.deliveries.find((x) => x.chat === chat);
    return d ? [d.at - at] : [];
  });
  const p = await rows(db);
  console.log(
    `clean run        ${fmt(c.delivered)} delivered in ${c.seconds.toFixed(1)} s = ${fmt(c.rate)} msg/s = ${pct(c.rate / PAID_LIMIT)} of Telegram's paid ${PAID_LIMIT}/s (goal ≥ 95 %), ${pct(c.rate / Math.min(PAID_LIMIT, ceil))} of min(paid limit, transport ceiling); 429s: ${tg.rejected429} (paid window ${tg.rejectedPaid429})`,
  );
  console.log(
    `                 duplicates ${c.duplicates} (goal 0), lost ${c.lost} (goal 0), sent without the flag ${c.unflagged}; rows: sent ${fmt(p.sent)}, failed ${p.failed}, pending ${p.pending}`,
  );
  console.log(
    `                 most accepted in any 1 s window: ${c.maxWindow}; per second: ${c.perSecond.slice(0, 30).join(" ")}${c.perSecond.length > 30 ? " …" : ""}`,
  );
  console.log(
    `worker CPU       ${((cpuMs - startupCpuMs) / (c.delivered + 1)).toFixed(3)} ms per message (user+system, after start-up)`,
  );
  console.log(
    `relays           ${latencies.length} of ${relayAt.size} sent mid-broadcast arrived; latency p50 ${percentile(latencies, 50)} ms, max ${Math.max(...latencies)} ms (goal < 2,000 ms)`,
  );
  record("paid_broadcast.rate_of_1000", (100 * c.rate) / PAID_LIMIT, "%", { op: ">=", value: 95 });
  record("paid_broadcast.rate_of_ceiling", (100 * c.rate) / Math.min(PAID_LIMIT, ceil), "%");
  record("paid_broadcast.transport_ceiling", ceil, "msg/s");
  record("paid_broadcast.lost", c.lost, "messages", { op: "<", value: 1 });
  record("paid_broadcast.duplicates", c.duplicates, "messages", { op: "<", value: 1 });
  record("paid_broadcast.429s", tg.rejected429, "responses");
  if (latencies.length)
    record("paid_broadcast.relay_latency_max", Math.max(...latencies), "ms", { op: "<", value: 2000 });
  await tg.close();
  db.cleanup();
}

// ---- run 2: kill -9 at a random point, restart on the same database ----
if (KILL_N > 0) {
  const tg = await startFakeTelegram({ global: FREE_LIMIT, perChatMs: 1000, paidGlobal: PAID_LIMIT });
  const db = await freshDb(KILL_N);
  const killAt = Math.round(KILL_N * (0.2 + Math.random() * 0.6));
  const w1 = runWorker(db, tg.port, {}, () => undefined);
  const timer = setInterval(() => {
    if (tg.deliveries.length >= killAt) w1.child.kill("SIGKILL");
  }, 2);
  await w1.exited;
  clearInterval(timer);
  const before = tg.deliveries.length;
  const w2 = runWorker(db, tg.port, {}, () => undefined);
  await w2.exited;
  const c = count(tg.deliveries, KILL_N);
  const p = await rows(db);
  console.log(
    `kill -9 run      ${fmt(KILL_N)} recipients, killed after ${fmt(before)} delivered, restarted: duplicates ${c.duplicates} (documented window ≤ ${KILL_WINDOW}), lost ${c.lost} (goal 0); rows: sent ${fmt(p.sent)}, pending ${p.pending}`,
  );
  record("paid_broadcast.kill9.lost", c.lost, "messages", { op: "<", value: 1 });
  record("paid_broadcast.kill9.duplicates", c.duplicates, "messages", { op: "<", value: KILL_WINDOW + 1 });
  await tg.close();
  db.cleanup();
}
process.exit(0);
