// The real bot on a fake Bot API transport, as every throughput/memory bench drives it.
import { createBot } from "../../src/bot/index.ts";
import { parseConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import { LocaleCache } from "../../src/i18n.ts";
import { systemClock, type Clock } from "../../src/deps.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { FakeBotApi, BOT_INFO } from "../../test/helpers/fake-api.ts";

export async function benchBot(prisma: PrismaClient, clock: Clock = systemClock) {
  const fake = new FakeBotApi();
  const deps = {
    config: parseConfig({ LOG_LEVEL: "silent" }),
    logger: createLogger("silent"),
    prisma,
    clock,
    locales: new LocaleCache(),
  };
  const { bot } = createBot("1:BENCH", deps, { botInfo: BOT_INFO, client: { fetch: fake.fetch as never } });
  await bot.init();
  return { bot, fake, deps };
}
