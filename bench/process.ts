// The real process (what `npm start` runs: `node scripts/start.mjs`, the app compiled in dist/;
// polling with the durable inbox, every middleware, jobs, HTTP server) against a fake Bot API over HTTP, compared with the same bot
// in-process on the same kind of database, interleaved. Also start-up: spawn → first getUpdates on
// a fresh data directory and on an existing one (PGlite), and on PostgreSQL.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { benchBot } from "./lib/bench-bot.ts";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Update } from "grammy/types";
import { openDatabase, type OpenedDb } from "../src/db/open.ts";
import { HttpBotApi } from "./lib/http-bot-api.ts";
import { throwawayPostgres } from "./lib/database.ts";
import { registration, type Step } from "./lib/dialogues.ts";
import { drive, newSample, type Sample } from "./lib/drive.ts";
import { percentile, record } from "./lib/figures.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const FULL = process.env.BENCH_FULL === "1";
const ROUNDS = 2;
const PER_ROUND = Number(process.env.BENCH_PROCESS_CHATS ?? (FULL ? 200 : 60));
/** which databases (comma-separated: pglite,postgres); PostgreSQL only with BENCH_DATABASE_URL */
const KINDS = (process.env.BENCH_PROCESS_DB ?? "pglite,postgres").split(",");
const IN_FLIGHT = 50;
let chatSeq = 30_000_000;

function spawnBot(api: HttpBotApi, env: Record<string, string>): ChildProcess {
  // what `npm start` runs: the app compiled in dist/ (built below, before any timing)
  // BENCH_BOT_NODE_FLAGS: extra node flags for the bot process (e.g. "--cpu-prof --cpu-prof-dir=/tmp/p")
  const extra = (process.env.BENCH_BOT_NODE_FLAGS ?? "").split(" ").filter(Boolean);
  return spawn(process.execPath, ["--max-old-space-size=512", ...extra, "scripts/start.mjs"], {
    cwd: ROOT,
    env: {
      ...process.env,
      BOT_TOKEN: "1:BENCH",
      TELEGRAM_API_ROOT: api.apiRoot,
      PORT: "0",
      LOG_LEVEL: "silent",
      DATABASE_URL: "",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function startTimed(env: Record<string, string>): Promise<{ api: HttpBotApi; child: ChildProcess; ms: number }> {
  const api = await new HttpBotApi().listen();
  const t0 = Date.now();
  const child = spawnBot(api, env);
  while (api.firstGetUpdatesAt === undefined) {
    if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return { api, child, ms: api.firstGetUpdatesAt - t0 };
}

async function stop(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise((r) => child.once("exit", r));
  child.kill(signal);
  await done;
}

// ---- one dialogue over HTTP: each step waits for as many calls as the bot makes for it ----
function updateOf(chatId: number, s: Step, lastMessageId: number): Omit<Update, "update_id"> {
  const from = { id: chatId, is_bot: false, first_name: "Siti", language_code: "id" };
  const base = {
    message_id: Math.floor(Math.random() * 1e9),
    date: Math.floor(Date.now() / 1000),
    chat: { id: chatId, type: "private" as const, first_name: "Siti" },
    from,
  };
  if ("press" in s)
    return {
      callback_query: {
        id: `${chatId}-${Math.random()}`,
        from,
        chat_instance: "ci",
        data: s.press,
        message: { ...base, message_id: lastMessageId, text: "" },
      },
    } as never;
  if ("contact" in s)
    return { message: { ...base, contact: { phone_number: s.contact, first_name: "Siti", user_id: chatId } } } as never;
  if ("photo" in s)
    return { message: { ...base, photo: [{ file_id: s.photo, file_unique_id: "u", width: 1, height: 1 }] } } as never;
  return {
    message: {
      ...base,
      text: s.text,
      ...(s.text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: s.text.length }] } : {}),
    },
  } as never;
}

async function calibrate(api: HttpBotApi, steps: Step[]): Promise<number[]> {
  const chatId = chatSeq++;
  const perStep: number[] = [];
  for (const s of steps) {
    const before = api.callsTo.get(chatId) ?? 0;
    api.push(updateOf(chatId, s, api.keyboardMessage.get(chatId) ?? 1));
    await api.waitCalls(chatId, before + 1);
    for (let quiet = 0; quiet < 30; quiet++) {
      const n = api.callsTo.get(chatId) ?? 0;
      await new Promise((r) => setTimeout(r, 20));
      if ((api.callsTo.get(chatId) ?? 0) !== n) quiet = 0;
    }
    perStep.push((api.callsTo.get(chatId) ?? 0) - before);
  }
  // a press the bot takes for a stale button is answered and nothing else: the dialogue would
  // not be the one the in-process bot runs (it once was, when presses named message 1)
  steps.forEach((s, i) => {
    if ("press" in s && perStep[i]! < 2)
      throw new Error(`calibration: the press "${s.press}" was refused as stale (${perStep[i]} call)`);
  });
  return perStep;
}

async function overHttp(
  api: HttpBotApi,
  steps: Step[],
  calls: number[],
  chats: number,
  inFlight: number,
  sample: Sample,
) {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < chats) {
        next++;
        const chatId = chatSeq++;
        let expected = 0;
        for (let i = 0; i < steps.length; i++) {
          expected += calls[i]!;
          const t = performance.now();
          api.push(updateOf(chatId, steps[i]!, api.keyboardMessage.get(chatId) ?? 1));
          await api.waitCalls(chatId, expected);
          sample.latencies.push(performance.now() - t);
          sample.updates += 1;
        }
      }
    }),
  );
  sample.ms += performance.now() - t0;
}

