// Claiming outbox rows: one statement moves due rows from PENDING to SENDING (see worker.ts's header).
import type { PrismaClient } from "../generated/prisma/client.ts";

export interface ClaimedRow {
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
export async function claimNext(
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
