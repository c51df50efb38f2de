// Capacity as production sees it: the real process (`node scripts/start.mjs`, the compiled app,
// BOT_MODE=webhook, PostgreSQL in a throwaway database) against a fake Bot API over HTTP, with
// updates POSTed to /webhook at fixed arrival rates (open loop: an update arrives on schedule
// whether or not the bot has answered the ones before), over a keep-alive pool of 40 connections
// as Telegram uses (max_connections 40). The mix, by share of updates: a new user's /start,
// consent, name, phone and /batal (30 %); a registered pengurus's monthly report, 14 updates of
// answers and button presses (50 %); /bantuan and a free message (20 %). Each chat waits at
// least THINK_MS between its updates (a person reading and typing), so the load spreads over
// hundreds of chats. For each rate: the achieved rate, p50/p95/p99 from arrival to the bot's last
// Bot API call for that update, CPU per update of the bot (the process and its workers, /proc),
// of the PostgreSQL backends and of this harness, and errors. Capacity = the highest rate held
// with p99 < 250 ms; per bot core = 1000 / bot CPU ms per update at that rate (what one busy core
// holds). Run with WORKERS=1 and WORKERS=2, beside the in-memory conversations ceiling measured
// in the same run. PostgreSQL only: BENCH_DATABASE_URL (skipped without it).
//   BENCH_CAPACITY_RATES=50,100,…  BENCH_CAPACITY_SECONDS=6  BENCH_CAPACITY_WORKERS=1,2
//   BENCH_CAPACITY_WARMUP=30 (seconds at 100/s before the first rate, per worker count)
//   BENCH_CAPACITY_TRACE=<chat id>: print what that chat sent and the bot answered (30000001: the first report)
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import http from "node:http";
import { loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase } from "../src/db/open.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import { FakeBotApi } from "../test/helpers/fake-api.ts";
import { conversationsBot } from "./lib/ceilings.ts";
import { throwawayPostgres } from "./lib/database.ts";
import { registration, report, type Step } from "./lib/dialogues.ts";
import { drive, newSample } from "./lib/drive.ts";
import { percentile, record } from "./lib/figures.ts";
import { HttpBotApi } from "./lib/http-bot-api.ts";
import { CpuMeter, withChildren } from "./lib/proc-cpu.ts";
import { updateOf } from "./lib/updates.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const SECRET = "capacity-bench-secret-0123456789";
const list = (v: string | undefined, d: string) => (v ?? d).split(",").map(Number);
const RATES = list(process.env.BENCH_CAPACITY_RATES, "50,100,200,300,400,600,800");
const WORKERS = list(process.env.BENCH_CAPACITY_WORKERS, "1,2");
const SECONDS = Number(process.env.BENCH_CAPACITY_SECONDS ?? 6);
const WARMUP_S = Number(process.env.BENCH_CAPACITY_WARMUP ?? 30);
const THINK_MS = 1_000;
const P99_GOAL_MS = 250;
const PER_CORE_GOAL = 300;
const REPORT_USERS = 6_000;
const HELP_USERS = 600;
const help: Step[] = [{ text: "/bantuan" }, { text: "Halo, kapan stok beras datang?" }];
/** kinds of chat, in arrival order of a cycle of 10 updates: 5 report, 3 registration, 2 help */
const CYCLE = ["report", "reg", "report", "help", "report", "reg", "report", "help", "report", "reg"] as const;
type Kind = (typeof CYCLE)[number];
const DIALOGUE: Record<Kind, Step[]> = { report, reg: registration, help };

const base = process.env.BENCH_DATABASE_URL;
if (!base) {
  console.log("capacity: skipped (PostgreSQL only: set BENCH_DATABASE_URL=postgresql://…)");
  process.exit(0);
}

// ---- chats: who sends the next update ----
interface Chat {
  id: number;
  kind: Kind;
  step: number;
  idleSince: number;
  busy: boolean;
}

