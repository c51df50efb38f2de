// One drain's settings and state (worker.ts): the options a caller passes, the pacing kept between drains,
// and the run the worker's steps share — made once per drain, so no step allocates per row for it.
import type { Api } from "grammy";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import type { TranslateIn } from "../lib/translate.ts";
import { ChatSpacing, TokenBucket, WindowPacer } from "./pacer.ts";
import { recoverStale } from "./claim.ts";
import type { Clock } from "../lib/clock.ts";

export type Sleep = (ms: number) => Promise<void>;

/** Pacing state kept between drains (a loop passes the same one every time). */
export interface DrainState {
  /** the global budget (every lane) */
  bucket: TokenBucket;
  /** the bulk lane's share of it */
  bulk: TokenBucket;
  /** the paid lane (allow_paid_broadcast): its own per-second window, outside the free budget */
  paid: WindowPacer;
  spacing: ChatSpacing;
}

/** Share of the global budget the bulk lane may use; the rest is headroom for interactive rows. */
export const DEFAULT_BULK_SHARE = 0.9;

/** Paid-lane pace: a little under Telegram's 1,000/s, since the network bunches requests together. */
export const DEFAULT_PAID_RATE = 980;

/** `chatSpacingMs`: least time between two messages to one chat (Telegram: about a second). */
export function createDrainState(
  budgetPerSecond: number,
  nowMs: number,
  bulkShare = DEFAULT_BULK_SHARE,
  chatSpacingMs = 1000,
  paidPerSecond = DEFAULT_PAID_RATE,
): DrainState {
  // the bulk bucket may save up the interactive share (e.g. 3 of 30): time lost between two bulk
  // batches (claiming, bookkeeping) is made up at the global rate, which still bounds every burst
  const bulkRate = budgetPerSecond * bulkShare;
  const bulkCapacity = Math.max(1, Math.floor(budgetPerSecond - bulkRate));
  return {
    bucket: new TokenBucket(budgetPerSecond, nowMs),
    bulk: new TokenBucket(bulkRate, nowMs, bulkCapacity),
    paid: new WindowPacer(paidPerSecond),
    spacing: new ChatSpacing(chatSpacingMs),
  };
}

export interface DrainOptions {
  prisma: PrismaClient;
  /** an Api WITHOUT the auto-retry transformer: the worker handles 429/5xx itself */
  api: Api;
  clock: Clock;
  logger: Logger;
  /** global messages per second (Telegram allows about 30 to different chats) */
  budgetPerSecond?: number;
  /** interactive rows claimed per statement */
  batch?: number;
  /** bulk rows claimed per statement (small: an interactive row waits at most one bulk batch) */
  bulkBatch?: number;
  /** share of the global budget the bulk lane may use (default 0.9) */
  bulkShare?: number;
  /** paid-lane messages per second (default 980; only used when no `state` is passed) */
  paidPerSecond?: number;
  /** paid rows claimed per statement (default a fifth of a second of the paid rate: short statements) */
  paidBatch?: number;
  /** paid-lane sends in flight at once (default 32) */
  paidConcurrency?: number;
  /** translation for outcome hooks that queue a message (e.g. "could not reach the BA") */
  t?: TranslateIn;
  /** how long a claimed row stays ours before another drain may take it back */
  leaseMs?: number;
  /** 5xx/network failures before a row is FAILED */
  maxAttempts?: number;
  /** first retry delay after a 5xx/network failure; doubles per attempt, at most 10 minutes */
  backoffMs?: number;
  /** sends in flight at once (the budget still paces their start) */
  concurrency?: number;
  /** stop claiming new rows at this instant (the loop keeps a run shorter than its lease) */
  deadline?: Date;
  signal?: AbortSignal;
  /** how to wait; tests pass one that advances their fake clock, benchmarks a no-op */
  sleep?: Sleep;
  state?: DrainState;
}

export interface DrainResult {
  sent: number;
  failed: number;
  skipped: number;
  /** rescheduled: 5xx/network backoff, 429, or the per-chat spacing */
  retried: number;
  /** SENDING rows whose lease ran out, put back to PENDING */
  recovered: number;
}

/** A SENT paid row waiting to be recorded with others (see worker.ts's header: the paid lane's crash window). */
export interface SentRow {
  id: number;
  messageId: number | null;
  at: Date;
}

/** Everything the worker's steps share during one drain. */
export interface DrainRun {
  readonly prisma: PrismaClient;
  readonly api: Api;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly t: TranslateIn;
  readonly sleep: Sleep;
  readonly signal: AbortSignal | undefined;
  readonly deadline: Date | undefined;
  readonly state: DrainState;
  readonly batch: number;
  readonly bulkBatch: number;
  readonly paidBatch: number;
  readonly leaseMs: number;
  readonly maxAttempts: number;
  readonly backoffMs: number;
  readonly concurrency: number;
  readonly paidConcurrency: number;
  readonly result: DrainResult;
  readonly inFlight: Set<Promise<void>>;
  readonly sentBuffer: SentRow[];
  /** groups whose paid rate Telegram refused in this drain: their claimed rows go at the free rate */
  readonly refusedGroups: Set<string>;
  /** set by a 429: hand the rest of the batch back until then */
  halt: Date | undefined;
}

export const realSleep =
  (signal?: AbortSignal): Sleep =>
  (ms) =>
    new Promise((resolve) => {
      if (ms <= 0 || signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        resolve();
      }
      signal?.addEventListener("abort", done, { once: true });
    });

/** The options with their defaults, and the SENDING rows of a dead instance put back first. */
export async function openRun(opts: DrainOptions): Promise<DrainRun> {
  const { prisma, clock } = opts;
  const budget = opts.budgetPerSecond ?? 25;
  const paidRate = opts.paidPerSecond ?? DEFAULT_PAID_RATE;
  const state =
    opts.state ?? createDrainState(budget, clock.now().getTime(), opts.bulkShare, undefined, opts.paidPerSecond);
  return {
    prisma,
    api: opts.api,
    clock,
    logger: opts.logger,
    t: opts.t ?? ((_l, key) => key),
    sleep: opts.sleep ?? realSleep(opts.signal),
    signal: opts.signal,
    deadline: opts.deadline,
    state,
    batch: opts.batch ?? Math.max(10, Math.ceil(budget * 2)),
    bulkBatch: opts.bulkBatch ?? Math.max(5, Math.ceil(budget * (opts.bulkShare ?? DEFAULT_BULK_SHARE))),
    paidBatch: opts.paidBatch ?? Math.max(10, Math.ceil(paidRate / 5)),
    leaseMs: opts.leaseMs ?? 120_000,
    maxAttempts: opts.maxAttempts ?? 5,
    backoffMs: opts.backoffMs ?? 5_000,
    concurrency: opts.concurrency ?? 8,
    paidConcurrency: opts.paidConcurrency ?? 32,
    result: { sent: 0, failed: 0, skipped: 0, retried: 0, recovered: await recoverStale(prisma, clock.now()) },
    inFlight: new Set(),
    sentBuffer: [],
    refusedGroups: new Set(),
    halt: undefined,
  };
}
