// Child process of test/outbox/peer-wake.test.ts: "another worker" on the same PostgreSQL, running
// only the outbox drain loop (with a poll interval of an hour unless given, so only a NOTIFY can
// wake it) and the peer wake listener; bench/relay-wake.ts runs it with the production poll (1 s). Prints one line per event: "listening" (LISTEN in force, again after a
// reconnect), "idle" (the loop starts an idle wait).
//   node --import tsx test/helpers/outbox-peer.ts <databaseUrl> <apiRoot> [pollMs]
import { Api } from "grammy";
import { openDatabase } from "../../src/db/open.ts";
import { createLogger } from "../../src/logger.ts";
import { startOutboxLoop } from "../../src/outbox/loop.ts";
import { startPeerWake } from "../../src/outbox/peer-wake.ts";

const [databaseUrl = "", apiRoot = "", pollMs = "3600000"] = process.argv.slice(2);
const db = await openDatabase({ databaseUrl, dataDir: "", migrate: false, poolSize: 2 });
const logger = createLogger("silent");
const holder = `peer-b:${process.pid}`;
const say = (line: string) => process.stdout.write(`${line}\n`);
const peers = startPeerWake({ databaseUrl, holder, logger, onListening: () => say("listening") });
const loop = startOutboxLoop({
  prisma: db.prisma,
  api: new Api("123:PEER", { apiRoot }),
  clock: { now: () => new Date() },
  logger,
  holder,
  idleMs: Number(pollMs),
  onIdle: () => say("idle"),
});
process.on("SIGTERM", () => {
  void Promise.all([loop.stop(), peers.stop()])
    .then(() => db.close())
    .then(() => process.exit(0));
});
