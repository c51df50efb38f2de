// Profiling aid (not run by npm run bench): CPU per step of the report dialogue, N users one after another (after 5 for warm-up), on PostgreSQL (BENCH_DATABASE_URL).
//   BENCH_DATABASE_URL=… node --import tsx bench/_step-cpu.ts [N]
import { benchBot } from "./lib/bench-bot.ts";
import { benchDatabases } from "./lib/database.ts";
import { report, perform } from "./lib/dialogues.ts";
import { userOf, newSample } from "./lib/drive.ts";
import { seedCoop } from "../test/features/report-seed.ts";
import { FakeClock } from "../test/helpers/harness.ts";
const dbs = await benchDatabases("dbg");
const { db, drop } = await dbs[1]!();
const { bot, fake } = await benchBot(db.prisma, new FakeClock(new Date("2026-11-03T03:00:00Z")));
const d = { name: "bot", bot, fake, real: true };
const N = Number(process.argv[2] ?? 30);
const per = report.map(() => 0);
for (let u = 0; u < N + 5; u++) {
  const tg = 5000000 + u;
  await seedCoop({ prisma: db.prisma } as any, {
    units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM", "KLINIK"],
    members: [{ tg, name: `P` }],
  });
  const user = userOf(d, tg, newSample());
  for (let i = 0; i < report.length; i++) {
    const c0 = process.cpuUsage();
    await perform(user, [report[i]!], true);
    const c = process.cpuUsage(c0);
    if (u >= 5) per[i] = per[i]! + c.user + c.system;
  }
  fake.clear();
}
let tot = 0;
report.forEach((s, i) => {
  tot += per[i]!;
  console.log(String(i).padStart(2), (per[i]! / N / 1000).toFixed(2), "ms", JSON.stringify(s).slice(0, 50));
});
console.log("avg", (tot / N / report.length / 1000).toFixed(2));
await drop();
process.exit(0);
