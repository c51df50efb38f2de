// DB lost while running: a PostgreSQL cluster of our own is stopped in the middle of a
// registration. Users are told to try again, /healthz says 503, and when the database is back the
// bot goes on at the same step with everything acknowledged before still there.
import { describe, it, expect, afterAll, beforeAll } from "vitest";
import { startSimulator, type Simulator } from "../../src/simulator/index.ts";
import { startApp, type RunningApp } from "../../src/app.ts";
import { parseConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import { pgCluster, simChat, until, type PgCluster } from "./helpers.ts";

let cluster: PgCluster | undefined;
let skip = "";
let sim: Simulator | undefined;
let app: RunningApp | undefined;
beforeAll(async () => {
  const c = await pgCluster();
  if (typeof c === "string") {
    skip = c;
    console.warn(`SKIPPED db-lost fault test: ${c}`);
  } else cluster = c;
}, 120_000);
afterAll(async () => {
  const t0 = Date.now();
  await app?.stop().catch(() => undefined);
  console.log(`app stopped in ${Date.now() - t0} ms`);
  await sim?.close();
  cluster?.destroy();
}, 120_000);

const health = async (port: number) => (await fetch(`http://127.0.0.1:${port}/healthz`)).status;

describe("fault: the database is lost while the bot runs", () => {
  it("tells users to try again, /healthz 503, recovers when PostgreSQL returns, loses nothing acknowledged", async (t) => {
    if (!cluster) return t.skip(skip);
    sim = await startSimulator({ port: 0 });
    const config = parseConfig({ DATABASE_URL: cluster.url, PORT: "0", LOG_LEVEL: "silent" });
    app = await startApp(config, createLogger(process.env.FAULT_LOG ?? "silent"), sim.token, sim.apiRoot);
    const port = app.httpPort;
    expect(await health(port)).toBe(200);
    const chat = await simChat(sim);
    await chat.send("/start");
    const consent = await chat.waitFor((m) => !!m.text?.includes("UU PDP"), "consent");
    await chat.press(consent.message_id, "~ok");
    await chat.waitFor((m) => !!m.text?.startsWith("Langkah 2 dari 7"), "name step");
    await chat.send("Siti Aminah");
    await chat.waitFor((m) => !!m.text?.startsWith("Langkah 3 dari 7"), "phone step");

    cluster.stop();
    expect(await health(port)).toBe(503);
    const before = await chat.botCount();
    await chat.send("0812 3456 7890");
    const sorry = await chat.waitFor(
      (m) => !!m.text?.includes("coba lagi"),
      "a try-again message while the DB is down",
      before,
      60_000,
    );
    console.log(`while down the user read: ${sorry.text}`);

    cluster.start();
    await until(async () => (await health(port)) === 200 || undefined, "/healthz 200 after the DB returned", 60_000);
    // the message typed while the database was down is handled now, without sending it again
    const n = before;
    await chat.waitFor((m) => !!m.text?.includes("+6281234567890"), "the phone accepted after recovery", n, 60_000);
    await chat.waitFor((m) => !!m.text?.startsWith("Langkah 4 dari 7"), "step 4 after recovery", n, 60_000);
    const user = await app.db.prisma.user.findFirstOrThrow({ where: { telegramId: BigInt(chat.id) } });
    expect(user.consentAt).not.toBeNull();
    // the name typed before the outage is still in the wizard: the summary at the end shows it
    const state = await app.db.prisma.session.findMany({ where: { value: { contains: "Siti Aminah" } } });
    expect(state.length).toBeGreaterThan(0);
  }, 300_000);
});
