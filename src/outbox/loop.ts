// The outbox drain loop: about once a second, if something is due, take the "outbox-drain"
// JobLease (one instance sends at a time, so the global budget holds across instances) and drain
// for at most `runMs` (shorter than the lease), then look again. An interactive row enqueued in
// this process, or in another one on the same PostgreSQL (peer-wake.ts: NOTIFY), wakes the idle
// wait at once (signal.ts), so notifications feel instant on whichever holds the lease. stop()
// interrupts waits, lets the sends in flight finish and hands unsent claimed rows back.
import type { Api } from "grammy";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import { runWithLease } from "../db/lease.ts";
import { drainOutbox } from "./worker.ts";
import { createDrainState, realSleep, type DrainResult } from "./drain-run.ts";
import { onOutboxWake } from "./signal.ts";
import type { TranslateIn } from "../lib/translate.ts";
import type { Clock } from "../lib/clock.ts";

export const OUTBOX_JOB = "outbox-drain";

export interface OutboxLoopOptions {
  prisma: PrismaClient;
  api: Api;
  clock: Clock;
  logger: Logger;
  holder: string;
  budgetPerSecond?: number;
  /** share of the budget the bulk lane may use (default 0.9) */
  bulkShare?: number;
  /** paid-lane messages per second (allow_paid_broadcast; default 980) */
  paidPerSecond?: number;
  paidConcurrency?: number;
  /** translation for outcome hooks */
  t?: TranslateIn;
  /** claim lease of a row (default 2 minutes): how long a dead instance's rows wait before resending */
  claimLeaseMs?: number;
  concurrency?: number;
  /** pause between looks when idle (the poll; a wake ends it early) */
  idleMs?: number;
  /** called each time the loop starts an idle wait (tests) */
  onIdle?: () => void;
  /** longest drain under one lease */
  runMs?: number;
  leaseMs?: number;
}

export interface OutboxLoop {
  stop(): Promise<void>;
}

/** Something to do: a due PENDING row, or a SENDING row whose claim ran out. */
async function hasWork(prisma: PrismaClient, now: Date): Promise<boolean> {
  const row = await prisma.outbox.findFirst({
    where: {
      OR: [
        { status: "PENDING", nextAttemptAt: { lte: now } },
        { status: "SENDING", nextAttemptAt: { lte: now } },
      ],
    },
    select: { id: true },
  });
  return row !== null;
}

export function startOutboxLoop(o: OutboxLoopOptions): OutboxLoop {
  const abort = new AbortController();
  const sleep = realSleep(abort.signal);
  const budget = o.budgetPerSecond ?? 25;
  const runMs = o.runMs ?? 45_000;
  const leaseMs = o.leaseMs ?? 60_000;
  const state = createDrainState(budget, o.clock.now().getTime(), o.bulkShare, undefined, o.paidPerSecond);
  // the idle wait ends early when an interactive row is enqueued in this process
  let wake: (() => void) | undefined;
  let woken = false;
  const unsubscribe = onOutboxWake(() => {
    woken = true;
    wake?.();
  });
  const idle = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || abort.signal.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        abort.signal.removeEventListener("abort", done);
        wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      wake = done;
      abort.signal.addEventListener("abort", done, { once: true });
    });

  const loop = (async () => {
    while (!abort.signal.aborted) {
      let more = false;
      woken = false;
      try {
        if (await hasWork(o.prisma, o.clock.now())) {
          const r = await runWithLease(o.prisma, o.clock, OUTBOX_JOB, o.holder, leaseMs, () =>
            drainOutbox({
              ...o,
              budgetPerSecond: budget,
              state,
              signal: abort.signal,
              sleep,
              deadline: new Date(o.clock.now().getTime() + runMs),
              ...(o.claimLeaseMs !== undefined ? { leaseMs: o.claimLeaseMs } : {}),
            }),
          );
          if (r.ran) {
            const res: DrainResult = r.result;
            if (res.sent + res.failed + res.skipped + res.retried + res.recovered > 0)
              o.logger.info({ job: OUTBOX_JOB, ...res }, "outbox drained");
            more = res.sent + res.failed + res.skipped > 0;
          }
        }
      } catch (e) {
        if (!abort.signal.aborted)
          o.logger.error({ job: OUTBOX_JOB, err: (e as Error).message }, "outbox drain failed");
      }
      if (!more) {
        o.onIdle?.();
        await idle(o.idleMs ?? 1000);
      }
    }
    unsubscribe();
  })();

  return {
    async stop() {
      abort.abort();
      await loop;
    },
  };
}
