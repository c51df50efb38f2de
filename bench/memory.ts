// Memory: RSS of the bot with 10,000 users parked mid-conversation (registration, waiting for the
// phone number), then while parked users keep answering (50 chats in flight). Parked users are made
// by parking one through the bot and copying its user and conversation rows in SQL. Short by
// default (10,000 parked, 2,000 updates); BENCH_FULL=1: 100,000 updates.
// On PostgreSQL (BENCH_DATABASE_URL) and on an embedded PGlite data directory.
import { mkdtempSync, rmSync } from "node:fs";
import { benchBot } from "./lib/bench-bot.ts";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type OpenedDb } from "../src/db/open.ts";
import { throwawayPostgres } from "./lib/database.ts";
import { registration } from "./lib/dialogues.ts";
import { drive, newSample, userOf } from "./lib/drive.ts";
import { record } from "./lib/figures.ts";

const FULL = process.env.BENCH_FULL === "1";
// the heap bound `npm start` runs the bot with (package.json): V8 sizes its heap by it
const HEAP = ["--max-old-space-size=512"];
const PARKED = 10_000;
const UPDATES = FULL ? 100_000 : 2_000;
const IN_FLIGHT = 50;
const BASE = 40_000_000;
const mb = (n: number) => n / 1e6;

async function run(label: string, db: OpenedDb) {
  const { bot, fake } = await benchBot(db.prisma);
  const d = { name: "bot", bot, fake, real: true };
  // park one user through the bot (after /start, consent and name: the phone step), copy it
  await drive(d, registration.slice(0, 3), [BASE], 1, newSample());
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO "User" ("telegramId", "role", "consentAt", "createdAt", "updatedAt")
     SELECT g, 'PENGURUS', now(), now(), now() FROM generate_series($1::bigint, $2::bigint) g`,
    BASE + 1,
    BASE + PARKED - 1,
  );
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO "Session" ("key", "value", "updatedAt")
     SELECT 'conv:' || g, replace(s."value", $3, g::text), now() FROM generate_series($1::bigint, $2::bigint) g, "Session" s WHERE s."key" = 'conv:' || $3`,
    BASE + 1,
    BASE + PARKED - 1,
    String(BASE),
  );
  fake.clear();
  const rss0 = process.memoryUsage().rss;
  // parked users answer with a phone number that is not one: asked again, state kept
  let sent = 0;
  let rssQuarter = 0;
  const sample = newSample();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (sent < UPDATES) {
        sent++;
        await userOf(d, BASE + Math.floor(Math.random() * PARKED), sample).send("bukan nomor");
        if (sent === Math.floor(UPDATES / 4)) rssQuarter = process.memoryUsage().rss;
        if (sent % 500 === 0) fake.clear();
      }
    }),
  );
  const end = process.memoryUsage();
  record(`memory.${label}.rss_10000_parked`, mb(rss0), "MB", { op: "<", value: 250 });
  record(`memory.${label}.rss_after_${UPDATES}_updates`, mb(end.rss), "MB", { op: "<", value: 250 });
  record(`memory.${label}.rss_growth_last_3_quarters`, mb(end.rss - rssQuarter), "MB");
  record(`memory.${label}.heap_used_end`, mb(end.heapUsed), "MB");
  // what is really retained: the heap after a full collection (the rest of the RSS is V8's slack)
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    const after = process.memoryUsage();
    record(`memory.${label}.heap_used_after_gc`, mb(after.heapUsed), "MB");
    record(`memory.${label}.rss_after_gc`, mb(after.rss), "MB");
  }
}

// each database in a process of its own, so one's RSS does not count in the other's
const which = process.env.MEMORY_DB;
if (!which) {
  const { spawnSync } = await import("node:child_process");
  for (const kind of ["pglite", ...(process.env.BENCH_DATABASE_URL ? ["postgres"] : [])]) {
    spawnSync(process.execPath, ["--expose-gc", ...HEAP, "--import", "tsx", import.meta.filename], {
      stdio: "inherit",
      env: { ...process.env, MEMORY_DB: kind },
    });
  }
} else if (which === "postgres") {
  const t = await throwawayPostgres(process.env.BENCH_DATABASE_URL!, "memory");
  const db = await openDatabase({ dataDir: "", databaseUrl: t.url });
  try {
    await run("postgres", db);
  } finally {
    await db.close();
    await t.drop();
  }
} else {
  const dir = mkdtempSync(path.join(tmpdir(), "kdkmp-bench-mem-"));
  const db = await openDatabase({ dataDir: dir });
  try {
    await run("pglite", db);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
process.exit(0);
