// The worker process of bench/broadcast.ts: opens the benchmark database, runs the real outbox
// drain loop against the local fake Bot API until the broadcast group is done, and (when asked)
// enqueues one interactive "help relay" row while the broadcast runs, printing when it did.
// Args (JSON in argv[2]): { dataDir?, databaseUrl?, port, budget, bulkShare, group, relayAfterMs?, relayKey? }
import { Api } from "grammy";
import { openDatabase } from "../src/db/open.ts";
import { createLogger } from "../src/logger.ts";
import { enqueue, groupProgress, startOutboxLoop } from "../src/outbox/index.ts";

const a = JSON.parse(process.argv[2]!) as {
  dataDir?: string;
  databaseUrl?: string;
  port: number;
  budget: number;
  bulkShare: number;
  group: string;
  relayAfterMs?: number;
  relayKey?: string;
  relayChat?: number;
};
const db = await openDatabase({ dataDir: a.dataDir ?? "", databaseUrl: a.databaseUrl, migrate: false });
const clock = { now: () => new Date() };
const api = new Api("123:BENCH", { apiRoot: `http://127.0.0.1:${a.port}` });
const loop = startOutboxLoop({
  prisma: db.prisma,
  api,
  clock,
  logger: createLogger("silent"),
  holder: `bench-${process.pid}`,
  budgetPerSecond: a.budget,
  bulkShare: a.bulkShare,
  // short leases so a restart after kill -9 resumes within seconds (production: 60 s / 2 min)
  leaseMs: 5_000,
  runMs: 4_000,
  claimLeaseMs: 5_000,
  idleMs: 200,
});
const cpuAtStart = process.cpuUsage();
console.log(JSON.stringify({ started: Date.now(), startupCpuMs: (cpuAtStart.user + cpuAtStart.system) / 1000 }));
if (a.relayAfterMs !== undefined) {
  setTimeout(() => {
    const at = Date.now();
    void enqueue(db.prisma, { key: a.relayKey!, chatId: a.relayChat!, text: "relay" }).then(() =>
      console.log(JSON.stringify({ relayEnqueuedAt: at })),
    );
  }, a.relayAfterMs);
}
for (;;) {
  await new Promise((r) => setTimeout(r, 500));
  const p = await groupProgress(db.prisma, a.group);
  const relayDone =
    a.relayKey === undefined || (await db.prisma.outbox.count({ where: { key: a.relayKey, status: "SENT" } })) === 1;
  if (p.pending + p.sending === 0 && relayDone) break;
}
await loop.stop();
await db.close();
const cpu = process.cpuUsage();
console.log(JSON.stringify({ done: Date.now(), cpuMs: (cpu.user + cpu.system) / 1000 }));
