// Webhook update dedup across instances on one database. Telegram re-sends an update after a
// timeout or a non-2xx answer, and behind a load balancer the copy may reach another instance:
// each update_id is claimed by inserting a row ("webhook:<id>" in the key-value Session table, next
// to the polling inbox's "inbox:<id>" rows) before it is handled. A second insert finds the row and
// the copy is skipped. A claim not marked done within STALE_MS belongs to an instance that died
// mid-update and may be taken over. Rows are purged after RETENTION_MS (jobs/purge.ts).
// Every webhook update runs claim and done: raw SQL on the driver (src/db/hot-sql.ts), not Prisma,
// whose query compiler cost more CPU than the statements (docs/BENCHMARKS.md, "Capacity").
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Clock } from "../lib/clock.ts";
import { hotSql } from "../db/hot-sql.ts";
import { splitUserRow, userAndSessionSql, type UserAndSession, type UserAndSessionRow } from "./users.ts";

const CLAIM_PREFIX = "webhook:";
const CLAIMED = "claimed";
const DONE = "done";
const CLAIM_STALE_MS = 5 * 60_000;
/** Telegram keeps re-sending an unanswered update for at most 24 hours; keep claims for 3 days. */
const CLAIM_RETENTION_MS = 3 * 24 * 3600_000;

export interface UpdateClaims {
  /** true: this instance handles the update; false: handled or being handled elsewhere. */
  claim(updateId: number): Promise<boolean>;
  done(updateId: number): Promise<void>;
  /** The update could not be handled: let a re-sent copy try again. */
  release(updateId: number): Promise<void>;
}

const UTC = (param: string) => `(${param}::timestamptz AT TIME ZONE 'UTC')`;
const CLAIM_SQL = `INSERT INTO "Session" ("key", "value", "updatedAt") VALUES ($1, '${CLAIMED}', ${UTC("$2")})
  ON CONFLICT ("key") DO NOTHING RETURNING 1 AS n`;
// a claim by an instance that died mid-update: taken over (one winner, by the WHERE)
const TAKE_OVER_SQL = `UPDATE "Session" SET "updatedAt" = ${UTC("$2")}
  WHERE "key" = $1 AND "value" = '${CLAIMED}' AND "updatedAt" < ${UTC("$3")} RETURNING 1 AS n`;
const DONE_SQL = `UPDATE "Session" SET "value" = '${DONE}', "updatedAt" = ${UTC("$2")} WHERE "key" = $1`;
const RELEASE_SQL = `DELETE FROM "Session" WHERE "key" = $1 AND "value" = '${CLAIMED}'`;

/** What the handler reads first (services/users.ts loadTelegramUser), read with the claim. */
export interface ClaimReading {
  telegramId: bigint;
  sessionKey: string | null;
}

/** The end of an update: mark it done and, in the same statement, write (value) or delete (null) a Session row. */
export interface StateChange {
  key: string;
  value: string | null;
}

/** The claim, done and release of updates, plus the two merged statements of the webhook path. */
export interface HotUpdateClaims extends UpdateClaims {
  /**
   * The claim (as `claim`) and, in the same statement, the sender's user row and one Session value
   * (`read`: null when the update was not claimed). Two round trips become one on every update.
   */
  claimAndRead(updateId: number, r: ClaimReading): Promise<{ claimed: boolean; read: UserAndSession | null }>;
  /** `done` and the chat's conversation state change in one statement (one commit: both or neither). */
  doneWith(updateId: number, change: StateChange): Promise<void>;
}

const CLAIM_AND_READ_SQL = `WITH claim AS (${CLAIM_SQL})
  ${userAndSessionSql(3, 4, `, (SELECT n FROM claim) AS "__claimed"`)}`;
const DONE_WITH_WRITE_SQL = `WITH state AS (
    INSERT INTO "Session" ("key", "value", "updatedAt") VALUES ($3, $4, ${UTC("$2")})
    ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = EXCLUDED."updatedAt"
  ) ${DONE_SQL}`;
const DONE_WITH_DELETE_SQL = `WITH state AS (DELETE FROM "Session" WHERE "key" = $3) ${DONE_SQL}`;

export function createUpdateClaims(prisma: PrismaClient, clock: Clock): HotUpdateClaims {
  const sql = hotSql(prisma);
  const key = (id: number) => `${CLAIM_PREFIX}${id}`;
  const takeOver = async (updateId: number, now: Date) => {
    const staleBefore = new Date(now.getTime() - CLAIM_STALE_MS).toISOString();
    return (await sql.query(TAKE_OVER_SQL, [key(updateId), now.toISOString(), staleBefore])).length === 1;
  };
  return {
    async claim(updateId) {
      const now = clock.now();
      if ((await sql.query(CLAIM_SQL, [key(updateId), now.toISOString()])).length === 1) return true;
      return takeOver(updateId, now);
    },
    async done(updateId) {
      await sql.query(DONE_SQL, [key(updateId), clock.now().toISOString()]);
    },
    async release(updateId) {
      await sql.query(RELEASE_SQL, [key(updateId)]);
    },
    async claimAndRead(updateId, r) {
      const now = clock.now();
      const [row] = await sql.query<UserAndSessionRow & { __claimed: number | null }>(CLAIM_AND_READ_SQL, [
        key(updateId),
        now.toISOString(),
        String(r.telegramId),
        r.sessionKey,
      ]);
      if (row?.__claimed != null) {
        const { __claimed: _, ...rest } = row;
        return { claimed: true, read: splitUserRow(rest) };
      }
      return { claimed: await takeOver(updateId, now), read: null }; // a dead instance's claim
    },
    async doneWith(updateId, change) {
      const at = clock.now().toISOString();
      if (change.value === null) await sql.query(DONE_WITH_DELETE_SQL, [key(updateId), at, change.key]);
      else await sql.query(DONE_WITH_WRITE_SQL, [key(updateId), at, change.key, change.value]);
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
