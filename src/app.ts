// Starting and stopping the whole app (DB, bot, HTTP, jobs). main.ts only wires signals.
import { startDurablePolling } from "./bot/durable-polling.ts";
import { superviseDurablePolling, type Supervised } from "./bot/polling-supervisor.ts";
import { Api } from "grammy";
import { botClientOptions } from "./bot/api-client.ts";
import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import { StartupAborted, botApiError, databaseError, listenError } from "./startup-errors.ts";
import { openDatabase, type OpenedDb } from "./db/open.ts";
import { createBot } from "./bot/index.ts";
import { systemClock, type Deps } from "./deps.ts";
import { LocaleCache, translateIn } from "./i18n.ts";
import { publishCommands } from "./bot/set-commands.ts";
import { startJobs } from "./jobs/index.ts";
import { releaseDeadClaims } from "./jobs/dead-claims.ts";
import { startHttpServer } from "./http/server.ts";
import { getWilayah } from "./services/wilayah/index.ts";
import { webhookClaims } from "./bot/update-round.ts";
import { asGrammySignal } from "./lib/casts.ts";

/** after the first getUpdates call: time for its request (and the jobs' first queries) to go out before the region data loads */
const WILAYAH_WARM_MS = 500;

export interface RunningApp {
  db: OpenedDb;
  stop(): Promise<void>;
  httpPort: number;
}

export interface StartOptions {
  /** aborted by SIGTERM/SIGINT during start-up: start-up stops, closes what it opened, rejects StartupAborted */
  signal?: AbortSignal;
  /** how long getMe may take, retries included (default 60 s) */
  initTimeoutMs?: number;
  /** the database, or its opening under way (main.ts starts it early; tests open it another way); default: openDatabase with the config */
  openDb?: () => Promise<OpenedDb>;
  /**
   * Runs once the database is ready, before the bot handles an update or a job runs (the simulator's
   * demo seed: the first automatic recap must not see half of it).
   */
  prepare?: (db: OpenedDb) => Promise<void>;
}

/** Start-up's undo stack: what it opened is closed again, newest first, when a later step fails or a stop comes. */
interface Startup {
  undo: Array<() => Promise<void>>;
  fail(e: unknown): Promise<never>;
  /** rejects (after undoing) when the stop signal came meanwhile */
  checkStop(): Promise<void> | undefined;
}

function startup(signal: AbortSignal | undefined): Startup {
  const undo: Array<() => Promise<void>> = [];
  const fail = async (e: unknown): Promise<never> => {
    for (const u of undo.reverse()) await u().catch(() => undefined);
    throw signal?.aborted ? new StartupAborted() : e;
  };
  return { undo, fail, checkStop: () => (signal?.aborted ? fail(new StartupAborted()) : undefined) };
}

export async function startApp(
  config: Config,
  logger: Logger,
  token: string,
  apiRoot?: string,
  opts: StartOptions = {},
): Promise<RunningApp> {
  const t0 = Date.now();
  const s = startup(opts.signal);
  const db = await openAppDatabase(config, logger, opts, s, t0);
  const deps: Deps = { config, logger, prisma: db.prisma, clock: systemClock, locales: new LocaleCache() };
  const { bot, i18n, notifier } = createBot(token, deps, { client: botClientOptions(apiRoot) });
  const http = await listen(config, logger, db, bot, s);
  const wilayah = warmWilayahAfterFirstPoll(bot);
  await initBot(bot, apiRoot, opts, s);
  void publishCommands(bot.api, i18n, config.defaultLocale, logger);
  const runner = await connectUpdates(config, logger, db, bot, i18n);
  // scheduled jobs (help SLA sweep every 5 minutes, report reminders every 15) and the outbox drain
  // loop, each under a JobLease so one instance runs it; started before "bot started" is logged
  // (main installs its signal handlers right after that). The outbox gets an Api without
  // auto-retry: it handles 429/5xx itself, without blocking.
  const outboxApi = new Api(token, botClientOptions(apiRoot));
  const jobs = startJobs({ notifier, deps, outboxApi });
  logger.info({ mode: config.botMode, bot: bot.botInfo.username, ms: Date.now() - t0, http: http.port }, "bot started");
  if (config.botMode === "webhook") wilayah.warm();

  let stopping: Promise<void> | undefined;
  return {
    db,
    httpPort: http.port,
    stop() {
      stopping ??= (async () => {
        logger.info("stopping: finishing in-flight updates");
        wilayah.cancel();
        await runner?.stop(); // waits for updates being handled
        await jobs.stop(); // lets a running job finish; the outbox hands unsent claimed rows back
        await http.close();
        await db.close();
        logger.info("stopped");
      })();
      return stopping;
    },
  };
}

