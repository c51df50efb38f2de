// Hot path: the real bot (all middlewares, users and conversation state in the DB) against its two
// ceilings, interleaved in the same run on the same fake transport (see docs/BENCHMARKS.md, "Hot
// path"). For each database (PGlite; PostgreSQL with BENCH_DATABASE_URL), each dialogue
// (registration, report) and 1 and 50 chats in flight: updates/s, ratio to the conversations
// ceiling, p50/p99 per update. Then 200 new users sending /start and consent at once.
// BENCH_FULL=1 runs more sessions per figure.
import { benchBot } from "./lib/bench-bot.ts";
import { FakeBotApi } from "../test/helpers/fake-api.ts";
import { FakeClock } from "../test/helpers/harness.ts";
import { seedCoop } from "../test/features/report-seed.ts";
import type { Harness } from "../test/helpers/harness.ts";
import { benchDatabases } from "./lib/database.ts";
import { bareBot, conversationsBot } from "./lib/ceilings.ts";
import { registration, report, type Step } from "./lib/dialogues.ts";
import { drive, newSample, type Driven, type Sample } from "./lib/drive.ts";
import { percentile, record } from "./lib/figures.ts";

const FULL = process.env.BENCH_FULL === "1";
const ROUNDS = FULL ? 4 : 2;
const CEILING_FACTOR = 4; // the ceilings are fast: more sessions keep their figures steady
let chatSeq = 10_000_000;
const chats = (n: number) => Array.from({ length: n }, () => chatSeq++);

for (const open of await benchDatabases("hotpath")) {
  const { label, db, drop } = await open();
  try {
    const { bot, fake } = await benchBot(db.prisma, new FakeClock(new Date("2026-11-03T03:00:00Z"))); // a reporting day
    const real: Driven = { name: "bot", bot, fake, real: true };
    const convFake = new FakeBotApi();
    const conv: Driven = { name: "conversations", bot: conversationsBot(convFake.fetch), fake: convFake, real: false };
    const bareFake = new FakeBotApi();
    const bare: Driven = { name: "bare", bot: bareBot(bareFake.fetch), fake: bareFake, real: false };
    await Promise.all([conv.bot.init(), bare.bot.init()]);

    async function reportChats(n: number) {
      const ids = chats(n);
      for (const tg of ids)
        await seedCoop({ prisma: db.prisma } as Harness, {
          units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM", "KLINIK"],
          members: [{ tg, name: `Pengurus ${tg}` }],
        });
      return ids;
    }

    async function figure(
      dialogue: string,
      steps: Step[],
      perRound: number,
      inFlight: number,
      print = true,
      rounds = ROUNDS,
    ) {
      const s = { real: newSample(), conv: newSample(), bare: newSample() };
      for (let r = 0; r < rounds; r++) {
        const ids = dialogue === "report" ? await reportChats(perRound) : chats(perRound);
        await drive(real, steps, ids, inFlight, s.real);
        await drive(conv, steps, chats(perRound * CEILING_FACTOR), inFlight, s.conv);
        await drive(bare, steps, chats(perRound * CEILING_FACTOR), inFlight, s.bare);
        fake.clear();
      }
      if (!print) return;
      const rate = (x: Sample) => x.updates / (x.ms / 1000);
      const p = `hotpath.${label}.${dialogue}.${inFlight}`;
      record(`${p}.updates_per_s`, rate(s.real), "upd/s");
      record(`${p}.ceiling_conversations`, rate(s.conv), "upd/s");
      record(`${p}.ceiling_bare`, rate(s.bare), "upd/s");
      record(`${p}.ratio`, rate(s.real) / rate(s.conv), "×", { op: ">=", value: label === "postgres" ? 0.3 : 0.15 });
      record(`${p}.cpu_per_update`, s.real.cpuMs / s.real.updates, "ms");
      record(`${p}.p50`, percentile(s.real.latencies, 50), "ms");
      record(`${p}.p99`, percentile(s.real.latencies, 99), "ms", inFlight >= 50 ? { op: "<", value: 50 } : undefined);
      if (s.real.failed) record(`${p}.dialogues_failed`, s.real.failed, "dialogues", { op: "<", value: 1 });
    }

    // warm-up (JIT, connection pool, prepared plans), not measured
    await figure("warmup", registration, 5, 5, false);
    await figure("registration", registration, FULL ? 40 : 5, 1);
    await figure("registration", registration, FULL ? 200 : 50, 50);
    await figure("report", report, FULL ? 10 : 2, 1);
    await figure("report", report, 50, 50, true, FULL ? ROUNDS : 1); // 700 updates a round: one by default

    // 200 new users send /start and press consent at the same moment
    const burst = newSample();
    await drive(real, registration.slice(0, 2), chats(200), 200, burst);
    record(`hotpath.${label}.burst200.p99`, percentile(burst.latencies, 99), "ms", { op: "<", value: 500 });
    record(`hotpath.${label}.burst200.updates_per_s`, burst.updates / (burst.ms / 1000), "upd/s");
  } finally {
    await drop();
  }
}
process.exit(0);
