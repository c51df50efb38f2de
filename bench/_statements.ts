// Profiling aid (not run by npm run bench): the SQL statements each update of one dialogue sends to
// PostgreSQL, step by step. BENCH_DATABASE_URL=… [REG=1 for registration] [V=1 to list them]
//   node --import tsx bench/_statements.ts
import pg from "pg";
import { benchBot } from "./lib/bench-bot.ts";
import { benchDatabases } from "./lib/database.ts";
import { report as rep, registration, perform } from "./lib/dialogues.ts";
const report = process.env.REG ? registration : rep;
import { userOf, newSample } from "./lib/drive.ts";
import { seedCoop } from "../test/features/report-seed.ts";
import { FakeClock } from "../test/helpers/harness.ts";
const dbs = await benchDatabases("dbg");
const { db, drop } = await dbs[1]!();
const { bot, fake } = await benchBot(db.prisma, new FakeClock(new Date("2026-11-03T03:00:00Z")));
const d = { name: "bot", bot, fake, real: true };
await seedCoop({ prisma: db.prisma } as any, {
  units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM", "KLINIK"],
  members: [{ tg: 5000002, name: `P` }],
});
let texts: string[] = [];
const orig = pg.Client.prototype.query;
(pg.Client.prototype as any).query = function (this: unknown, q: any, ...rest: unknown[]) {
  const text = typeof q === "string" ? q : q?.text;
  texts.push(
    String(text)
      .replace(/"public"\./g, "")
      .replace(/\s+/g, " ")
      .slice(0, 70),
  );
  return (orig as any).call(this, q, ...rest);
};
const u2 = userOf(d, process.env.REG ? 6000001 : 5000002, newSample());
let seen = fake.calls.length;
for (let i = 0; i < report.length; i++) {
  texts = [];
  await perform(u2, [report[i]!], true);
  console.log(
    `--- ${i} ${JSON.stringify(report[i])} ${texts.length} statements; api: ${fake.calls
      .slice(seen)
      .map((c) => c.method)
      .join(",")}`,
  );
  seen = fake.calls.length;
  if (process.env.V) for (const t of texts) console.log("   ", t);
}
await drop();
process.exit(0);
