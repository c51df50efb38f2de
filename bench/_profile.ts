// Profiling aid (not run by npm run bench): the real bot alone on one dialogue, for
//   PROFILE_OUT=/tmp/x.cpuprofile node --import tsx bench/_profile.ts [registration|report|burst] [sessions] [inFlight]
// ("burst": /start + consent only, as hotpath's burst200; "help": /bantuan + a message, as capacity's) on PGlite, or PostgreSQL with BENCH_DATABASE_URL. Summarise with bench/_profile-top.ts.
import { createBot } from "../src/bot/index.ts";
import { parseConfig } from "../src/config.ts";
import { createLogger } from "../src/logger.ts";
import { LocaleCache } from "../src/i18n.ts";
import { FakeBotApi, BOT_INFO } from "../test/helpers/fake-api.ts";
import { FakeClock, type Harness } from "../test/helpers/harness.ts";
import { seedCoop } from "../test/features/report-seed.ts";
import { benchDatabases } from "./lib/database.ts";
import { registration, report } from "./lib/dialogues.ts";
import { drive, newSample } from "./lib/drive.ts";
import { percentile } from "./lib/figures.ts";

const [dialogue = "registration", n = "100", inFlight = "50"] = process.argv.slice(2);
const dbs = await benchDatabases("profile");
const { db, drop, label } = await dbs[process.env.BENCH_DATABASE_URL ? 1 : 0]!();
const fake = new FakeBotApi();
const deps = {
  config: parseConfig({ LOG_LEVEL: "silent" }),
  logger: createLogger((process.env.PROFILE_LOG ?? "silent") as never),
  prisma: db.prisma,
  clock: new FakeClock(new Date("2026-11-03T03:00:00Z")),
  locales: new LocaleCache(),
};
const { bot } = createBot("1:BENCH", deps, { botInfo: BOT_INFO, client: { fetch: fake.fetch as never } });
await bot.init();
let seq = 20_000_000;
async function subjects() {
  const ids = Array.from({ length: Number(n) }, () => seq++);
  if (dialogue === "report" || dialogue === "help")
    for (const tg of ids)
      await seedCoop({ prisma: db.prisma } as Harness, {
        units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM", "KLINIK"],
        members: [{ tg, name: `P ${tg}` }],
      });
  return ids;
}
const ids = await subjects();
await drive(
  { name: "bot", bot, fake, real: true },
  registration,
  Array.from({ length: 5 }, () => seq++),
  5,
  newSample(),
);
// count statements and transactions sent to PostgreSQL (pg driver) per update
import pg from "pg";
let queries = 0;
let begins = 0;
const texts = new Map<string, number>();
const origQuery = pg.Client.prototype.query;
(pg.Client.prototype as any).query = function (this: unknown, q: any, ...rest: unknown[]) {
  queries += 1;
  const text = typeof q === "string" ? q : q?.text;
  if (typeof text === "string" && /^\s*BEGIN/i.test(text)) begins += 1;
  if (process.env.PROFILE_SQL && typeof text === "string")
    texts.set(text.slice(0, 90).replace(/\s+/g, " "), (texts.get(text.slice(0, 90).replace(/\s+/g, " ")) ?? 0) + 1);
  return (origQuery as any).call(this, q, ...rest);
};
// PROFILE_WARM=k: k rounds of the same dialogue first, so the profile shows a warm process, not
// V8 compiling the hot functions (bench/_cpu-probe.ts)
for (let i = 0; i < Number(process.env.PROFILE_WARM ?? 0); i++)
  await drive(
    { name: "bot", bot, fake, real: true },
    dialogue === "report" ? report : registration,
    await subjects(),
    Number(inFlight),
    newSample(),
  );
fake.clear();
queries = 0;
begins = 0;
texts.clear();
const { Session } = await import("node:inspector/promises");
const insp = new Session();
insp.connect();
await insp.post("Profiler.enable");
if (process.env.PROFILE_OUT) await insp.post("Profiler.start");
// PROFILE_MARK=<file>: the pid is written there when measuring starts (attach `perf record -p`)
if (process.env.PROFILE_MARK) (await import("node:fs")).writeFileSync(process.env.PROFILE_MARK, String(process.pid));
const s = newSample();
const cpu0 = process.cpuUsage();
const help = [{ text: "/bantuan" }, { text: "Halo, kapan stok beras datang?" }];
const steps =
  dialogue === "report"
    ? report
    : dialogue === "help"
      ? help
      : dialogue === "burst"
        ? registration.slice(0, 2)
        : registration;
await drive({ name: "bot", bot, fake, real: true }, steps, ids, Number(inFlight), s);
const cpu = process.cpuUsage(cpu0);
if (process.env.PROFILE_OUT) {
  const { profile } = await insp.post("Profiler.stop");
  (await import("node:fs")).writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
}
console.log(
  `${label} ${dialogue} ×${n} (${inFlight} in flight): ${s.updates} updates, ${(s.updates / (s.ms / 1000)).toFixed(0)} upd/s wall, ${((cpu.user + cpu.system) / 1000 / s.updates).toFixed(2)} ms CPU per update (user ${(cpu.user / 1000 / s.updates).toFixed(2)}, system ${(cpu.system / 1000 / s.updates).toFixed(2)}), p50 ${percentile(s.latencies, 50).toFixed(0)} p99 ${percentile(s.latencies, 99).toFixed(0)} ms; pg statements/update ${(queries / s.updates).toFixed(2)}, BEGIN/update ${(begins / s.updates).toFixed(2)}`,
);
for (const [t, c] of [...texts].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${(c / s.updates).toFixed(2)}  ${t}`);
await drop();
process.exit(0);
