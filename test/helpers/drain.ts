// drainAll(h): run the outbox worker against the fake Bot API until nothing due is left, the way
// the drain loop would in production but without pacing (no budget waits, no per-chat spacing, the
// fake clock is not moved). Rows scheduled for later (5xx backoff, 429 retry_after) stay PENDING:
// advance the clock and drain again to deliver them.
import { Api } from "grammy";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import type { Logger } from "../../src/logger.ts";
import { createDrainState, drainOutbox, type DrainOptions, type DrainResult } from "../../src/outbox/index.ts";
import type { FakeBotApi } from "./fake-api.ts";

export interface DrainTarget {
  prisma: PrismaClient;
  fake: FakeBotApi;
  clock: { now(): Date };
  deps: { logger: Logger };
  notifier: { t(locale: string | null | undefined, key: string, vars?: Record<string, string | number>): string };
}

export async function drainAll(h: DrainTarget, extra: Partial<DrainOptions> = {}): Promise<DrainResult> {
  const api = new Api("123:TEST", { fetch: h.fake.fetch as never });
  const total: DrainResult = { sent: 0, failed: 0, skipped: 0, retried: 0, recovered: 0 };
  for (let round = 0; round < 50; round++) {
    const r = await drainOutbox({
      prisma: h.prisma,
      api,
      clock: h.clock,
      logger: h.deps.logger,
      sleep: async () => undefined,
      budgetPerSecond: 1_000_000,
      state: createDrainState(1_000_000, h.clock.now().getTime(), 1, 0),
      concurrency: 1,
      t: (l, k, v) => h.notifier.t(l, k, v),
      ...extra,
    });
    for (const k of Object.keys(total) as Array<keyof DrainResult>) total[k] += r[k];
    if (r.sent + r.failed + r.skipped === 0) break;
  }
  return total;
}
