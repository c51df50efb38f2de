// Entry point: read config, start (or explain what to set), stop cleanly on SIGTERM/SIGINT.
// npm start execs `node scripts/start.mjs`, which imports this compiled (dist/main.js) in the same
// process, so signals reach us; `node --import tsx src/main.ts` runs it from source.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { parseConfig, ConfigError } from "./config.ts";
import { createLogger, type Logger } from "./logger.ts";
import { DataDirLockedError } from "./db/lock.ts";
import { StartupAborted, StartupError } from "./startup-errors.ts";

function loadDotEnv() {
  try {
    process.loadEnvFile(".env"); // variables already set in the environment win
  } catch {
    /* no .env: fine */
  }
}

type Config = ReturnType<typeof parseConfig>;
type RunningApp = Awaited<ReturnType<typeof import("./app.ts").startApp>>;
type LaunchedSimulator = Awaited<ReturnType<typeof import("./simulator/launch.ts").launchSimulator>>;

/** The bot's API: Telegram with BOT_TOKEN, else the local simulator (when it is installed). */
interface BotApi {
  token: string;
  apiRoot: string | undefined;
  simulator?: LaunchedSimulator;
}

async function main() {
  loadDotEnv();
  const config = configOrExit();
  let logger = createLogger(config.logLevel);
  if (cluster.isPrimary) {
    // WORKERS > 1 in webhook mode on PostgreSQL: this process only forks and watches the workers
    const { planWorkers, runPrimary } = await import("./cluster.ts");
    const plan = planWorkers(config, availableParallelism());
    if (plan.notice) logger.warn(plan.notice);
    if (plan.workers > 1) return runPrimary(plan.workers, logger);
  } else {
    logger = logger.child({ worker: Number(process.env.KDKMP_WORKER) });
    // the primary handles Ctrl-C (the terminal sends it to every process) and passes SIGTERM on
    process.on("SIGINT", () => undefined);
  }
  const api = await botApiOrExit(config, logger);
  const stop = installShutdown(logger, api.simulator);
  const opening = openDatabaseEarly(config);
  const app = await startOrExit(config, logger, api, stop.starting.signal, opening);
  stop.app = app;
  if (stop.starting.signal.aborted) {
    // the signal came after the last start-up check: stop normally
    stop.signals = 0;
    await stop.shutdown("SIGTERM");
    return;
  }
  process.send?.({ kdkmp: "ready", port: app.httpPort });
  if (api.simulator) await announceSimulator(api.simulator, app, logger);
}

function configOrExit(): Config {
  try {
    return parseConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}

async function botApiOrExit(config: Config, logger: Logger): Promise<BotApi> {
  if (config.botToken) return { token: config.botToken, apiRoot: config.apiRoot };
  const sim = await import("./simulator/launch.ts").catch(() => undefined);
  if (!sim) {
    console.error(
      "BOT_TOKEN is not set. Get a token from @BotFather in Telegram (send /newbot), then run:\n" +
        "  BOT_TOKEN=123456:ABC-your-token npm start\n" +
        "or put BOT_TOKEN=... in a .env file (see .env.example).",
    );
    process.exit(1);
  }
  const launched = await sim.launchSimulator(config, logger);
  return { token: launched.token, apiRoot: launched.apiRoot, simulator: launched };
}

/**
 * Signal handlers go in before anything is opened: a SIGTERM during start-up is remembered and
 * honoured as soon as start-up finishes (so the DB lock is always released). A signal during
 * start-up aborts it: startApp closes what it opened (the DB lock is released) and rejects with
 * StartupAborted.
 */
function installShutdown(logger: Logger, simulator: LaunchedSimulator | undefined) {
  const stop = {
    app: undefined as RunningApp | undefined,
    signals: 0,
    starting: new AbortController(),
    async shutdown(signal: string) {
      stop.signals += 1;
      if (stop.signals > 1) process.exit(130); // second Ctrl-C: leave now
      if (!stop.app) {
        logger.info({ signal }, "stop requested during start-up");
        stop.starting.abort();
        return;
      }
      logger.info({ signal }, "shutting down");
      const force = setTimeout(() => process.exit(1), 15_000);
      force.unref();
      await stop.app.stop();
      await simulator?.close();
      process.exit(0);
    },
  };
  process.on("SIGTERM", () => void stop.shutdown("SIGTERM"));
  if (cluster.isPrimary) process.on("SIGINT", () => void stop.shutdown("SIGINT"));
  else process.on("disconnect", () => void stop.shutdown("primary gone")); // the primary died: stop too
  return stop;
}

/**
 * Open the database while the rest of the app is imported (start-up overlaps PGlite's WASM
 * compile and start with module loading); startApp takes it over through opts.openDb. The catch
 * only marks an early failure as handled: startApp awaits the promise and reports it.
 */
function openDatabaseEarly(config: Config) {
  const opening = import("./db/open.ts").then(({ openDatabase }) =>
    openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      poolSize: config.dbPoolSize,
      migrateUrl: config.databaseDirectUrl,
    }),
  );
  opening.catch(() => undefined);
  return opening;
}

/** startApp, or the reason it could not start (and exit). */
async function startOrExit(
  config: Config,
  logger: Logger,
  api: BotApi,
  signal: AbortSignal,
  opening: ReturnType<typeof openDatabaseEarly>,
): Promise<RunningApp> {
  const { startApp } = await import("./app.ts");
  const { simulator } = api;
  try {
    return await startApp(config, logger, api.token, api.apiRoot, {
      signal,
      openDb: () => opening,
      // first start of the simulator (no cooperative yet): the demo data (src/seed/demo.ts) is
      // written before the bot and the jobs start, so the recap sent at start sees all of it
      ...(simulator ? { prepare: (db) => seedSimulatorDemo(db.prisma, logger, simulator.personas) } : {}),
    });
  } catch (e) {
    await simulator?.close();
    if (e instanceof StartupAborted) {
      logger.info("stopped");
      process.exit(0);
    }
    if (e instanceof DataDirLockedError || e instanceof StartupError) {
      logger.fatal({ variable: (e as StartupError).variable }, e.message);
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}

/** People registered on an earlier run can be reached too (their chats are not in the demo list). */
async function announceSimulator(simulator: LaunchedSimulator, app: RunningApp, logger: Logger) {
  const { openRegisteredChats } = await import("./simulator/launch.ts");
  await openRegisteredChats(simulator, app.db.prisma).catch((e: unknown) =>
    logger.warn({ err: (e as Error).message }, "simulator: registered chats not opened"),
  );
  console.log(`\n  Simulator siap / ready: ${simulator.url}\n`);
}

/** The simulator's demo data on a fresh database; a failure is logged, the bot starts all the same. */
async function seedSimulatorDemo(
  prisma: import("./generated/prisma/client.ts").PrismaClient,
  logger: Logger,
  personas: import("./simulator/types.ts").Persona[],
) {
  const { seedDemoIfEmpty, describePersonas } = await import("./simulator/launch.ts");
  await seedDemoIfEmpty(prisma, logger)
    .then(() => describePersonas(prisma, personas))
    .catch((e: unknown) => logger.warn({ err: (e as Error).message }, "demo data not loaded"));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
