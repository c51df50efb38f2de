// Starting and stopping the whole app (DB, bot, HTTP, jobs). main.ts only wires signals.
import type { RunnerHandle } from "@grammyjs/runner";
import { startDurablePolling } from "./bot/durable-polling.ts";
import { Api } from "grammy";
import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import { scrubToken } from "./logger.ts";
import { openDatabase, type OpenedDb } from "./db/open.ts";
import { createBot } from "./bot/index.ts";
import { systemClock, type Deps } from "./bot/deps.ts";
import { LocaleCache } from "./i18n.ts";
import { publishCommands } from "./bot/set-commands.ts";
import { startJobs } from "./jobs/index.ts";
import { startHttpServer } from "./http/server.ts";
import { getWilayah } from "./services/wilayah/index.ts";
import { createUpdateClaims } from "./services/update-claims.ts";

export interface RunningApp {
  db: OpenedDb;
  stop(): Promise<void>;
  httpPort: number;
}

export async function startApp(config: Config, logger: Logger, token: string, apiRoot?: string): Promise<RunningApp> {
  const t0 = Date.now();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  logger.info({ kind: db.kind, applied: db.applied, ms: Date.now() - t0 }, "database ready");
  getWilayah(); // load region data before the first user needs it
  const deps: Deps = { config, logger, prisma: db.prisma, clock: systemClock, locales: new LocaleCache() };
  const { bot, i18n, notifier } = createBot(token, deps, apiRoot ? { client: { apiRoot } } : undefined);

  let runner: RunnerHandle | undefined;
  const http = await startHttpServer({
    port: config.port,
    host: config.host,
    ping: db.ping,
    logger,
    webhook: config.botMode === "webhook" ? { bot, secret: config.webhookSecret!, claims: createUpdateClaims(db.prisma, systemClock) } : undefined,
  });
  try {
    await bot.init();
  } catch (e) {
    await http.close();
    await db.close();
    throw new Error(`Could not reach the Bot API (getMe failed): ${scrubToken((e as Error).message)}`);
  }
  void publishCommands(bot.api, i18n as never, config.defaultLocale, logger);
  if (config.botMode === "webhook") {
    await bot.api.setWebhook(config.webhookUrl!, { secret_token: config.webhookSecret, drop_pending_updates: false });
    logger.info({ url: config.webhookUrl }, "webhook set");
  } else {
    await bot.api.deleteWebhook().catch((e) => logger.warn({ err: (e as Error).message }, "deleteWebhook failed (ignored)"));
    // fetched updates go to a DB inbox before they are confirmed: a crash loses nothing
    runner = await startDurablePolling(bot, db.prisma, logger, ["message", "callback_query", "edited_message", "my_chat_member"]);
  }
  // scheduled jobs (help SLA sweep every 5 minutes, report reminders every 15) and the outbox drain
  // loop, each under a JobLease so one instance runs it; started before "bot started" is logged
  // (main installs its signal handlers right after that). The outbox gets an Api without
  // auto-retry: it handles 429/5xx itself, without blocking.
  const outboxApi = new Api(token, apiRoot ? { apiRoot } : undefined);
  const jobs = startJobs({ api: bot.api, notifier, deps, outboxApi });
  logger.info({ mode: config.botMode, bot: bot.botInfo.username, ms: Date.now() - t0, http: http.port }, "bot started");

  let stopping: Promise<void> | undefined;
  return {
    db,
    httpPort: http.port,
    stop() {
      stopping ??= (async () => {
        logger.info("stopping: finishing in-flight updates");
        if (runner?.isRunning()) await runner.stop(); // waits for updates being handled
        await jobs.stop(); // lets a running job finish; the outbox hands unsent claimed rows back
        await http.close();
        await db.close();
        logger.info("stopped");
      })();
      return stopping;
    },
  };
}
