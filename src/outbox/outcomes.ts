// How a send ended, recorded on its row (worker.ts's header lists the outcomes): SENT, a final FAILED or
// SKIPPED with the key's outcome hook, a retry later, a 429 pause, or the paid lane refused.
import { GrammyError, HttpError } from "grammy";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { hookFor, paidRefusedHookFor, type FinalStatus } from "./hooks.ts";
import type { ClaimedRow } from "./claim.ts";
import type { DrainRun } from "./drain-run.ts";

type RowData = Parameters<PrismaClient["outbox"]["updateMany"]>[0]["data"];

/** Telegram refusing allow_paid_broadcast (not enough Stars, bot not eligible): a 400 that says so. */
const PAID_REFUSED = /paid|stars|broadcast/i;

/** Paid rows recorded per statement (the paid lane's crash window, see worker.ts's header). */
const SENT_BUFFER_ROWS = 100;

const describe = (e: unknown) =>
  (e instanceof GrammyError
    ? `${e.error_code} ${e.description}`
    : e instanceof HttpError
      ? `network: ${e.message}`
      : ((e as Error)?.message ?? String(e))
  ).slice(0, 500);

function finish(run: DrainRun, id: number, data: RowData) {
  return run.prisma.outbox.updateMany({ where: { id, status: "SENDING" }, data });
}

/** Hand a claimed row back untouched (not an attempt). */
export function release(run: DrainRun, row: ClaimedRow, at: Date) {
  return finish(run, row.id, { status: "PENDING", attempts: row.attempts - 1, nextAttemptAt: at });
}

/** A final outcome: the row's update and its key's hook in one transaction. */
export async function settle(run: DrainRun, row: ClaimedRow, status: FinalStatus, data: RowData): Promise<void> {
  const hook = hookFor(row.key);
  if (!hook) return void (await finish(run, row.id, { ...data, status }));
  const { prisma, t, logger } = run;
  const o = {
    id: row.id,
    key: row.key,
    chatId: row.chatId,
    status,
    sentMessageId: (data.sentMessageId as number | null | undefined) ?? null,
    error: (data.error as string | null | undefined) ?? null,
    at: run.clock.now(),
  };
  try {
    await prisma.$transaction(async (tx: Prisma.TransactionClient) => {
      const r = await tx.outbox.updateMany({ where: { id: row.id, status: "SENDING" }, data: { ...data, status } });
      if (r.count === 1) await hook(o, { tx, t, logger });
    });
  } catch (e) {
    // the hook failed: record the outcome anyway (the message's fate must not be lost)
    logger.error({ outbox: row.id, err: (e as Error).message }, "outbox: outcome hook failed");
    await finish(run, row.id, { ...data, status });
  }
}

/** Record the buffered SENT paid rows in one statement. */
export async function flushSent(run: DrainRun): Promise<void> {
  if (run.sentBuffer.length === 0) return;
  const part = run.sentBuffer.splice(0);
  // by primary key (= ANY): a join on a VALUES list may be planned as a scan of the whole table
  const ids = part.map((p) => p.id);
  const info = JSON.stringify(Object.fromEntries(part.map((p) => [p.id, [p.messageId, p.at.toISOString()]])));
  // lane 'paid': these went at the paid rate, even if a refusal meanwhile moved their group
  await run.prisma.$executeRaw`UPDATE "Outbox" o SET status = 'SENT', lane = 'paid',
    "sentMessageId" = (${info}::jsonb -> o.id::text ->> 0)::int,
    "sentAt" = (${info}::jsonb -> o.id::text ->> 1)::timestamp(3), error = NULL
    WHERE o.id = ANY(${ids}::int[]) AND o.status = 'SENDING'`;
}

/**
 * Telegram accepted the row: SENT (paid rows without a hook are buffered and recorded together).
 * The lane recorded is the rate it went at: a paid row sent after its group was refused went free
 * (worker.ts flips it in memory), and the group's move may commit before or after this.
 */
export async function recordSent(run: DrainRun, row: ClaimedRow, messageId: number | null): Promise<void> {
  if (row.lane === "paid" && !hookFor(row.key)) {
    run.sentBuffer.push({ id: row.id, messageId, at: run.clock.now() });
    if (run.sentBuffer.length >= SENT_BUFFER_ROWS) await flushSent(run);
  } else {
    const at = run.clock.now();
    await settle(run, row, "SENT", { sentMessageId: messageId, sentAt: at, error: null, lane: row.lane });
  }
  run.result.sent += 1;
}

