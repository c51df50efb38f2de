// The outbox wake crosses processes on PostgreSQL (LISTEN/NOTIFY, src/outbox/peer-wake.ts): a relay
// enqueued in this process (worker A, which runs no drain loop) is sent by another process (worker
// B: test/helpers/outbox-peer.ts) whose loop polls only once an hour, so only the NOTIFY can wake
// it. Then B's listener connection is killed on the server: B reconnects and the next relay is
// woken the same way. Needs TEST_DATABASE_URL (the PostgreSQL step of .ci/run sets it).
import { describe, it, expect, afterAll } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { FakeApiServer } from "../helpers/fake-api-server.ts";
import { dropDatabases, freshDatabase, pgAdmin, until } from "../helpers/pg-databases.ts";
import { openDatabase, type OpenedDb } from "../../src/db/open.ts";
import { enqueue } from "../../src/outbox/enqueue.ts";
import { startPeerWake, type PeerWake } from "../../src/outbox/peer-wake.ts";
import { createLogger } from "../../src/logger.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BASE_URL = process.env.TEST_DATABASE_URL;
const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

async function newDatabase(): Promise<{ url: string; name: string }> {
  const made = await freshDatabase(BASE_URL!, "peerwake");
  cleanups.push(() => dropDatabases(BASE_URL!, [made.name]));
  return made;
}

describe.skipIf(!BASE_URL)("outbox wake across processes (PostgreSQL LISTEN/NOTIFY)", () => {
  it("a relay enqueued in worker A is sent by worker B at once, also after B's listener reconnected", async () => {
    const { url, name } = await newDatabase();
    const db: OpenedDb = await openDatabase({ databaseUrl: url, dataDir: "", poolSize: 2 });
    cleanups.push(() => db.close());
    const api = await new FakeApiServer().listen();
    cleanups.push(() => api.close());

    // worker A: enqueues and notifies, sends nothing itself
    let aListening = 0;
    const a: PeerWake = startPeerWake({
      databaseUrl: url,
      holder: "peer-a",
      logger: createLogger("silent"),
      onListening: () => (aListening += 1),
    });
    cleanups.push(() => a.stop());

    // worker B: the drain loop (poll once an hour) and its listener
    const child: ChildProcess = spawn(
      process.execPath,
      ["--import", "tsx", "test/helpers/outbox-peer.ts", url, api.apiRoot],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    cleanups.push(async () => {
      if (child.exitCode === null) child.kill("SIGKILL");
    });
    const events: string[] = [];
    let raw = "";
    child.stdout!.on("data", (b: Buffer) => {
      raw += b.toString();
      events.push(...b.toString().split("\n").filter(Boolean));
    });
    child.stderr!.on("data", (b: Buffer) => (raw += b.toString()));
    const log = () => `events: ${events.join(", ")}\n${raw.slice(-2000)}`;
    const sentTo = (chatId: number) =>
      api.fake.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === chatId);
    const count = (e: string) => events.filter((x) => x === e).length;

    await until(() => aListening === 1, "A listening", log);
    await until(() => count("listening") === 1 && count("idle") === 1, "B listening and idle", log);

    await enqueue(db.prisma, { key: "relay:peer:1", chatId: 4201, text: "Balasan pertama" });
    await until(() => sentTo(4201).length === 1, "B sending the first relay", log);
    expect(sentTo(4201)[0]!.payload.text).toBe("Balasan pertama");
    // B was woken from its hour-long wait by the NOTIFY: it looked, drained, and went idle again
    await until(() => count("idle") === 2, "B idle again", log);
    expect(events).toEqual(["listening", "idle", "idle"]);

    // the listener connections are killed on the server; both sides reconnect
    await pgAdmin(BASE_URL!, (c) =>
      c.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'kdkmp-listen'`,
        [name],
      ),
    );
    await until(() => count("listening") === 2 && aListening === 2, "both listeners back", log);
    await enqueue(db.prisma, { key: "relay:peer:2", chatId: 4202, text: "Balasan kedua" });
    await until(() => sentTo(4202).length === 1, "B sending the second relay", log);
    await until(() => count("idle") === 3, "B idle again", log);
    expect(events).toEqual(["listening", "idle", "idle", "listening", "idle"]);

    const rows = await db.prisma.outbox.findMany({ select: { key: true, status: true }, orderBy: { key: "asc" } });
    expect(rows).toEqual([
      { key: "relay:peer:1", status: "SENT" },
      { key: "relay:peer:2", status: "SENT" },
    ]);
  }, 120_000);
});
