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
// tells whoever needs to know (hooks.ts); a failing hook does not undo the move. A SENT row records
// the lane it went at: sends already in flight at the refusal stay "paid", later ones "bulk".
import { claimNext, type ClaimedRow } from "./claim.ts";
import { openRun, type DrainOptions, type DrainResult, type DrainRun } from "./drain-run.ts";
import { flushSent, release, settle } from "./outcomes.ts";
import { sendRow } from "./send.ts";
import { wakeGeneration } from "./signal.ts";

export async function drainOutbox(opts: DrainOptions): Promise<DrainResult> {
  const run = await openRun(opts);
  while (!stopped(run)) {
    if (!(await waitOutFloodPause(run))) break;
    const now = run.clock.now();
    liftHaltWhenOver(run, now.getTime());
    const generation = wakeGeneration();
    await flushSent(run);
    const rows = await claimNext(
      run.prisma,
      now,
      new Date(now.getTime() + run.leaseMs),
      run.batch,
      run.bulkBatch,
      run.paidBatch,
    );
    if (rows.length === 0) {
      if (run.inFlight.size === 0) break;
      // rows in flight may be retried soon (5xx backoff is later, but a 429 hands rows back): wait and look again
      await Promise.all(run.inFlight);
      continue;
    }
    await handBack(run, await sendBatch(run, rows, generation));
    // sends still in flight finish while the next batch is claimed (no idle gap between batches);
    // a 429 among them sets `halt`, which the next batch respects
    liftHaltWhenOver(run, run.clock.now().getTime());
  }
  await Promise.all(run.inFlight);
  await flushSent(run);
  return run.result;
}

function stopped(run: DrainRun): boolean {
  return !!run.signal?.aborted || (!!run.deadline && run.clock.now() >= run.deadline);
}

function liftHaltWhenOver(run: DrainRun, nowMs: number): void {
  if (run.halt && run.halt.getTime() <= nowMs) run.halt = undefined;
}

/** A 429 pause: wait it out before claiming, so claimed rows are sent promptly. False: the drain ends. */
async function waitOutFloodPause(run: DrainRun): Promise<boolean> {
  const paused = run.state.bucket.pausedFor(run.clock.now().getTime());
  if (paused <= 0) return true;
  if (run.deadline && run.clock.now().getTime() + paused >= run.deadline.getTime()) return false;
  await run.sleep(paused);
  return !stopped(run);
}

/** Start each row's send in turn, paced; returns the rows to hand back (a 429, a stop, or preempted). */
async function sendBatch(run: DrainRun, rows: ClaimedRow[], generation: number): Promise<ClaimedRow[]> {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    // people who blocked the bot or erased their data since the row was queued get nothing
    if (row.gone) {
      await settle(run, row, "SKIPPED", { error: "recipient blocked the bot or was erased" });
      run.result.skipped += 1;
      continue;
    }
    // a 429, a stop, or an interactive row queued in this process meanwhile (it overtakes this
    // bulk batch): hand the rest of the batch back in one statement
    const preempted = row.lane !== "interactive" && wakeGeneration() !== generation;
    if (run.halt || run.signal?.aborted || preempted) return restOf(run, rows, i, !preempted);
    if (row.lane === "paid" && row.group !== null && run.refusedGroups.has(row.group)) row.lane = "bulk";
    if (await chatStillBusy(run, row)) continue;
    const paidSlot = await waitForSendSlot(run, row);
    if (run.halt || run.signal?.aborted) return restOf(run, rows, i, true);
    startSend(run, row, paidSlot);
  }
  return [];
}

function restOf(run: DrainRun, rows: ClaimedRow[], from: number, countRetried: boolean): ClaimedRow[] {
  const rest = rows.slice(from);
  if (countRetried) run.result.retried += rest.length;
  return rest;
}

/** The chat had a message less than its spacing ago: the row goes back until the chat is free. */
async function chatStillBusy(run: DrainRun, row: ClaimedRow): Promise<boolean> {
  const chatFree = run.state.spacing.notBefore(row.chatId, run.clock.now().getTime());
  if (chatFree <= 0) return false;
  await release(run, row, new Date(chatFree));
  run.result.retried += 1;
  return true;
}

/** Wait for the row's lane budget and a free send slot; returns the paid window slot, if any. */
async function waitForSendSlot(run: DrainRun, row: ClaimedRow): Promise<number | undefined> {
  const { state, inFlight } = run;
  const paid = row.lane === "paid";
  // the paid lane takes its send slot first, so the instant it reserves is the instant it sends
  if (paid) while (inFlight.size >= run.paidConcurrency) await Promise.race(inFlight);
  const at = run.clock.now().getTime();
  const paidSlot = paid ? state.paid.reserveSlot(at) : undefined;
  const wait =
    row.lane === "bulk"
      ? Math.max(state.bulk.reserve(at), state.bucket.reserve(at))
      : paidSlot
        ? paidSlot.wait
        : state.bucket.reserve(at);
  if (wait > 0) await run.sleep(wait);
  const limit = paid ? run.paidConcurrency : run.concurrency;
  while (inFlight.size >= limit) await Promise.race(inFlight);
  return paidSlot?.slot;
}

function startSend(run: DrainRun, row: ClaimedRow, paidSlot: number | undefined): void {
  run.state.spacing.sent(row.chatId, run.clock.now().getTime());
  const p = sendRow(run, row, paidSlot).finally(() => run.inFlight.delete(p));
  run.inFlight.add(p);
}

/** Claimed rows not sent go back to PENDING in one statement (not an attempt). */
async function handBack(run: DrainRun, rest: ClaimedRow[]): Promise<void> {
  if (rest.length === 0) return;
  await run.prisma.outbox.updateMany({
    where: { id: { in: rest.map((r) => r.id) }, status: "SENDING" },
    data: { status: "PENDING", attempts: { decrement: 1 }, nextAttemptAt: run.halt ?? run.clock.now() },
  });
}