class Chats {
  private idle: Record<Kind, Chat[]> = { report: [], reg: [], help: [] };
  private nextReport = 0;
  private nextHelp = 0;
  private nextNew = 40_000_000;
  done = { report: 0, reg: 0, help: 0 };

  constructor(
    private reportIds: number[],
    private helpIds: number[],
  ) {}

  /** the chat of this kind idle longest (at least THINK_MS), or a new one */
  take(kind: Kind, now: number): Chat {
    const q = this.idle[kind];
    if (q.length && now - q[0]!.idleSince >= THINK_MS) return q.shift()!;
    const id =
      kind === "report"
        ? this.reportIds[this.nextReport++]
        : kind === "help"
          ? this.helpIds[this.nextHelp++]
          : this.nextNew++;
    if (id === undefined) throw new Error(`capacity: out of seeded ${kind} users (raise the count)`);
    return { id, kind, step: 0, idleSince: now, busy: false };
  }

  release(c: Chat, now: number) {
    c.step += 1;
    if (c.step === DIALOGUE[c.kind].length) {
      this.done[c.kind] += 1;
      if (c.kind !== "help") return; // a report or a registration is done once
      c.step = 0;
    }
    c.idleSince = now;
    this.idle[c.kind].push(c);
  }
}

// ---- seeding: registered pengurus, each on the board of a 3-unit coop with no report yet ----
async function seed(prisma: PrismaClient, first: number, n: number): Promise<number[]> {
  const ids = Array.from({ length: n }, (_, i) => first + i);
  const consentAt = new Date("2026-01-01T00:00:00Z");
  await prisma.user.createMany({
    data: ids.map((tg) => ({
      telegramId: BigInt(tg),
      fullName: `Pengurus ${tg}`,
      tgFirstName: "Siti",
      consentAt,
      role: "PENGURUS" as const,
    })),
  });
  const users = await prisma.user.findMany({
    where: { telegramId: { gte: BigInt(first), lt: BigInt(first + n) } },
    select: { id: true, telegramId: true },
    orderBy: { telegramId: "asc" },
  });
  await prisma.cooperative.createMany({
    data: users.map((u) => {
      const v = Number(u.telegramId) - 30_000_000;
      return {
        name: `Koperasi Desa Merah Putih ${v}`,
        villageCode: `61.${String(10 + Math.floor(v / 9000)).padStart(2, "0")}.03.${String(1000 + (v % 9000)).padStart(4, "0")}`,
        districtCode: "61.12.03",
        regencyCode: "61.12",
        provinceCode: "61",
        units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM", "KLINIK"] as never,
        createdById: u.id,
      };
    }),
  });
  const coops = await prisma.cooperative.findMany({
    where: { createdById: { in: users.map((u) => u.id) } },
    select: { id: true, createdById: true },
  });
  await prisma.membership.createMany({
    data: coops.map((c) => ({
      userId: c.createdById!,
      coopId: c.id,
      position: "KETUA" as const,
      status: "ACTIVE" as const,
    })),
  });
  return ids;
}

// ---- the bot process ----
interface Bot {
  child: ChildProcess;
  port: number;
  pids: number[];
}

