// The outbox worker: sends due PENDING rows within Telegram's limits and records each outcome.
//
// Claiming: one statement moves up to `batch` due rows from PENDING to SENDING (FOR UPDATE SKIP
// LOCKED in the sub-select, status re-checked in the UPDATE), so two workers — two instances on one
// PostgreSQL, or two loops on one PGlite — never get the same row. While SENDING, nextAttemptAt
// holds the claim's lease: a SENDING row whose lease ran out (the instance died mid-batch) goes back
// to PENDING at the start of every drain. The one window where a message can go out twice is a
// crash between Telegram's answer and the row's update (at-least-once there, exactly-once elsewhere).
//
// Outcomes: ok → SENT (sentMessageId, sentAt); 403 → the user is marked blocked and the row SKIPPED;
// 429 → the row goes back to PENDING after `retry_after`, the whole worker pauses that long and the
// rest of the batch is handed back; 5xx / network → retried with exponential backoff, FAILED after
// `maxAttempts`; other 4xx (bad request, chat not found) → FAILED at once (retrying cannot help).
// Rows to users already marked blocked or erased are SKIPPED without a call.
import { GrammyError, HttpError, type Api } from "grammy";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import { markBlocked } from "../services/users.ts";
import { ChatSpacing, TokenBucket } from "./pacer.ts";

export type Sleep = (ms: number) => Promise<void>;

/** Pacing state kept between drains (a loop passes the same one every time). */
export interface DrainState {
  bucket: TokenBucket;
  spacing: ChatSpacing;
}

export function createDrainState(budgetPerSecond: number, nowMs: number): DrainState {
  return { bucket: new TokenBucket(budgetPerSecond, nowMs), spacing: new ChatSpacing(1000) };
}

export interface DrainOptions {
  prisma: PrismaClient;
  /** an Api WITHOUT the auto-retry transformer: the worker handles 429/5xx itself */
  api: Api;
  clock: { now(): Date };
  logger: Logger;
  /** global messages per second (Telegram allows about 30 to different chats) */
  budgetPerSecond?: number;
  /** rows claimed per statement */
  batch?: number;
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
  chatId: bigint;
  method: string;
  payload: Record<string, unknown>;
  attempts: number;
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
  return (await prisma.outbox.findFirst({ where: { status: "PENDING", nextAttemptAt: { lte: now } }, select: { id: true } })) !== null;
}

/** SENDING rows whose claim lease ran out go back to PENDING (the instance that claimed them died). */
export async function recoverStale(prisma: PrismaClient, now: Date): Promise<number> {
  return (await prisma.outbox.updateMany({ where: { status: "SENDING", nextAttemptAt: { lte: now } }, data: { status: "PENDING" } })).count;
}

async function claim(prisma: PrismaClient, now: Date, leaseUntil: Date, batch: number): Promise<ClaimedRow[]> {
  // timestamps travel as ISO text cast to timestamp: the columns are UTC wall times (timestamp(3)),
  // and a text cast ignores the zone suffix whatever the session's TimeZone is
  const rows = await prisma.$queryRaw<ClaimedRow[]>`
    UPDATE "Outbox" SET status = 'SENDING', attempts = attempts + 1, "nextAttemptAt" = ${leaseUntil.toISOString()}::timestamp(3)
    WHERE id IN (
      SELECT id FROM "Outbox"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now.toISOString()}::timestamp(3)
      ORDER BY "nextAttemptAt", id
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED
    ) AND status = 'PENDING'
    RETURNING id, "chatId", method, payload, attempts`;
  return rows
    .map((r) => ({ ...r, id: Number(r.id), chatId: BigInt(r.chatId), attempts: Number(r.attempts), payload: typeof r.payload === "string" ? JSON.parse(r.payload) : r.payload }))
    .sort((a, b) => a.id - b.id);
}

const describe = (e: unknown) => (e instanceof GrammyError ? `${e.error_code} ${e.description}` : e instanceof HttpError ? `network: ${e.message}` : (e as Error)?.message ?? String(e)).slice(0, 500);