/** CPU ms a process has used (Linux /proc; utime + stime in clock ticks of 10 ms) */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

async function inProcessBot(db: OpenedDb) {
  const { bot, fake } = await benchBot(db.prisma);
  return { name: "in-process", bot, fake, real: true };
}

async function compare(label: string, env: Record<string, string>, inProcessDb: OpenedDb) {
  const { api, child } = await startTimed(env);
  try {
    const calls = await calibrate(api, registration);
    const local = await inProcessBot(inProcessDb);
    await drive(
      local,
      registration,
      Array.from({ length: 5 }, () => chatSeq++),
      5,
      newSample(),
    ); // warm-up
    const http = newSample();
    const inproc = newSample();
    let botCpuMs = 0;
    let harnessCpuMs = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const bot0 = processCpuMs(child.pid!);
      const me0 = process.cpuUsage();
      await overHttp(api, registration, calls, PER_ROUND, IN_FLIGHT, http);
      botCpuMs += processCpuMs(child.pid!) - bot0;
      const me = process.cpuUsage(me0);
      harnessCpuMs += (me.user + me.system) / 1000;
      await drive(
        local,
        registration,
        Array.from({ length: PER_ROUND }, () => chatSeq++),
        IN_FLIGHT,
        inproc,
      );
      local.fake.clear();
    }
    const rate = (s: Sample) => s.updates / (s.ms / 1000);
    const p = `process.${label}.registration.${IN_FLIGHT}`;
    record(`${p}.updates_per_s`, rate(http), "upd/s");
    record(`${p}.in_process_updates_per_s`, rate(inproc), "upd/s");
    record(`${p}.ratio_to_in_process`, rate(http) / rate(inproc), "×", { op: ">=", value: 0.8 });
    record(`${p}.p50`, percentile(http.latencies, 50), "ms");
    record(`${p}.p99`, percentile(http.latencies, 99), "ms", { op: "<", value: 50 });
    // where the gap comes from: the bot process's own CPU per update against the in-process bot's
    // (which includes its fake transport), and the HTTP harness's CPU (the fake Bot API and driver)
    record(`${p}.bot_process_cpu_per_update`, botCpuMs / http.updates, "ms");
    record(`${p}.in_process_cpu_per_update`, inproc.cpuMs / inproc.updates, "ms");
    record(`${p}.http_harness_cpu_per_update`, harnessCpuMs / http.updates, "ms");
  } finally {
    await stop(child);
    await api.close();
  }
}

spawnSync(process.execPath, ["scripts/dist.mjs"], { cwd: ROOT, stdio: "inherit" }); // a stale dist/ would time the build

// ---- PGlite: fresh start, throughput, restart on the existing directory, start after kill -9 ----
if (KINDS.includes("pglite")) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "kdkmp-bench-proc-"));
  const localDir = mkdtempSync(path.join(tmpdir(), "kdkmp-bench-local-"));
  let local: OpenedDb | undefined;
  try {
    const fresh = await startTimed({ DATA_DIR: dataDir });
    record("startup.pglite.fresh_to_first_getUpdates", fresh.ms, "ms", { op: "<", value: 4000 });
    await stop(fresh.child);
    await fresh.api.close();
    const again = await startTimed({ DATA_DIR: dataDir });
    record("startup.pglite.existing_to_first_getUpdates", again.ms, "ms", { op: "<", value: 1500 });
    await stop(again.child, "SIGKILL");
    await again.api.close();
    const afterKill = await startTimed({ DATA_DIR: dataDir });
    record("startup.pglite.after_kill9_to_first_getUpdates", afterKill.ms, "ms", { op: "<", value: 1500 });
    await stop(afterKill.child);
    await afterKill.api.close();
    local = await openDatabase({ dataDir: localDir });
    await compare("pglite", { DATA_DIR: dataDir }, local);
  } finally {
    await local?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(localDir, { recursive: true, force: true });
  }
}

// ---- PostgreSQL ----
if (process.env.BENCH_DATABASE_URL && KINDS.includes("postgres")) {
  const forProcess = await throwawayPostgres(process.env.BENCH_DATABASE_URL, "proc");
  const forLocal = await throwawayPostgres(process.env.BENCH_DATABASE_URL, "proclocal");
  let db: OpenedDb | undefined;
  try {
    const first = await startTimed({ DATABASE_URL: forProcess.url });
    record("startup.postgres.fresh_to_first_getUpdates", first.ms, "ms", { op: "<", value: 4000 });
    await stop(first.child);
    await first.api.close();
    db = await openDatabase({ dataDir: "", databaseUrl: forLocal.url });
    await compare("postgres", { DATABASE_URL: forProcess.url }, db);
  } finally {
    await db?.close();
    await forProcess.drop();
    await forLocal.drop();
  }
}
process.exit(0);
