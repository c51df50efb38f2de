// The outbox worker: sends due PENDING rows within Telegram's limits and records each outcome.
//
// Claiming: one statement moves due rows from PENDING to SENDING (FOR UPDATE SKIP LOCKED in the
// sub-select, status re-checked in the UPDATE), so two workers — two instances on one PostgreSQL,
// or two loops on one PGlite — never get the same row. While SENDING, nextAttemptAt holds the
// claim's lease: a SENDING row whose lease ran out (the instance died mid-batch) goes back to
// PENDING at the start of every drain.
//
// Lanes: "interactive" rows (help relays, join requests, review decisions) are claimed before any
// "bulk" row (broadcasts, reminders, recaps), so a 10,000-row broadcast never stands in front of
// them. Bulk rows are claimed in small batches (about one second of budget) and paced by their
// own bucket at `bulkShare` of the global budget, so interactive traffic always has headroom; and
// when this process enqueues an interactive row during a bulk batch (signal.ts), the rest of the
// batch is handed back and the interactive row is claimed next.
//
// Exactly once, and the one exception: a row is SENT only after Telegram answered. If the process
// dies (kill -9, power loss) after Telegram accepted a message but before the row's update was
// committed, the row is still SENDING; when its lease runs out it goes back to PENDING and is sent
// AGAIN. That window is one HTTP answer wide, so at most `concurrency` messages per worker (one per
// concurrent send slot; with concurrency 1, at most one per worker) may go out twice after a crash.
// Every other path is exactly once: claimed-but-not-yet-sent rows are simply sent after recovery.
//
// Outcomes: ok → SENT (sentMessageId, sentAt); 403 → the user is marked blocked (the ONE place
// this happens) and the row SKIPPED; 429 → the row goes back to PENDING after `retry_after`, the
// whole worker pauses that long and the rest of the batch is handed back; 5xx / network → retried
// with exponential backoff, FAILED after `maxAttempts`; other 4xx (bad request, chat not found) →
// FAILED at once (retrying cannot help). Rows to users already marked blocked or erased are SKIPPED
// without a call. A final outcome runs the key's outcome hook (hooks.ts) in the row's transaction.
//
// The "paid" lane (national broadcasts at Telegram's paid rate, issue 22): rows are sent with
// `allow_paid_broadcast: true`, paced by their own window (pacer.ts WindowPacer, `paidPerSecond`,
// default 980: Telegram allows up to 1,000/s, charging 0.1 Star per message above the free 30/s)
// and not by the free budget, with more sends in flight (`paidConcurrency`, 32). Interactive rows are still claimed first
// and keep the free budget. SENT paid rows without an outcome hook are recorded in batches (one
// statement per up to 100 rows, and before every claim), so the crash window of this lane is
// wider: after a kill -9 at most `paidConcurrency` + 100 paid messages may go out twice. When
// Telegram refuses the parameter (a 400 about paid broadcasts / Stars), the row and every unsent
// paid row of its group move to the "bulk" lane (the free rate) and the key's paid-refused hook
// tells whoever needs to know (hooks.ts).
import { GrammyError, HttpError, InputFile, type Api } from "grammy";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import { ChatSpacing, TokenBucket, WindowPacer } from "./pacer.ts";
import type { TranslateIn } from "../i18n.ts";
import { hookFor, paidRefusedHookFor, type FinalStatus } from "./hooks.ts";
import { wakeGeneration } from "./signal.ts";

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

/** Telegram refusing allow_paid_broadcast (not enough Stars, bot not eligible): a 400 that says so. */
const PAID_REFUSED = /paid|stars|broadcast/i;

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
  clock: { now(): Date };
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