/** Telegram answered with an error (or none came): pause, move lanes, skip, fail or retry later. */
export async function recordFailure(run: DrainRun, row: ClaimedRow, e: unknown): Promise<void> {
  const now = run.clock.now();
  const error = describe(e);
  const code = e instanceof GrammyError ? e.error_code : undefined;
  if (code === 429) return pauseForFlood(run, row, e as GrammyError, now);
  if (row.lane === "paid" && code === 400 && PAID_REFUSED.test((e as GrammyError).description)) {
    await moveToFreeLane(run, row, error);
    run.result.retried += 1;
  } else if (code === 403) {
    await markChatBlocked(run.prisma, row.chatId, now);
    await settle(run, row, "SKIPPED", { error });
    run.result.skipped += 1;
  } else if (code !== undefined && code < 500) {
    await settle(run, row, "FAILED", { error });
    run.result.failed += 1;
    run.logger.warn({ outbox: row.id, err: error }, "outbox: message refused");
  } else if (row.attempts >= run.maxAttempts) {
    await settle(run, row, "FAILED", { error });
    run.result.failed += 1;
    run.logger.warn({ outbox: row.id, attempts: row.attempts, err: error }, "outbox: giving up");
  } else await retryWithBackoff(run, row, error, now);
}

/** A 429: every lane pauses for `retry_after`, the row goes back, the rest of the batch is handed back. */
async function pauseForFlood(run: DrainRun, row: ClaimedRow, e: GrammyError, now: Date): Promise<void> {
  const retryAfterMs = Math.max(1, e.parameters?.retry_after ?? 5) * 1000;
  const until = new Date(now.getTime() + retryAfterMs);
  run.state.bucket.pauseUntil(until.getTime());
  run.state.bulk.pauseUntil(until.getTime());
  run.state.paid.pauseUntil(until.getTime());
  if (!run.halt || until > run.halt) run.halt = until;
  await release(run, row, until);
  run.result.retried += 1;
  run.logger.warn({ outbox: row.id, retryAfterMs }, "outbox: flood limit (429), pausing");
}

/** 5xx or network: try again after an exponential backoff (at most 10 minutes). */
async function retryWithBackoff(run: DrainRun, row: ClaimedRow, error: string, now: Date): Promise<void> {
  const delay = Math.min(run.backoffMs * 2 ** (row.attempts - 1), 600_000);
  await finish(run, row.id, { status: "PENDING", error, nextAttemptAt: new Date(now.getTime() + delay) });
  run.result.retried += 1;
}

/**
 * Telegram refused allow_paid_broadcast: this row and the group's unsent paid rows go to the free
 * lane, then the key's paid-refused hook runs. Row and group move in one transaction with the hook;
 * if the hook fails, the move is made again on its own (the rows must not stay "paid": the next
 * drain would ask for the paid rate again), and the failure is logged.
 */
async function moveToFreeLane(run: DrainRun, row: ClaimedRow, error: string): Promise<void> {
  const toFreeLane = {
    status: "PENDING" as const,
    lane: "bulk",
    attempts: row.attempts - 1,
    nextAttemptAt: run.clock.now(),
  };
  if (row.group !== null && run.refusedGroups.has(row.group)) {
    // another send of this group already moved the group (sends run concurrently): only this row
    // goes back; one statement, so it cannot deadlock with the group's move
    await run.prisma.outbox.updateMany({ where: { id: row.id, status: "SENDING" }, data: toFreeLane });
    return;
  }
  if (row.group !== null) run.refusedGroups.add(row.group);
  const hook = paidRefusedHookFor(row.key);
  const move = async (tx: Prisma.TransactionClient) => {
    await tx.outbox.updateMany({ where: { id: row.id, status: "SENDING" }, data: toFreeLane });
    if (row.group === null) return 0;
    const where = { group: row.group, lane: "paid", status: { in: ["PENDING" as const, "SENDING" as const] } };
    return (await tx.outbox.updateMany({ where, data: { lane: "bulk" } })).count;
  };
  try {
    await run.prisma.$transaction(async (tx: Prisma.TransactionClient) => {
      const moved = await move(tx);
      const refusal = { key: row.key, group: row.group, error, moved: moved + 1, at: run.clock.now() };
      if (hook) await hook(refusal, { tx, t: run.t, logger: run.logger });
    });
  } catch (e) {
    run.logger.error({ outbox: row.id, err: (e as Error).message }, "outbox: paid-refused hook failed");
    await run.prisma.$transaction(move);
  }
  run.logger.warn(
    { outbox: row.id, group: row.group, err: error },
    "outbox: paid broadcast refused, free rate from now on",
  );
}

/**
 * The blocked-user rule, in one place: a 403 marks the chat's user blocked (blockedAt); rows to a
 * blocked or deleted user are skipped when claimed (`gone`), and senders check `blockedAt` only to
 * tell their caller at once.
 */
async function markChatBlocked(prisma: PrismaClient, telegramId: bigint, at: Date): Promise<void> {
  await prisma.user.updateMany({ where: { telegramId }, data: { blockedAt: at } });
}