export async function drainOutbox(opts: DrainOptions): Promise<DrainResult> {
  const { prisma, api, clock, logger } = opts;
  const budget = opts.budgetPerSecond ?? 25;
  const batch = opts.batch ?? Math.max(10, Math.ceil(budget * 2));
  const leaseMs = opts.leaseMs ?? 120_000;
  const maxAttempts = opts.maxAttempts ?? 5;
  const backoffMs = opts.backoffMs ?? 5_000;
  const concurrency = opts.concurrency ?? 8;
  const sleep = opts.sleep ?? realSleep(opts.signal);
  const state = opts.state ?? createDrainState(budget, clock.now().getTime());
  const result: DrainResult = { sent: 0, failed: 0, skipped: 0, retried: 0, recovered: await recoverStale(prisma, clock.now()) };
  const stopped = () => !!opts.signal?.aborted || (!!opts.deadline && clock.now() >= opts.deadline);

  const finish = (id: number, data: Parameters<PrismaClient["outbox"]["updateMany"]>[0]["data"]) => prisma.outbox.updateMany({ where: { id, status: "SENDING" }, data });
  /** hand a claimed row back untouched (not an attempt) */
  const release = (row: ClaimedRow, at: Date) => finish(row.id, { status: "PENDING", attempts: row.attempts - 1, nextAttemptAt: at });

  while (!stopped()) {
    // a 429 pause: wait it out here, before claiming, so claimed rows are sent promptly
    const paused = state.bucket.pausedFor(clock.now().getTime());
    if (paused > 0) {
      if (opts.deadline && clock.now().getTime() + paused >= opts.deadline.getTime()) break;
      await sleep(paused);
      if (stopped()) break;
    }
    const now = clock.now();
    const rows = await claim(prisma, now, new Date(now.getTime() + leaseMs), batch);
    if (rows.length === 0) break;

    // people who blocked the bot or erased their data since the row was queued get nothing
    const gone = new Set(
      (await prisma.user.findMany({ where: { telegramId: { in: [...new Set(rows.map((r) => r.chatId))] }, OR: [{ blockedAt: { not: null } }, { deletedAt: { not: null } }] }, select: { telegramId: true } })).map((u) => String(u.telegramId)),
    );

    const inFlight = new Set<Promise<void>>();
    let halt: Date | undefined; // set by a 429: hand the rest of the batch back until then
    for (const row of rows) {
      if (gone.has(String(row.chatId))) {
        await finish(row.id, { status: "SKIPPED", error: "recipient blocked the bot or was erased" });
        result.skipped += 1;
        continue;
      }
      if (halt || opts.signal?.aborted) {
        await release(row, halt ?? clock.now());
        result.retried += 1;
        continue;
      }
      const chatFree = state.spacing.notBefore(row.chatId, clock.now().getTime());
      if (chatFree > 0) {
        await release(row, new Date(chatFree));
        result.retried += 1;
        continue;
      }
      const wait = state.bucket.reserve(clock.now().getTime());
      if (wait > 0) await sleep(wait);
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
      if (halt) {
        await release(row, halt);
        result.retried += 1;
        continue;
      }
      state.spacing.sent(row.chatId, clock.now().getTime());
      const p = send(row).finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
    await Promise.all(inFlight);

    async function send(row: ClaimedRow): Promise<void> {
      try {
        const msg = await callApi(api, row);
        await finish(row.id, { status: "SENT", sentMessageId: msg?.message_id ?? null, sentAt: clock.now(), error: null });
        result.sent += 1;
      } catch (e) {
        const now = clock.now();
        const error = describe(e);
        if (e instanceof GrammyError && e.error_code === 429) {
          const retryAfterMs = Math.max(1, e.parameters?.retry_after ?? 5) * 1000;
          const until = new Date(now.getTime() + retryAfterMs);
          state.bucket.pauseUntil(until.getTime());
          if (!halt || until > halt) halt = until;
          await release(row, until);
          result.retried += 1;
          logger.warn({ outbox: row.id, retryAfterMs }, "outbox: flood limit (429), pausing");
        } else if (e instanceof GrammyError && e.error_code === 403) {
          await markBlocked(prisma, row.chatId, now);
          await finish(row.id, { status: "SKIPPED", error });
          result.skipped += 1;
        } else if (e instanceof GrammyError && e.error_code < 500) {
          await finish(row.id, { status: "FAILED", error });
          result.failed += 1;
          logger.warn({ outbox: row.id, err: error }, "outbox: message refused");
        } else if (row.attempts >= maxAttempts) {
          await finish(row.id, { status: "FAILED", error });
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
  return result;
}

async function callApi(api: Api, row: ClaimedRow): Promise<{ message_id?: number } | undefined> {
  const chatId = Number(row.chatId);
  if (row.method === "sendMessage") {
    const { text, ...other } = row.payload as { text: string } & Record<string, unknown>;
    return api.sendMessage(chatId, text, other as never);
  }
  const r = await (api.raw as unknown as Record<string, (p: unknown) => Promise<unknown>>)[row.method]!({ chat_id: chatId, ...row.payload });
  return typeof r === "object" && r !== null ? (r as { message_id?: number }) : undefined;
}