async function startBot(api: HttpBotApi, url: string, workers: number): Promise<Bot> {
  // BENCH_BOT_NODE_FLAGS: extra node flags for the bot (e.g. "--cpu-prof --cpu-prof-dir=/tmp/p")
  const extra = (process.env.BENCH_BOT_NODE_FLAGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, ["--max-old-space-size=512", ...extra, "scripts/start.mjs"], {
    cwd: ROOT,
    env: {
      ...process.env,
      BOT_TOKEN: "1:CAPACITY",
      TELEGRAM_API_ROOT: api.apiRoot,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.id/webhook",
      WEBHOOK_SECRET: SECRET,
      DATABASE_URL: url,
      WORKERS: String(workers),
      PORT: "0",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout!.on("data", (b: Buffer) => (out += b.toString()));
  const ready = workers > 1 ? /"msg":"all workers started"/ : /"msg":"bot started"/;
  const t0 = Date.now();
  while (!ready.test(out)) {
    if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode}: ${out.slice(-2000)}`);
    if (Date.now() - t0 > 120_000) throw new Error(`bot did not start: ${out.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const line = out.split("\n").find((l) => ready.test(l))!;
  const j = JSON.parse(line) as { http?: number; port?: number };
  child.stdout!.removeAllListeners("data");
  child.stdout!.resume();
  const pids = withChildren(child.pid!);
  if (pids.length !== workers + (workers > 1 ? 1 : 0)) throw new Error(`expected ${workers} workers, found ${pids}`);
  return { child, port: (j.http ?? j.port)!, pids };
}

async function stopBot(b: Bot) {
  if (b.child.exitCode !== null) return;
  const done = new Promise((r) => b.child.once("exit", r));
  b.child.kill("SIGTERM");
  await done;
}

// ---- one rate ----
interface Result {
  rate: number;
  achieved: number;
  p50: number;
  p95: number;
  p99: number;
  botCpuPerUpdate: number;
  pgCpuPerUpdate: number;
  harnessCpuPerUpdate: number;
  botCores: number;
  pgCores: number;
  errors: number;
  updates: number;
  /** most webhook requests open at once (Telegram's max_connections caps this; the pool here is 40) */
  maxInFlight: number;
}

let updateId = 1;
const TRACE = Number(process.env.BENCH_CAPACITY_TRACE ?? 0);
const trace: string[] = [];

function post(agent: http.Agent, port: number, body: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path: "/webhook",
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "x-telegram-bot-api-secret-token": SECRET,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", () => resolve(0));
    req.end(body);
  });
}

async function runRate(
  rate: number,
  seconds: number,
  ctx: { api: HttpBotApi; bot: Bot; chats: Chats; agent: http.Agent; pgMeter: CpuMeter; botMeter: CpuMeter },
  label = "",
): Promise<Result> {
  const { api, bot, chats, agent } = ctx;
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  const flagged0 = api.flagged;
  await ctx.botMeter.begin();
  await ctx.pgMeter.begin();
  const me0 = process.cpuUsage();
  const inflight: Promise<void>[] = [];
  let open = 0;
  let maxInFlight = 0;
  const t0 = performance.now();
  let lastDone = t0;
  for (let i = 0; i < total; i++) {
    const at = t0 + (i * 1000) / rate;
    let now = performance.now();
    while (now < at) {
      await new Promise((r) => setTimeout(r, Math.max(0, Math.min(at - now, 5) - 1)));
      now = performance.now();
    }
    const chat = chats.take(CYCLE[i % CYCLE.length]!, now);
    const step = DIALOGUE[chat.kind][chat.step]!;
    const u = updateOf(updateId++, chat.id, step, api.keyboardMessage.get(chat.id) ?? 1);
    if (u.callback_query) api.noteCallback(u.callback_query.id, chat.id);
    if (chat.id === TRACE) trace.push(`> ${JSON.stringify(step)} kb=${api.keyboardMessage.get(chat.id)}`);
    chat.busy = true;
    maxInFlight = Math.max(maxInFlight, ++open);
    inflight.push(
      post(agent, bot.port, JSON.stringify(u)).then((status) => {
        open -= 1;
        const end = performance.now();
        const last = api.lastCallAt.get(chat.id);
        if (status !== 200 || last === undefined || last < at) {
          errors += 1; // refused, failed, or handled without a word to the user
          latencies.push(end - at);
        } else latencies.push(last - at);
        lastDone = Math.max(lastDone, end);
        chat.busy = false;
        chats.release(chat, end);
      }),
    );
  }
  await Promise.all(inflight);
  const wall = lastDone - t0;
  const me = process.cpuUsage(me0);
  const botCpu = await ctx.botMeter.elapsed();
  const pgCpu = await ctx.pgMeter.elapsed();
  const r: Result = {
    rate,
    achieved: total / (wall / 1000),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    botCpuPerUpdate: botCpu / total,
    pgCpuPerUpdate: pgCpu / total,
    harnessCpuPerUpdate: (me.user + me.system) / 1000 / total,
    botCores: botCpu / wall,
    pgCores: pgCpu / wall,
    errors: errors + (api.flagged - flagged0),
    updates: total,
    maxInFlight,
  };
  console.log(
    `${label}  ${String(rate).padStart(4)}/s → ${r.achieved.toFixed(0).padStart(4)}/s  p50 ${r.p50.toFixed(0)} p95 ${r.p95.toFixed(0)} p99 ${r.p99.toFixed(0)} ms` +
      `  cpu/update bot ${r.botCpuPerUpdate.toFixed(2)} pg ${r.pgCpuPerUpdate.toFixed(2)} harness ${r.harnessCpuPerUpdate.toFixed(2)} ms` +
      `  cores bot ${r.botCores.toFixed(2)} pg ${r.pgCores.toFixed(2)}  errors ${r.errors}  in flight ≤ ${r.maxInFlight}  load ${loadavg()[0]!.toFixed(1)}`,
  );
  return r;
}

/** One dialogue of each kind, one update at a time: the bot must answer each as the script expects. */
async function calibrate(api: HttpBotApi, bot: Bot, agent: http.Agent, chats: Chats) {
  for (const kind of ["report", "reg", "help"] as const) {
    const chat = chats.take(kind, -Infinity);
    const said: string[] = [];
    api.onCall = (m, p) => Number(p.chat_id) === chat.id && said.push(`${m}: ${String(p.text ?? "").slice(0, 60)}`);
    for (const step of DIALOGUE[kind]) {
      const u = updateOf(updateId++, chat.id, step, api.keyboardMessage.get(chat.id) ?? 1);
      if (u.callback_query) api.noteCallback(u.callback_query.id, chat.id);
      said.push(`> ${JSON.stringify(step)}`);
      await post(agent, bot.port, JSON.stringify(u));
    }
    api.onCall = TRACE
      ? (m, p) => {
          if (Number(p.chat_id) === TRACE)
            trace.push(
              `${m}: ${String(p.text ?? "").slice(0, 60)} ${JSON.stringify(p.reply_markup ?? "").slice(0, 80)}`,
            );
        }
      : undefined;
    chats.done[kind] += 1;
    if (kind === "report" && !said.some((l) => l.includes("terkirim")))
      throw new Error(`calibration: the report was not sent\n${said.join("\n")}`);
  }
}

// ---- the run ----
spawnSync(process.execPath, ["scripts/dist.mjs"], { cwd: ROOT, stdio: "inherit" }); // build before any timing
const t = await throwawayPostgres(base, "capacity");
const dbName = new URL(t.url).pathname.slice(1);
const admin = new pg.Client({ connectionString: t.url });
try {
  const db = await openDatabase({ dataDir: "", databaseUrl: t.url }); // migrates
  const reportIds = await seed(db.prisma, 30_000_000, REPORT_USERS);
  const helpIds = await seed(db.prisma, 30_000_000 + REPORT_USERS, HELP_USERS);
  await admin.connect();
  const backends = async () =>
    (
      await admin.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [dbName],
      )
    ).rows.map((r) => r.pid);

  // the ceiling: grammY + conversations v2 in memory, same wizard shape, 50 chats in flight, this process
  const convFake = new FakeBotApi();
  const conv = { name: "conversations", bot: conversationsBot(convFake.fetch), fake: convFake, real: false };
  await conv.bot.init();
  let seq = 50_000_000;
  const ceilingChats = (n: number) => Array.from({ length: n }, () => seq++);
  await drive(conv, registration, ceilingChats(200), 50, newSample()); // warm-up
  const ceil = newSample();
  await drive(conv, registration, ceilingChats(2000), 50, ceil);
  const ceiling = ceil.updates / (ceil.ms / 1000);
  record("capacity.ceiling_conversations", ceiling, "upd/s");

  const chats = new Chats(reportIds, helpIds);
  // one fake Bot API for the whole run: chats in the middle of a wizard carry on with the next
  // bot, pressing buttons on the messages (ids) the previous one sent
  const api = await new HttpBotApi().listen();
  api.flagPrefix = "Maaf, terjadi gangguan";
  for (const workers of WORKERS) {
    const bot = await startBot(api, t.url, workers);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 40 });
    const botMeter = new CpuMeter(() => bot.pids);
    const pgMeter = new CpuMeter(backends);
    const ctx = { api, bot, chats, agent, botMeter, pgMeter };
    try {
      console.log(`WORKERS=${workers}`);
      await calibrate(api, bot, agent, chats);
      // warm-up: pools, plans and V8's compiles of the hot functions (a fresh process spends ~25 %
      // more CPU per update over its first few thousand updates: bench/_cpu-probe.ts), so the rates
      // below measure a worker that has been up a while, as in production
      await runRate(30, 3, ctx, "warm-up");
      if (WARMUP_S > 0) await runRate(100, WARMUP_S, ctx, "warm-up");
      const results: Result[] = [];
      for (const rate of RATES) {
        const r = await runRate(rate, SECONDS, ctx);
        results.push(r);
        await new Promise((res) => setTimeout(res, 1000)); // stragglers' outbox/jobs settle
        // overloaded (after the first two rates): higher rates say no more
        if (results.length >= 2 && (r.p99 > 4 * P99_GOAL_MS || r.achieved < 0.8 * rate)) break;
      }
      const p = `capacity.workers${workers}`;
      for (const r of results) {
        const q = `${p}.at${r.rate}`;
        record(`${q}.achieved`, r.achieved, "upd/s");
        record(`${q}.p50`, r.p50, "ms");
        record(`${q}.p95`, r.p95, "ms");
        record(`${q}.p99`, r.p99, "ms");
        record(`${q}.bot_cpu_per_update`, r.botCpuPerUpdate, "ms");
        record(`${q}.pg_cpu_per_update`, r.pgCpuPerUpdate, "ms");
        record(`${q}.harness_cpu_per_update`, r.harnessCpuPerUpdate, "ms");
        record(`${q}.pg_cpu_share`, r.pgCores / (r.pgCores + r.botCores), "×");
        record(`${q}.errors`, r.errors, "updates", { op: "<", value: 1 });
        record(`${q}.max_requests_in_flight`, r.maxInFlight, "requests");
      }
      const held = results.filter((r) => r.p99 < P99_GOAL_MS && r.errors === 0 && r.achieved >= 0.95 * r.rate);
      const best = held.at(-1);
      record(`${p}.capacity_p99_under_250ms`, best?.rate ?? 0, "upd/s");
      if (best) {
        const perCore = 1000 / best.botCpuPerUpdate;
        record(`${p}.per_bot_core`, perCore, "upd/s", { op: ">=", value: PER_CORE_GOAL });
        record(`${p}.per_bot_core_ratio_to_ceiling`, perCore / ceiling, "×");
        record(`${p}.capacity_per_worker`, best.rate / workers, "upd/s");
      }
    } finally {
      await stopBot(bot);
      agent.destroy();
    }
  }
  await api.close();
  if (TRACE) console.log(trace.join("\n"));
  const reports = await db.prisma.monthlyReport.count({ where: { status: "SUBMITTED" } });
  console.log(
    `dialogues completed: ${chats.done.report} reports (${reports} submitted in the DB), ` +
      `${chats.done.reg} registration starts, ${chats.done.help} help exchanges`,
  );
  record("capacity.reports_lost", Math.max(0, chats.done.report - reports), "reports", { op: "<", value: 1 });
  await db.close();
} finally {
  await admin.end().catch(() => undefined);
  await t.drop();
}
process.exit(0);