type Bot = ReturnType<typeof createBot>["bot"];

/** The database opened (or awaited), a dead run's claims released, and the caller's `prepare` run. */
async function openAppDatabase(config: Config, logger: Logger, opts: StartOptions, s: Startup, t0: number) {
  let db: OpenedDb;
  try {
    db = await (opts.openDb ?? (() => openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })))();
  } catch (e) {
    return s.fail(databaseError(e, config.databaseUrl, config.dataDir));
  }
  s.undo.push(() => db.close());
  logger.info({ kind: db.kind, applied: db.applied, ms: Date.now() - t0 }, "database ready");
  await s.checkStop();
  if (db.kind === "pglite") {
    // this process is the only one on the data directory: leases and claims found were a dead one's
    const freed = await releaseDeadClaims(db.prisma, systemClock.now());
    if (freed.leases + freed.outbox > 0)
      logger.info(freed, "released the leases and outbox claims of the previous run");
  }
  if (opts.prepare) {
    try {
      await opts.prepare(db);
    } catch (e) {
      return s.fail(e);
    }
    await s.checkStop();
  }
  return db;
}

/** The HTTP server (health, and the webhook in webhook mode). */
async function listen(config: Config, logger: Logger, db: OpenedDb, bot: Bot, s: Startup) {
  let http: Awaited<ReturnType<typeof startHttpServer>>;
  try {
    http = await startHttpServer({
      port: config.port,
      host: config.host,
      ping: db.ping,
      logger,
      webhook:
        config.botMode === "webhook"
          ? { bot, secret: config.webhookSecret!, claims: webhookClaims(db.prisma, systemClock) }
          : undefined,
    });
  } catch (e) {
    return s.fail(listenError(e, config.port, config.host));
  }
  s.undo.push(() => http.close());
  await s.checkStop();
  return http;
}

/**
 * The region data (a few hundred ms of CPU) loads just after the first getUpdates has gone out,
 * not before it: most users need it later; an update that needs it sooner loads it itself.
 */
function warmWilayahAfterFirstPoll(bot: Bot): { warm(): void; cancel(): void } {
  let warming: NodeJS.Timeout | undefined;
  const warm = () => {
    warming ??= setTimeout(() => getWilayah(), WILAYAH_WARM_MS);
    warming.unref();
  };
  bot.api.config.use((prev, method, payload, signal) => {
    if (method === "getUpdates") warm();
    return prev(method, payload, signal);
  });
  return { warm, cancel: () => clearTimeout(warming) };
}

/** getMe, retried within `initTimeoutMs`, and given up on a stop. */
async function initBot(bot: Bot, apiRoot: string | undefined, opts: StartOptions, s: Startup): Promise<void> {
  const initTimeoutMs = opts.initTimeoutMs ?? 60_000;
  const timeout = AbortSignal.timeout(initTimeoutMs);
  try {
    await bot.init(asGrammySignal(opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout));
  } catch (e) {
    return s.fail(botApiError(e, apiRoot, timeout.aborted, initTimeoutMs));
  }
  await s.checkStop();
}

/** Webhook mode: set the webhook. Polling: drop any webhook and start the supervised durable polling. */
async function connectUpdates(
  config: Config,
  logger: Logger,
  db: OpenedDb,
  bot: Bot,
  i18n: ReturnType<typeof createBot>["i18n"],
): Promise<Supervised | undefined> {
  if (config.botMode === "webhook") {
    await bot.api.setWebhook(config.webhookUrl!, {
      secret_token: config.webhookSecret,
      drop_pending_updates: false,
      max_connections: config.webhookMaxConnections,
    });
    logger.info({ url: config.webhookUrl, maxConnections: config.webhookMaxConnections }, "webhook set");
    return undefined;
  }
  await bot.api
    .deleteWebhook()
    .catch((e) => logger.warn({ err: (e as Error).message }, "deleteWebhook failed (ignored)"));
  // fetched updates go to a DB inbox before they are confirmed: a crash loses nothing
  // a lost database stops the runner; the supervisor tells waiting chats and restarts it
  return superviseDurablePolling({
    bot,
    logger,
    ping: db.ping,
    t: translateIn(i18n, config.defaultLocale),
    defaultLocale: config.defaultLocale,
    start: () =>
      startDurablePolling(bot, db.prisma, logger, ["message", "callback_query", "edited_message", "my_chat_member"]),
  });
}
