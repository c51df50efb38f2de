// Outbox figures on in-memory PGlite: (1) enqueue 20,000 rendered messages (pages of 1,000, one
// INSERT … ON CONFLICT DO NOTHING each); (2) the reminder job end to end on 5,000 coops × 4
// pengurus = 20,000 reminders (paged SQL, ReminderLog, rendering, enqueue); (3) draining them with
// a stub Bot API and a no-op sleep, i.e. the worker's own cost per message (claim, bookkeeping).
// Then what Telegram's budget (25 msg/s) means for 300,000 pengurus.
// Run: node --import tsx bench/outbox.ts [coops]   (prints figures only, no assertions)
import { performance } from "node:perf_hooks";
import type { Api } from "grammy";
import { createHarness, FakeClock } from "../test/helpers/harness.ts";
import { drainOutbox, enqueueMany } from "../src/outbox/index.ts";
import { runReportReminders } from "../src/jobs/report-reminders.ts";

const COOPS = Number(process.argv[2] ?? 5000);
const PER_COOP = 4;
const N = COOPS * PER_COOP;
const h = await createHarness({ clock: new FakeClock(new Date("2026-11-07T01:00:00Z")) }); // 08:00 WIB, DUE_SOON
const { prisma } = h;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
let sent = 0;
const stubApi = { sendMessage: async () => ({ message_id: ++sent }) } as unknown as Api;
const noSleep = async () => undefined;

async function drainAll() {
  const t0 = performance.now();
  let total = 0;
  for (;;) {
    const r = await drainOutbox({
      prisma,
      api: stubApi,
      clock: h.clock,
      logger: h.deps.logger,
      sleep: noSleep,
      batch: 200,
      concurrency: 8,
    });
    total += r.sent;
    if (r.sent === 0) break;
  }
  return { total, ms: performance.now() - t0 };
}

// (1) raw enqueue
let t0 = performance.now();
for (let p = 0; p < N; p += 1000) {
  await enqueueMany(
    prisma,
    Array.from({ length: Math.min(1000, N - p) }, (_, i) => ({
      key: `bench:${p + i}`,
      chatId: 10_000_000 + p + i,
      text: `Pengingat laporan nomor ${p + i}`,
      replyMarkup: {
        inline_keyboard: [[{ text: "📝 Isi laporan Oktober 2026", callback_data: `rml:${p + i}:2026-10` }]],
      },
    })),
    h.clock.now(),
  );
}
const enqMs = performance.now() - t0;
const again = await enqueueMany(prisma, [{ key: "bench:0", chatId: 1, text: "x" }], h.clock.now());
console.log(
  `enqueue (pages of 1,000)         ${fmt(N)} rows in ${fmt(enqMs)} ms = ${fmt((N / enqMs) * 1000)} rows/s (re-enqueue of a key: ${again} new)`,
);
const d1 = await drainAll();
console.log(
  `drain, stub API, no-op sleep     ${fmt(d1.total)} rows in ${fmt(d1.ms)} ms = ${fmt((d1.total / d1.ms) * 1000)} rows/s, ${(d1.ms / d1.total).toFixed(2)} ms DB time per message`,
);

// (2) the reminder job on COOPS coops with PER_COOP pengurus each
await prisma.outbox.deleteMany();
const baseTg = 20_000_000;
await prisma.user.createMany({
  data: Array.from({ length: N }, (_, i) => ({
    telegramId: BigInt(baseTg + i),
    fullName: `Pengurus ${i}`,
    consentAt: new Date("2026-01-01T00:00:00Z"),
  })),
});
const firstUser = (await prisma.user.findFirstOrThrow({ where: { telegramId: BigInt(baseTg) } })).id;
for (let p = 0; p < COOPS; p += 1000) {
  await prisma.cooperative.createMany({
    data: Array.from({ length: Math.min(1000, COOPS - p) }, (_, j) => {
      const i = p + j;
      return {
        name: `Koperasi Desa Merah Putih ${i}`,
        villageCode: `61.12.${String(Math.floor(i / 9000) + 1).padStart(2, "0")}.${2001 + (i % 9000)}`,
        districtCode: "61.12.01",
        regencyCode: "61.12",
        provinceCode: "61",
        units: ["GERAI_SEMBAKO" as const],
        createdById: firstUser,
        createdAt: new Date("2026-09-01T00:00:00Z"),
      };
    }),
  });
}
const coopIds = (await prisma.cooperative.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id);
const positions = ["KETUA", "SEKRETARIS", "BENDAHARA", "WAKIL_USAHA"] as const;
for (let p = 0; p < N; p += 5000) {
  await prisma.membership.createMany({
    data: Array.from({ length: Math.min(5000, N - p) }, (_, j) => ({
      userId: firstUser + p + j,
      coopId: coopIds[Math.floor((p + j) / PER_COOP)]!,
      position: positions[(p + j) % PER_COOP]!,
      status: "ACTIVE" as const,
    })),
  });
}
t0 = performance.now();
const runs = await runReportReminders({ deps: h.deps, t: (l, k, v) => h.notifier.t(l, k, v) });
const jobMs = performance.now() - t0;
const queued = runs.reduce((n, r) => n + r.messages, 0);
console.log(
  `reminder job (${fmt(COOPS)} coops)       ${fmt(queued)} reminders queued in ${fmt(jobMs)} ms = ${fmt((queued / jobMs) * 1000)} rows/s; 80,000 coops ≈ ${fmt(((jobMs / COOPS) * 80_000) / 1000)} s`,
);
t0 = performance.now();
const rerun = await runReportReminders({ deps: h.deps, t: (l, k, v) => h.notifier.t(l, k, v) });
console.log(
  `second run (nothing to do)       ${fmt(performance.now() - t0)} ms, ${rerun.reduce((n, r) => n + r.messages, 0)} queued`,
);
const d2 = await drainAll();
console.log(
  `drain reminders                  ${fmt(d2.total)} rows in ${fmt(d2.ms)} ms = ${fmt((d2.total / d2.ms) * 1000)} rows/s, ${(d2.ms / d2.total).toFixed(2)} ms DB time per message`,
);

const budget = 25;
const secs = 300_000 / budget;
console.log(
  `Telegram budget ${budget} msg/s: 300,000 pengurus take ${fmt(secs)} s = ${Math.floor(secs / 3600)} h ${Math.round((secs % 3600) / 60)} min (DB share at the rate above: ${(((300_000 * (d2.ms / d2.total)) / 1000 / secs) * 100).toFixed(1)} % of that time)`,
);
process.exit(0);
