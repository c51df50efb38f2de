// Relay latency across processes (issue 22): a help relay enqueued in one worker (this process,
// A: it runs no drain loop) and sent by another (B: test/helpers/outbox-peer.ts, the outbox drain
// loop with the production poll of 1 s), on PostgreSQL. Latency = enqueue → the fake Bot API
// receiving the sendMessage. Twice, interleaved relay by relay: with the peer wake (A NOTIFYs, B's
// listener wakes its loop: src/outbox/peer-wake.ts) and without (A does not NOTIFY, so B finds the
// row at its next poll). Each relay is enqueued at a random moment of B's poll cycle.
// PostgreSQL only: BENCH_DATABASE_URL (skipped without it). BENCH_RELAYS=n per variant (default 30).
import { spawn } from "node:child_process";
import path from "node:path";
import { openDatabase } from "../src/db/open.ts";
import { enqueue } from "../src/outbox/enqueue.ts";
import { startPeerWake } from "../src/outbox/peer-wake.ts";
import { createLogger } from "../src/logger.ts";
import { FakeApiServer } from "../test/helpers/fake-api-server.ts";
import { throwawayPostgres } from "./lib/database.ts";
import { percentile, record } from "./lib/figures.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
if (!process.env.BENCH_DATABASE_URL) {
  console.log("relay-wake: skipped (PostgreSQL only: set BENCH_DATABASE_URL)");
  process.exit(0);
}
const N = Number(process.env.BENCH_RELAYS ?? 30);
const t = await throwawayPostgres(process.env.BENCH_DATABASE_URL, "relay");
const db = await openDatabase({ databaseUrl: t.url, dataDir: "", poolSize: 2 });
const api = await new FakeApiServer().listen();
let listening = 0;
const peer = startPeerWake({
  databaseUrl: t.url,
  holder: "bench-a",
  logger: createLogger("silent"),
  onListening: () => (listening += 1),
});
const child = spawn(process.execPath, ["--import", "tsx", "test/helpers/outbox-peer.ts", t.url, api.apiRoot, "1000"], {
  cwd: ROOT,
  stdio: ["ignore", "pipe", "inherit"],
});
let ready = false;
child.stdout.on("data", (b: Buffer) => (ready ||= b.toString().includes("idle")));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
while (!ready || listening === 0) await sleep(20);

const lat = { notify: [] as number[], poll: [] as number[] };
let seq = 0;
for (let i = 0; i < N; i++) {
  for (const variant of i % 2 ? (["poll", "notify"] as const) : (["notify", "poll"] as const)) {
    await sleep(Math.random() * 1000); // a random phase of B's 1 s poll
    const chatId = 7_000_000 + ++seq;
    const key = `relay:bench:${seq}`;
    const t0 = performance.now();
    // poll only: the same row inserted without a wake (no NOTIFY reaches B)
    if (variant === "notify") await enqueue(db.prisma, { key, chatId, text: "Balasan" });
    else
      await db.prisma.outbox.create({
        data: { key, chatId: BigInt(chatId), method: "sendMessage", payload: { text: "Balasan" } },
      });
    while (!api.fake.calls.some((c) => c.method === "sendMessage" && c.payload.chat_id === chatId)) await sleep(2);
    lat[variant].push(performance.now() - t0);
  }
}
record("relay_wake.two_workers.notify.p50", percentile(lat.notify, 50), "ms");
record("relay_wake.two_workers.notify.p95", percentile(lat.notify, 95), "ms", { op: "<", value: 2000 });
record("relay_wake.two_workers.poll_only.p50", percentile(lat.poll, 50), "ms");
record("relay_wake.two_workers.poll_only.p95", percentile(lat.poll, 95), "ms");
child.kill("SIGTERM");
await new Promise((r) => child.once("exit", r));
await peer.stop();
await api.close();
await db.close();
await t.drop();
process.exit(0);
