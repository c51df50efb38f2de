// Monthly report figures: a whole 3-unit report as a dialogue (14 updates: /lapor, 4 answers,
// checklist, problems, photo, Kirim) against the real bot on in-memory PGlite with the fake Bot API.
// Run: node --import tsx bench/report.ts [reports]   (prints figures only, no assertions)
import { performance } from "node:perf_hooks";
import { createHarness, FakeClock } from "../test/helpers/harness.ts";
import { seedCoop } from "../test/features/report-seed.ts";
import type { TestUser } from "../test/helpers/test-user.ts";

const N = Number(process.argv[2] ?? 20);
const h = await createHarness({ clock: new FakeClock(new Date("2026-11-03T03:00:00Z")) });
const users: TestUser[] = [];
for (let i = 0; i < N; i++) {
  await seedCoop(h, {
    units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM", "KLINIK"],
    members: [{ tg: 100_000 + i, name: `Pengurus ${i}` }],
    ba: { tg: 200_000 + i, name: `BA ${i}` },
  });
  users.push(h.user(100_000 + i));
}

async function report(u: TestUser) {
  await u.command("lapor");
  await u.send("12,5 jt / 340 / 8 jt");
  await u.send("1,2 jt / 25 / 30 jt / 120 jt / 4 jt");
  await u.send("6 jt / 150");
  await u.send("250 / 12 / 5");
  for (const item of ["AHU", "KANTOR", "REKENING", "BUILD_GERAI"]) await u.press(`~t.${item}`);
  await u.press("~ok");
  await u.send("Stok beras sering terlambat");
  await u.sendPhoto("photo-1");
  await u.press("~done");
  await u.press("~send");
}

const half = Math.floor(N / 2);
let t0 = performance.now();
for (const u of users.slice(0, half)) await report(u);
const seqMs = performance.now() - t0;
t0 = performance.now();
await Promise.all(users.slice(half).map(report));
const parMs = performance.now() - t0;
const submitted = await h.prisma.monthlyReport.count({ where: { status: "SUBMITTED" } });
const sessionBytes = (await h.prisma.session.findMany()).reduce((n, s) => n + s.value.length, 0);
console.log(`reports submitted           ${submitted} of ${N}`);
console.log(
  `one after another (${half})     ${(seqMs / half).toFixed(0)} ms per report, ${(seqMs / half / 14).toFixed(1)} ms per update`,
);
console.log(
  `${N - half} chats at once           ${(parMs / (N - half)).toFixed(0)} ms per report (wall), ${(parMs / ((N - half) * 14)).toFixed(1)} ms per update`,
);
console.log(`conversation state left     ${sessionBytes} bytes (finished wizards leave none)`);
process.exit(0);
