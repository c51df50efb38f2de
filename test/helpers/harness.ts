// Builds the real bot on the worker's test database with a fake Bot API, plus TestUser
// facades that send updates like Telegram would. A test reads like a dialogue.
import { createBot } from "../../src/bot/index.ts";
import type { Deps, Clock } from "../../src/deps.ts";
import { parseConfig, type Config } from "../../src/config.ts";
import { createLogger, type Logger } from "../../src/logger.ts";
import { LocaleCache } from "../../src/i18n.ts";
import { FakeBotApi, BOT_INFO } from "./fake-api.ts";
import { resetDb, testDb } from "./db.ts";
import { TestUser } from "./test-user.ts";
import { drainAll } from "./drain.ts";
import type { Update } from "grammy/types";

export class FakeClock implements Clock {
  constructor(private t = new Date("2026-11-24T03:00:00Z")) {}
  now() {
    return new Date(this.t);
  }
  set(d: Date | string) {
    this.t = new Date(d);
  }
  advance(ms: number) {
    this.t = new Date(this.t.getTime() + ms);
  }
}

export interface HarnessOptions {
  env?: Record<string, string>;
  conversationVersion?: string | number;
  /** keep the database as it is (restart tests) */
  keepDb?: boolean;
  clock?: FakeClock;
  fake?: FakeBotApi;
  /** send what the update queued in the outbox right after handling it (default true) */
  autoDrain?: boolean;
  /** the bot's logger (default: silent) */
  logger?: Logger;
}

export async function createHarness(opts: HarnessOptions = {}) {
  const db = opts.keepDb ? await testDb() : await resetDb();
  const config: Config = parseConfig({ ADMIN_TELEGRAM_IDS: "900001", LOG_LEVEL: "silent", ...opts.env });
  const clock = opts.clock ?? new FakeClock();
  const deps: Deps = {
    config,
    logger: opts.logger ?? createLogger("silent"),
    prisma: db.prisma,
    clock,
    locales: new LocaleCache(),
  };
  const fake = opts.fake ?? new FakeBotApi();
  const { bot, i18n, notifier } = createBot(
    "123:TEST",
    deps,
    { botInfo: BOT_INFO, client: { fetch: fake.fetch as never } },
    { conversationVersion: opts.conversationVersion },
  );
  await bot.init();
  let updateId = 1;
  const h = {
    bot,
    fake,
    deps,
    prisma: db.prisma,
    clock,
    notifier,
    /** translate like the bot does (default: Indonesian) */
    t: (key: string, vars?: Record<string, string | number>, locale = "id") => i18n.t(locale, key, vars),
    async handle(update: Omit<Update, "update_id">) {
      await bot.handleUpdate({ update_id: updateId++, ...update } as Update);
      // notifications to other people go through the outbox: deliver them like the drain loop would
      if (opts.autoDrain !== false) await drainAll(h);
    },
    /** run the outbox worker until nothing due is left (see helpers/drain.ts) */
    drain: () => drainAll(h),
    user(id: number, firstName = `User${id}`, languageCode = "id") {
      return new TestUser(h, { id, is_bot: false, first_name: firstName, language_code: languageCode });
    },
  };
  return h;
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;
