// Profiling aid (not run by npm run bench): size of the stored conversation state after each step
// of the report dialogue (one user, after one for warm-up), on PostgreSQL (BENCH_DATABASE_URL).
//   BENCH_DATABASE_URL=… node --import tsx bench/_state-size.ts
import pg from "pg";
import { benchBot } from "./lib/bench-bot.ts";
import { benchDatabases } from "./lib/database.ts";
import { report, perform } from "./lib/dialogues.ts";
import { userOf, newSample } from "./lib/drive.ts";
import { seedCoop } from "../test/features/report-seed.ts";
import { FakeClock } from "../test/helpers/harness.ts";
const dbs = await benchDatabases("state");
const { db, drop } = await dbs[1]!();
const { bot, fake } = await benchBot(db.prisma, new FakeClock(new Date("2026-11-03T03:00:00Z")));
const d = { name: "bot", bot, fake, real: true };
let written = 0;
const orig = pg.Client.prototype.query;
(pg.Client.prototype as any).query = function (this: unknown, q: any, ...rest: unknown[]) {
  if (typeof q?.text === "string" && q.text.startsWith(`INSERT INTO "Session"`)) {
    written = q.values[1].length;
    if (process.env.DUMP_AT && written > Number(process.env.DUMP_AT)) console.log(q.values[1]);
  }
  return (orig as any).call(this, q, ...rest);
};
for (let u = 0; u < 2; u++) {
  const tg = 6000000 + u;
  await seedCoop({ prisma: db.prisma } as any, {
    units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM", "KLINIK"],
    members: [{ tg, name: `P` }],
  });
  const user = userOf(d, tg, newSample());
  for (let i = 0; i < report.length; i++) {
    written = 0;
    await perform(user, [report[i]!], true);
    if (u === 1)
      console.log(String(i).padStart(2), String(written).padStart(6), JSON.stringify(report[i]).slice(0, 50));
  }
  fake.clear();
}
await drop();
process.exit(0);
