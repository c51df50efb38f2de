// Long polling that loses nothing on a crash. @grammyjs/runner confirms updates to Telegram
// (by asking for the next offset) as soon as it has fetched them, while they are still being
// handled: a kill -9 at that moment would drop what the user just typed. So every fetched batch
// is first written to an inbox (rows "inbox:<update_id>" in the key-value Session table) before
// the next fetch confirms it, each row is removed once its update has been handled, and at
// start-up whatever is left (the process died mid-way) is handled again before polling resumes.
// A handled update leaves a tombstone (empty value) for an hour, so an update that was handled
// but not yet confirmed when the process died is skipped when Telegram sends it again.
// Webhook mode needs none of this: Telegram re-sends until the webhook answers 200.
// Both per-batch and per-update statements run on the driver (src/db/hot-sql.ts): they are on every update.
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import {
  createConcurrentSink,
  createRunner,
  createSource,
  createUpdateFetcher,
  type RunnerHandle,
} from "@grammyjs/runner";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import type { Ctx } from "./context.ts";
import { updateIds } from "./update-ids.ts";
import { hotSql } from "../db/hot-sql.ts";

const PREFIX = "inbox:";
const DONE = "";
const TOMBSTONE_MS = 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 1000;

export async function pendingInbox(prisma: PrismaClient): Promise<Update[]> {
  const rows = await prisma.session.findMany({ where: { key: { startsWith: PREFIX }, value: { not: DONE } } });
  return rows.map((r) => JSON.parse(r.value) as Update).sort((a, b) => a.update_id - b.update_id);
}

/**
 * Stores a fetched batch in the inbox and returns the updates to handle: only those whose row
 * this call created. A copy of an update that is pending (being handled), tombstoned (handled)
 * or already earlier in the same batch is dropped. One statement for the whole batch.
 */
async function admitBatch(prisma: PrismaClient, fetched: Update[]): Promise<Update[]> {
  const byKey = new Map<string, Update>();
  for (const u of fetched) if (!byKey.has(`${PREFIX}${u.update_id}`)) byKey.set(`${PREFIX}${u.update_id}`, u);
  if (byKey.size === 0) return [];
  const keys = [...byKey.keys()];
  const values = [...byKey.values()].map((u) => JSON.stringify(u));
  const created = await hotSql(prisma).query<{ key: string }>(
    `INSERT INTO "Session" ("key", "value", "updatedAt")
     SELECT k, v, (now() AT TIME ZONE 'UTC') FROM unnest($1::text[], $2::text[]) AS b(k, v)
     ON CONFLICT ("key") DO NOTHING
     RETURNING "key"`,
    [keys, values],
  );
  const fresh = new Set(created.map((r) => r.key));
  return keys.filter((k) => fresh.has(k)).map((k) => byKey.get(k)!);
}

async function handleAndForget(bot: Bot<Ctx>, prisma: PrismaClient, logger: Logger, update: Update) {
  try {
    await bot.handleUpdate(update);
  } catch (e) {
    logger.error({ ...updateIds(update), err: (e as Error).message }, "update failed");
  } finally {
    // also after a failure: a poisonous update must not be replayed forever
    await hotSql(prisma).query(
      `UPDATE "Session" SET "value" = $1, "updatedAt" = (now() AT TIME ZONE 'UTC') WHERE "key" = $2`,
      [DONE, `${PREFIX}${update.update_id}`],
    );
  }
}

/** Handles updates left in the inbox by a crashed run, oldest first. Returns how many. */
export async function replayInbox(bot: Bot<Ctx>, prisma: PrismaClient, logger: Logger): Promise<number> {
  const left = await pendingInbox(prisma);
  for (const u of left) await handleAndForget(bot, prisma, logger, u);
  if (left.length) logger.info({ count: left.length }, "replayed updates left unhandled by the previous run");
  return left.length;
}

export async function startDurablePolling(
  bot: Bot<Ctx>,
  prisma: PrismaClient,
  logger: Logger,
  allowedUpdates: ReadonlyArray<Exclude<keyof Update, "update_id">>,
): Promise<RunnerHandle> {
  await bot.init();
  await replayInbox(bot, prisma, logger);
  const fetchUpdates = createUpdateFetcher(bot, { fetch: { allowed_updates: allowedUpdates } });
  let prunedAt = 0;
  const source = createSource<Update>({
    async supply(batchSize, signal) {
      const fetched = await fetchUpdates(batchSize, signal);
      if (fetched.length === 0) return fetched;
      const updates = await admitBatch(prisma, fetched);
      if (Date.now() - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = Date.now(); // not on every batch: it scans the inbox
        await prisma.session.deleteMany({
          where: { key: { startsWith: PREFIX }, value: DONE, updatedAt: { lt: new Date(prunedAt - TOMBSTONE_MS) } },
        });
      }
      return updates; // the next supply() call confirms these to Telegram; they are safe by now
    },
  });
  const sink = createConcurrentSink<Update>({ consume: (u) => handleAndForget(bot, prisma, logger, u) }, (err) => {
    logger.error({ err: String(err) }, "runner sink error");
    return Promise.resolve();
  });
  const runner = createRunner(source, sink);
  runner.start();
  return runner;
}
