// The worker process of bench/broadcast.ts: opens the benchmark database, runs the real outbox
// drain loop against the local fake Bot API until the broadcast group is done, and (when asked)
// enqueues one interactive "help relay" row while the broadcast runs, printing when it did.
// Args (JSON in argv[2]): { dataDir?, databaseUrl?, port, budget, bulkShare, group, relayAfterMs?, relayKey?,
//   paidPerSecond?, paidConcurrency? (bench/paid-broadcast.ts: the paid lane) }
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
  paidPerSecond?: number;
  paidConcurrency?: number;
  /** several relays (keys relayKey:i, chats relayChat+i), every relayEveryMs from relayAfterMs */
  relayCount?: number;
  relayEveryMs?: number;
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
  ...(a.paidPerSecond ? { paidPerSecond: a.paidPerSecond } : {}),
  ...(a.paidConcurrency ? { paidConcurrency: a.paidConcurrency } : {}),
  // short leases so a restart after kill -9 resumes within seconds (production: 60 s / 2 min)
  leaseMs: 5_000,
  runMs: 4_000,
  claimLeaseMs: 5_000,
  idleMs: 200,
});
const cpuAtStart = process.cpuUsage();
console.log(JSON.stringify({ started: Date.now(), startupCpuMs: (cpuAtStart.user + cpuAtStart.system) / 1000 }));
const relays =
  a.relayCount === undefined
    ? [{ key: a.relayKey, chat: a.relayChat, after: a.relayAfterMs }]
    : Array.from({ length: a.relayCount }, (_, i) => ({
        key: `${a.relayKey}:${i}`,
        chat: a.relayChat! + i,
        after: a.relayAfterMs! + i * (a.relayEveryMs ?? 1000),
      }));
for (const r of relays) {
  if (r.after === undefined) continue;
  setTimeout(() => {
    const at = Date.now();
    void enqueue(db.prisma, { key: r.key!, chatId: r.chat!, text: `relay ${r.key}` }).then(() =>
      console.log(JSON.stringify({ relayEnqueuedAt: at, relayChat: r.chat })),
    );
  }, r.after);
}
for (;;) {
  await new Promise((r) => setTimeout(r, 500));
  const p = await groupProgress(db.prisma, a.group);
  const keys = relays.flatMap((r) => (r.key === undefined ? [] : [r.key]));
  const relayDone =
    keys.length === 0 ||
    (await db.prisma.outbox.count({ where: { key: { in: keys }, status: "SENT" } })) === keys.length;
  if (p.pending + p.sending === 0 && relayDone) break;
}
await loop.stop();
await db.close();
const cpu = process.cpuUsage();
console.log(JSON.stringify({ done: Date.now(), cpuMs: (cpu.user + cpu.system) / 1000 }));
