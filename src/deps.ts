// Everything the bot needs from the outside, passed in (no work at import time).
import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";
import type { LocaleCache } from "./i18n.ts";
import type { Clock } from "./lib/clock.ts";

export { systemClock, type Clock } from "./lib/clock.ts";

export interface Deps {
  config: Config;
  logger: Logger;
  prisma: PrismaClient;
  clock: Clock;
  locales: LocaleCache;
}
