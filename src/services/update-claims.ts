// Webhook update dedup across instances on one database. Telegram re-sends an update after a
// timeout or a non-2xx answer, and behind a load balancer the copy may reach another instance:
// each update_id is claimed by inserting a row ("webhook:<id>" in the key-value Session table, next
// to the polling inbox's "inbox:<id>" rows) before it is handled. A second insert finds the row and
// the copy is skipped. A claim not marked done within STALE_MS belongs to an instance that died
// mid-update and may be taken over. Rows are purged after RETENTION_MS (jobs/purge.ts).
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Clock } from "../deps.ts";

export const CLAIM_PREFIX = "webhook:";
const CLAIMED = "claimed";
const DONE = "done";
export const CLAIM_STALE_MS = 5 * 60_000;
/** Telegram keeps re-sending an unanswered update for at most 24 hours; keep claims for 3 days. */
export const CLAIM_RETENTION_MS = 3 * 24 * 3600_000;

export interface UpdateClaims {
  /** true: this instance handles the update; false: handled or being handled elsewhere. */
  claim(updateId: number): Promise<boolean>;
  done(updateId: number): Promise<void>;
  /** The update could not be handled: let a re-sent copy try again. */
  release(updateId: number): Promise<void>;
}

export function createUpdateClaims(prisma: PrismaClient, clock: Clock): UpdateClaims {
  const key = (id: number) => `${CLAIM_PREFIX}${id}`;
  return {
    async claim(updateId) {
      const now = clock.now();
      const { count } = await prisma.session.createMany({
        data: [{ key: key(updateId), value: CLAIMED, updatedAt: now }],
        skipDuplicates: true,
      });
      if (count === 1) return true;
      // a claim by an instance that died mid-update: take it over (one winner, by the WHERE)
      const stale = await prisma.session.updateMany({
        where: { key: key(updateId), value: CLAIMED, updatedAt: { lt: new Date(now.getTime() - CLAIM_STALE_MS) } },
        data: { updatedAt: now },
      });
      return stale.count === 1;
    },
    async done(updateId) {
      await prisma.session.updateMany({ where: { key: key(updateId) }, data: { value: DONE, updatedAt: clock.now() } });
    },
    async release(updateId) {
      await prisma.session.deleteMany({ where: { key: key(updateId), value: CLAIMED } });
    },
  };
}

/** Deletes claims older than the retention. Returns how many. */
export async function purgeUpdateClaims(prisma: PrismaClient, now: Date): Promise<number> {
  const { count } = await prisma.session.deleteMany({
    where: { key: { startsWith: CLAIM_PREFIX }, updatedAt: { lt: new Date(now.getTime() - CLAIM_RETENTION_MS) } },
  });
  return count;
}