interface ClaimedRow {
  id: number;
  key: string;
  chatId: bigint;
  method: string;
  payload: Record<string, unknown>;
  attempts: number;
  lane: string;
  group: string | null;
  attachmentId: number | null;
  /** the recipient blocked the bot or was erased (known before sending) */
  gone: boolean;
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

/** PENDING rows due now (cheap; used by the loop to decide whether to keep going). */
export async function hasDueRows(prisma: PrismaClient, now: Date): Promise<boolean> {
  return (
    (await prisma.outbox.findFirst({
      where: { status: "PENDING", nextAttemptAt: { lte: now } },
      select: { id: true },
    })) !== null
  );
}

/** SENDING rows whose claim lease ran out go back to PENDING (the instance that claimed them died). */
export async function recoverStale(prisma: PrismaClient, now: Date): Promise<number> {
  return (
    await prisma.outbox.updateMany({
      where: { status: "SENDING", nextAttemptAt: { lte: now } },
      data: { status: "PENDING" },
    })
  ).count;
}

/**
 * One statement: up to `batch` due interactive rows, or — only when there is none — up to
 * `bulkBatch` due bulk rows, moved to SENDING; each returned with whether its recipient blocked the
 * bot or was erased. The picks are MATERIALIZED CTEs: as an IN (sub-select) the planner may re-scan
 * them once per outer row, and with SKIP LOCKED every re-scan locks other rows (more than LIMIT).
 */
async function claimNext(
  prisma: PrismaClient,
  now: Date,
  leaseUntil: Date,
  batch: number,
  bulkBatch: number,
  paidBatch: number,
): Promise<ClaimedRow[]> {
  // timestamps travel as ISO text cast to timestamp: the columns are UTC wall times (timestamp(3)),
  // and a text cast ignores the zone suffix whatever the session's TimeZone is
  const due = now.toISOString();
  const rows = await prisma.$queryRaw<Array<ClaimedRow & { gone: boolean }>>`
    WITH i AS MATERIALIZED (
      SELECT id FROM "Outbox"
      WHERE status = 'PENDING' AND lane = 'interactive' AND "nextAttemptAt" <= ${due}::timestamp(3)
      ORDER BY "nextAttemptAt", id
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED
    ), b AS MATERIALIZED (
      SELECT id FROM "Outbox"
      WHERE status = 'PENDING' AND lane = 'bulk' AND "nextAttemptAt" <= ${due}::timestamp(3) AND NOT EXISTS (SELECT 1 FROM i)
      ORDER BY "nextAttemptAt", id
      LIMIT ${bulkBatch}
      FOR UPDATE SKIP LOCKED
    ), p AS MATERIALIZED (
      SELECT id FROM "Outbox"
      WHERE status = 'PENDING' AND lane = 'paid' AND "nextAttemptAt" <= ${due}::timestamp(3) AND NOT EXISTS (SELECT 1 FROM i)
      ORDER BY "nextAttemptAt", id
      LIMIT ${paidBatch}
      FOR UPDATE SKIP LOCKED
    ), picked AS (SELECT id FROM i UNION ALL SELECT id FROM b UNION ALL SELECT id FROM p)
    UPDATE "Outbox" o SET status = 'SENDING', attempts = o.attempts + 1, "nextAttemptAt" = ${leaseUntil.toISOString()}::timestamp(3)
    FROM picked WHERE o.id = picked.id AND o.status = 'PENDING'
    RETURNING o.id, o.key, o."chatId", o.method, o.payload, o.attempts, o.lane, o."group", o."attachmentId",
      EXISTS (SELECT 1 FROM "User" u WHERE u."telegramId" = o."chatId" AND (u."blockedAt" IS NOT NULL OR u."deletedAt" IS NOT NULL)) AS gone`;
  return rows
    .map((r) => ({
      ...r,
      id: Number(r.id),
      chatId: BigInt(r.chatId),
      attempts: Number(r.attempts),
      attachmentId: r.attachmentId === null ? null : Number(r.attachmentId),
      payload: typeof r.payload === "string" ? (JSON.parse(r.payload) as typeof r.payload) : r.payload,
      gone: r.gone === true || (r.gone as unknown) === "t",
    }))
    .sort((x, y) => (x.lane === y.lane ? x.id - y.id : (LANE_ORDER[x.lane] ?? 9) - (LANE_ORDER[y.lane] ?? 9)));
}

/** Within a claimed batch: interactive first, then the paid lane (its own budget), then bulk. */
const LANE_ORDER: Record<string, number> = { interactive: 0, paid: 1, bulk: 2 };

const describe = (e: unknown) =>
  (e instanceof GrammyError
    ? `${e.error_code} ${e.description}`
    : e instanceof HttpError
      ? `network: ${e.message}`
      : ((e as Error)?.message ?? String(e))
  ).slice(0, 500);

export async function drainOutbox(opts: DrainOptions): Promise<DrainResult> {
  const { prisma, api, clock, logger } = opts;
  const budget = opts.budgetPerSecond ?? 25;
  const batch = opts.batch ?? Math.max(10, Math.ceil(budget * 2));
  const bulkBatch = opts.bulkBatch ?? Math.max(5, Math.ceil(budget * (opts.bulkShare ?? DEFAULT_BULK_SHARE)));
  const t: TranslateIn = opts.t ?? ((_l, key) => key);
  const leaseMs = opts.leaseMs ?? 120_000;
  const maxAttempts = opts.maxAttempts ?? 5;
  const backoffMs = opts.backoffMs ?? 5_000;
  const concurrency = opts.concurrency ?? 8;
  const paidRate = opts.paidPerSecond ?? DEFAULT_PAID_RATE;
  const paidBatch = opts.paidBatch ?? Math.max(10, Math.ceil(paidRate / 5));
  const paidConcurrency = opts.paidConcurrency ?? 32;
  const sleep = opts.sleep ?? realSleep(opts.signal);
  const state =
    opts.state ?? createDrainState(budget, clock.now().getTime(), opts.bulkShare, undefined, opts.paidPerSecond);
  const result: DrainResult = {
    sent: 0,
    failed: 0,
    skipped: 0,
    retried: 0,
    recovered: await recoverStale(prisma, clock.now()),
  };
  const stopped = () => !!opts.signal?.aborted || (!!opts.deadline && clock.now() >= opts.deadline);

  type RowData = Parameters<PrismaClient["outbox"]["updateMany"]>[0]["data"];
  const finish = (id: number, data: RowData) => prisma.outbox.updateMany({ where: { id, status: "SENDING" }, data });
  /** a final outcome: the row's update and its key's hook in one transaction */
  const settle = async (row: ClaimedRow, status: FinalStatus, data: RowData) => {
    const hook = hookFor(row.key);
    if (!hook) return void (await finish(row.id, { ...data, status }));
    const o = {
      id: row.id,
      key: row.key,
      chatId: row.chatId,
      status,
      sentMessageId: (data.sentMessageId as number | null | undefined) ?? null,
      error: (data.error as string | null | undefined) ?? null,
      at: clock.now(),
    };
    try {
      await prisma.$transaction(async (tx: Prisma.TransactionClient) => {
        const r = await tx.outbox.updateMany({ where: { id: row.id, status: "SENDING" }, data: { ...data, status } });
        if (r.count === 1) await hook(o, { tx, t, logger });
      });
    } catch (e) {
      // the hook failed: record the outcome anyway (the message's fate must not be lost)
      logger.error({ outbox: row.id, err: (e as Error).message }, "outbox: outcome hook failed");
      await finish(row.id, { ...data, status });
    }
  };
  /** SENT paid rows without a hook, recorded together (see the header: the paid lane's crash window) */
  const sentBuffer: Array<{ id: number; messageId: number | null; at: Date }> = [];
  const flushSent = async () => {
    if (sentBuffer.length === 0) return;
    const part = sentBuffer.splice(0);
    // by primary key (= ANY): a join on a VALUES list may be planned as a scan of the whole table
    const ids = part.map((p) => p.id);
    const info = JSON.stringify(Object.fromEntries(part.map((p) => [p.id, [p.messageId, p.at.toISOString()]])));
    await prisma.$executeRaw`UPDATE "Outbox" o SET status = 'SENT',
      "sentMessageId" = (${info}::jsonb -> o.id::text ->> 0)::int,
      "sentAt" = (${info}::jsonb -> o.id::text ->> 1)::timestamp(3), error = NULL
      WHERE o.id = ANY(${ids}::int[]) AND o.status = 'SENDING'`;
  };
  /** groups whose paid rate Telegram refused in this drain: their claimed rows go at the free rate */
  const refusedGroups = new Set<string>();
  /** Telegram refused allow_paid_broadcast: this row and the group's unsent paid rows go to the free lane */
  const paidRefused = async (row: ClaimedRow, error: string) => {
    const toFreeLane = {
      status: "PENDING" as const,
      lane: "bulk",
      attempts: row.attempts - 1,
      nextAttemptAt: clock.now(),
    };
    if (row.group !== null && refusedGroups.has(row.group)) {
      // another send of this group already moved the group (sends run concurrently): only this row
      // goes back; one statement, so it cannot deadlock with the group's move
      await prisma.outbox.updateMany({ where: { id: row.id, status: "SENDING" }, data: toFreeLane });
      return;
    }
    if (row.group !== null) refusedGroups.add(row.group);
    const hook = paidRefusedHookFor(row.key);
    await prisma.$transaction(async (tx: Prisma.TransactionClient) => {
      await tx.outbox.updateMany({
        where: { id: row.id, status: "SENDING" },
        data: toFreeLane,
      });
      const moved =
        row.group === null
          ? 0
          : (
              await tx.outbox.updateMany({
                where: { group: row.group, lane: "paid", status: { in: ["PENDING", "SENDING"] } },
                data: { lane: "bulk" },
              })
            ).count;
      if (hook)
        await hook({ key: row.key, group: row.group, error, moved: moved + 1, at: clock.now() }, { tx, t, logger });
    });
    logger.warn(
      { outbox: row.id, group: row.group, err: error },
      "outbox: paid broadcast refused, free rate from now on",
    );
  };
  /** hand a claimed row back untouched (not an attempt) */
  const release = (row: ClaimedRow, at: Date) =>
    finish(row.id, { status: "PENDING", attempts: row.attempts - 1, nextAttemptAt: at });

  const inFlight = new Set<Promise<void>>();
  let halt: Date | undefined; // set by a 429: hand the rest of the batch back until then
  while (!stopped()) {
    // a 429 pause: wait it out here, before claiming, so claimed rows are sent promptly
    const paused = state.bucket.pausedFor(clock.now().getTime());
    if (paused > 0) {
      if (opts.deadline && clock.now().getTime() + paused >= opts.deadline.getTime()) break;
      await sleep(paused);
      if (stopped()) break;
    }
    const now = clock.now();
    if (halt && halt.getTime() <= now.getTime()) halt = undefined;
    const generation = wakeGeneration();
    await flushSent();
    const rows = await claimNext(prisma, now, new Date(now.getTime() + leaseMs), batch, bulkBatch, paidBatch);
    if (rows.length === 0) {
      if (inFlight.size === 0) break;
      // rows in flight may be retried soon (5xx backoff is later, but a 429 hands rows back): wait and look again
      await Promise.all(inFlight);
      continue;
    }

    let rest: ClaimedRow[] = [];
    for (const [i, row] of rows.entries()) {
      // people who blocked the bot or erased their data since the row was queued get nothing
      if (row.gone) {
        await settle(row, "SKIPPED", { error: "recipient blocked the bot or was erased" });
        result.skipped += 1;
        continue;
      }
      // a 429, a stop, or an interactive row queued in this process meanwhile (it overtakes this
      // bulk batch): hand the rest of the batch back in one statement
      const preempted = row.lane !== "interactive" && wakeGeneration() !== generation;
      if (halt || opts.signal?.aborted || preempted) {
        rest = rows.slice(i);
        if (!preempted) result.retried += rest.length;
        break;
      }
      if (row.lane === "paid" && row.group !== null && refusedGroups.has(row.group)) row.lane = "bulk";
      const chatFree = state.spacing.notBefore(row.chatId, clock.now().getTime());
      if (chatFree > 0) {
        await release(row, new Date(chatFree));
        result.retried += 1;
        continue;
      }
      // the paid lane takes its send slot first, so the instant it reserves is the instant it sends
      if (row.lane === "paid") while (inFlight.size >= paidConcurrency) await Promise.race(inFlight);
      const at = clock.now().getTime();
      const paidSlot = row.lane === "paid" ? state.paid.reserveSlot(at) : undefined;
      const wait =
        row.lane === "bulk"
          ? Math.max(state.bulk.reserve(at), state.bucket.reserve(at))
          : paidSlot
            ? paidSlot.wait
            : state.bucket.reserve(at);
      if (wait > 0) await sleep(wait);
      const limit = row.lane === "paid" ? paidConcurrency : concurrency;
      while (inFlight.size >= limit) await Promise.race(inFlight);
      if (halt || opts.signal?.aborted) {
        rest = rows.slice(i);
        result.retried += rest.length;
        break;
      }
      state.spacing.sent(row.chatId, clock.now().getTime());
      const p = send(row, paidSlot?.slot).finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
    if (rest.length > 0) {
      await prisma.outbox.updateMany({
        where: { id: { in: rest.map((r) => r.id) }, status: "SENDING" },
        data: { status: "PENDING", attempts: { decrement: 1 }, nextAttemptAt: halt ?? clock.now() },
      });
    }
    // sends still in flight finish while the next batch is claimed (no idle gap between batches);
    // a 429 among them sets `halt`, which the next batch respects
    if (halt && halt.getTime() <= clock.now().getTime()) halt = undefined;

    async function send(row: ClaimedRow, paidSlot?: number): Promise<void> {
      try {
        // ⚠ the crash window: from here until settle() has committed, Telegram may have delivered
        // the message while the row still says SENDING (see the header: at most one per send slot)
        const msg = await callApi(api, prisma, row).finally(() => {
          if (paidSlot !== undefined) state.paid.answered(paidSlot, clock.now().getTime());
        });
        if (row.lane === "paid" && !hookFor(row.key)) {
          sentBuffer.push({ id: row.id, messageId: msg?.message_id ?? null, at: clock.now() });
          if (sentBuffer.length >= 100) await flushSent();
        } else await settle(row, "SENT", { sentMessageId: msg?.message_id ?? null, sentAt: clock.now(), error: null });
        result.sent += 1;
      } catch (e) {
        const now = clock.now();
        const error = describe(e);
        if (e instanceof GrammyError && e.error_code === 429) {
          const retryAfterMs = Math.max(1, e.parameters?.retry_after ?? 5) * 1000;
          const until = new Date(now.getTime() + retryAfterMs);
          state.bucket.pauseUntil(until.getTime());
          state.bulk.pauseUntil(until.getTime());
          state.paid.pauseUntil(until.getTime());
          if (!halt || until > halt) halt = until;
          await release(row, until);
          result.retried += 1;
          logger.warn({ outbox: row.id, retryAfterMs }, "outbox: flood limit (429), pausing");
        } else if (
          row.lane === "paid" &&
          e instanceof GrammyError &&
          e.error_code === 400 &&
          PAID_REFUSED.test(e.description)
        ) {
          await paidRefused(row, error);
          result.retried += 1;
        } else if (e instanceof GrammyError && e.error_code === 403) {
          await markChatBlocked(prisma, row.chatId, now);
          await settle(row, "SKIPPED", { error });
          result.skipped += 1;
        } else if (e instanceof GrammyError && e.error_code < 500) {
          await settle(row, "FAILED", { error });
          result.failed += 1;
          logger.warn({ outbox: row.id, err: error }, "outbox: message refused");
        } else if (row.attempts >= maxAttempts) {
          await settle(row, "FAILED", { error });
          result.failed += 1;
          logger.warn({ outbox: row.id, attempts: row.attempts, err: error }, "outbox: giving up");
        } else {
          const delay = Math.min(backoffMs * 2 ** (row.attempts - 1), 600_000);
          await finish(row.id, { status: "PENDING", error, nextAttemptAt: new Date(now.getTime() + delay) });
          result.retried += 1;
        }
      }
    }
  }
  await Promise.all(inFlight);
  await flushSent();
  return result;
}

type SentMessage = { message_id?: number; document?: { file_id: string }; photo?: Array<{ file_id: string }> };

async function callApi(api: Api, prisma: PrismaClient, claimed: ClaimedRow): Promise<SentMessage | undefined> {
  const chatId = Number(claimed.chatId);
  // the paid lane: Telegram's paid rate, by the one parameter that asks for it
  const row =
    claimed.lane === "paid" ? { ...claimed, payload: { ...claimed.payload, allow_paid_broadcast: true } } : claimed;
  if (row.method === "sendMessage") {
    const { text, ...other } = row.payload as { text: string } & Record<string, unknown>;
    return api.sendMessage(chatId, text, other);
  }
  const raw = api.raw as unknown as Record<string, (p: unknown) => Promise<unknown>>;
  if (row.attachmentId !== null && (row.method === "sendDocument" || row.method === "sendPhoto")) {
    // a stored file: upload it the first time, then reuse Telegram's file id for everyone else
    const a = await prisma.attachment.findUniqueOrThrow({ where: { id: row.attachmentId } });
    const field = row.method === "sendPhoto" ? "photo" : "document";
    const file = a.fileId ?? new InputFile(new Uint8Array(a.bytes), a.filename);
    const m = (await raw[row.method]!({ chat_id: chatId, ...row.payload, [field]: file })) as SentMessage;
    const fileId = m.document?.file_id ?? m.photo?.at(-1)?.file_id;
    if (!a.fileId && fileId)
      await prisma.attachment.updateMany({ where: { id: a.id, fileId: null }, data: { fileId } });
    return m;
  }
  const r = await raw[row.method]!({ chat_id: chatId, ...row.payload });
  return typeof r === "object" && r !== null ? r : undefined;
}

/**
 * The blocked-user rule, in one place: a 403 marks the chat's user blocked (blockedAt); rows to a
 * blocked or deleted user are skipped when claimed (`gone`), and senders check `blockedAt` only to
 * tell their caller at once.
 */
async function markChatBlocked(prisma: PrismaClient, telegramId: bigint, at: Date): Promise<void> {
  await prisma.user.updateMany({ where: { telegramId }, data: { blockedAt: at } });
}
