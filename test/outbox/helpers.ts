// Outbox test helpers: an Api on the fake Bot API without auto-retry (the worker handles 429/5xx
// itself), drain options on the harness's fake clock, and a sleep that advances that clock.
import { Api } from "grammy";
import type { Harness } from "../helpers/harness.ts";
import { drainOutbox, type DrainOptions } from "../../src/outbox/index.ts";

export function rawApi(h: Harness): Api {
  return new Api("123:TEST", { fetch: h.fake.fetch as never });
}

/** Sleeping advances the fake clock (and records how long the worker waited). */
export function fakeSleep(h: Harness) {
  const s = Object.assign(
    async (ms: number) => {
      s.total += ms;
      h.clock.advance(ms);
    },
    { total: 0 },
  );
  return s;
}

export function drainWith(h: Harness, extra: Partial<DrainOptions> = {}) {
  return drainOutbox({
    prisma: h.prisma,
    api: rawApi(h),
    clock: h.clock,
    logger: h.deps.logger,
    sleep: fakeSleep(h),
    ...extra,
  });
}

export const sentTo = (h: Harness) => h.fake.byMethod("sendMessage").map((c) => Number(c.payload.chat_id));
