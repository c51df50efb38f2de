// Child of bench/cpu-per-update.ts: the real bot of the checkout at ROOT (argv[2]) on PGlite or
// PostgreSQL (argv[3]: "pglite" or a database URL), driven through the report and registration
// dialogues; prints one JSON line {dialogue: CPU ms per update, …}. The bot's code and the test
// data come from ROOT, so an older checkout runs its own code; the driver and the fake Bot API
// are this checkout's.
// Two figures per dialogue: "cold", the first round right after start-up (V8 is still compiling
// the hot functions: --trace-opt shows ~400 TurboFan jobs, 2.4 s of compile CPU, over the first
// 4,200 report updates), and the steady figure, the round after WARM_ROUNDS more rounds of the
// same dialogues, which is what a worker that has been up for a minute spends per update.
//   node --import tsx bench/_cpu-probe.ts <root> <pglite|url> [reports] [registrations] [inFlight]
//   CPU_WARM_ROUNDS (default 3)
import path from "node:path";
import { pathToFileURL } from "node:url";
import { registration, report, type Step } from "./lib/dialogues.ts";
import { drive, newSample } from "./lib/drive.ts";

const [root = ".", where = "pglite", nReports = "40", nRegs = "100", inFlight = "20"] = process.argv.slice(2);
const from = (p: string) => import(pathToFileURL(path.resolve(root, p)).href);
const [{ createBot }, { parseConfig }, { createLogger }, { LocaleCache }, { openDatabase }] = await Promise.all([
  from("src/bot/index.ts"),
  from("src/config.ts"),
  from("src/logger.ts"),
  from("src/i18n.ts"),
  from("src/db/open.ts"),
]);
// the fake Bot API is the harness, not the bot: this checkout's for every variant, so an older
// checkout is not charged for an older fake (its test user scanned every chat's calls per press)
const { FakeBotApi, BOT_INFO } = await import("../test/helpers/fake-api.ts");
const [{ FakeClock }, { seedCoop }] = await Promise.all([
  from("test/helpers/harness.ts"),
  from("test/features/report-seed.ts"),
]);
const db =
  where === "pglite"
    ? await openDatabase({ dataDir: "memory://" })
    : await openDatabase({ dataDir: "", databaseUrl: where });
const fake = new FakeBotApi();
const deps = {
  config: parseConfig({ LOG_LEVEL: "silent" }),
  logger: createLogger("silent"),
  prisma: db.prisma,
  clock: new FakeClock(new Date("2026-11-03T03:00:00Z")),
  locales: new LocaleCache(),
};
const { bot } = createBot("1:BENCH", deps, { botInfo: BOT_INFO, client: { fetch: fake.fetch } });
await bot.init();
const d = { name: "bot", bot, fake, real: true };
let seq = 30_000_000;
const chats = (n: number) => Array.from({ length: n }, () => seq++);
async function reporters(n: number) {
  const ids = chats(n);
  for (const tg of ids)
    await seedCoop(
      { prisma: db.prisma },
      {
        units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM", "KLINIK"],
        members: [{ tg, name: `P ${tg}` }],
      },
    );
  return ids;
}
async function cpuPerUpdate(steps: Step[], ids: number[]) {
  const s = newSample();
  await drive(d, steps, ids, Number(inFlight), s);
  fake.clear();
  if (s.failed) throw new Error(`${s.failed} dialogues failed`);
  return s.cpuMs / s.updates;
}
const round = async () => ({
  report: await cpuPerUpdate(report, await reporters(Number(nReports))),
  registration: await cpuPerUpdate(registration, chats(Number(nRegs))),
});
// a first taste of both dialogues (pool, first compiles), then the cold round
await cpuPerUpdate(registration, chats(20));
await cpuPerUpdate(report, await reporters(5));
const cold = await round();
for (let i = 0; i < Number(process.env.CPU_WARM_ROUNDS ?? 3); i++) await round();
const steady = await round();
console.log(JSON.stringify({ ...steady, report_cold: cold.report, registration_cold: cold.registration }));
await db.close();
process.exit(0);
