// Handing over the ketua role: the ketua proposes another ACTIVE board member, who confirms.
// On acceptance the two swap positions (the old ketua takes the new ketua's former position), so
// a coop always has exactly one ketua. One pending handover per coop (a partial unique index, see
// migration one_pending_handover); a new proposal replaces it. Accepting is one conditional statement
// that re-checks the handover is pending, the proposer is still ketua and the successor still active.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { type Editor, canManageBoard } from "./access.ts";

export type ProposeResult =
  { kind: "ok"; handoverId: number; toUserId: number } | { kind: "forbidden" } | { kind: "invalid" };

export async function proposeHandover(
  prisma: PrismaClient,
  editor: Editor,
  coopId: number,
  toMembershipId: number,
  now: Date,
): Promise<ProposeResult> {
  if (!(await canManageBoard(prisma, editor, coopId))) return { kind: "forbidden" };
  const to = await prisma.membership.findUnique({ where: { id: toMembershipId } });
  if (!to || to.coopId !== coopId || to.status !== "ACTIVE" || to.position === "KETUA") return { kind: "invalid" };
  const ketua = await prisma.membership.findFirst({ where: { coopId, status: "ACTIVE", position: "KETUA" } });
  if (!ketua) return { kind: "invalid" };
  const h = await replacePending(
    prisma,
    { coopId, fromUserId: ketua.userId, toUserId: to.userId, byId: editor.id },
    now,
  );
  await prisma.auditLog.create({
    data: {
      actorId: editor.id,
      action: "KETUA_HANDOVER_PROPOSED",
      entity: "Cooperative",
      entityId: String(coopId),
      after: { fromUserId: ketua.userId, toUserId: to.userId },
    },
  });
  return { kind: "ok", handoverId: h.id, toUserId: to.userId };
}

type NewHandover = { coopId: number; fromUserId: number; toUserId: number; byId: number };

// Two proposals at once: the second insert hits the unique index and is retried, replacing the first.
async function replacePending(prisma: PrismaClient, data: NewHandover, now: Date) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => {
        await tx.coopHandover.updateMany({
          where: { coopId: data.coopId, status: "PENDING" },
          data: { status: "REPLACED", decidedAt: now },
        });
        return tx.coopHandover.create({ data: { ...data, createdAt: now } });
      });
    } catch (e) {
      if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") || attempt >= 4) throw e;
    }
  }
}

export type DecideResult =
  | { kind: "accepted"; coopId: number; fromUserId: number; fromNewPosition: string }
  | { kind: "declined"; coopId: number; fromUserId: number }
  | { kind: "forbidden" }
  | { kind: "stale" };

export async function decideHandover(
  prisma: PrismaClient,
  userId: number,
  handoverId: number,
  accept: boolean,
  now: Date,
): Promise<DecideResult> {
  const h = await prisma.coopHandover.findUnique({ where: { id: handoverId } });
  if (!h) return { kind: "stale" };
  if (h.toUserId !== userId) return { kind: "forbidden" };
  if (h.status !== "PENDING") return { kind: "stale" };
  if (!accept) {
    const declined = await prisma.coopHandover.updateMany({
      where: { id: h.id, status: "PENDING" },
      data: { status: "DECLINED", decidedAt: now },
    });
    if (declined.count === 0) return { kind: "stale" };
    await prisma.auditLog.create({
      data: {
        actorId: userId,
        action: "KETUA_HANDOVER_DECLINED",
        entity: "Cooperative",
        entityId: String(h.coopId),
        after: { handoverId: h.id },
      },
    });
    return { kind: "declined", coopId: h.coopId, fromUserId: h.fromUserId };
  }
  return prisma.$transaction(async (tx) => {
    const fromNewPosition = await swapKetua(tx, h, now);
    if (!fromNewPosition) {
      await tx.coopHandover.updateMany({
        where: { id: h.id, status: "PENDING" },
        data: { status: "STALE", decidedAt: now },
      });
      return { kind: "stale" as const };
    }
    await tx.auditLog.create({
      data: {
        actorId: userId,
        action: "KETUA_HANDOVER_ACCEPTED",
        entity: "Cooperative",
        entityId: String(h.coopId),
        before: { ketua: h.fromUserId },
        after: { ketua: h.toUserId, previousKetuaPosition: fromNewPosition },
      },
    });
    return { kind: "accepted" as const, coopId: h.coopId, fromUserId: h.fromUserId, fromNewPosition };
  });
}

// One statement: marks the handover ACCEPTED and swaps the two positions only if it is still PENDING,
// the proposer is still the ACTIVE ketua and the successor an ACTIVE non-ketua member. The rows are
// locked (FOR UPDATE) and re-checked after a concurrent change, so of two accepts at once one wins.
// Returns the old ketua's new position (the successor's former one), or null when nothing changed.
async function swapKetua(
  prisma: Prisma.TransactionClient,
  h: { id: number; coopId: number; fromUserId: number; toUserId: number },
  now: Date,
): Promise<string | null> {
  const rows = await prisma.$queryRaw<Array<{ userId: number; position: string; previous: string }>>`
    WITH f AS (
      SELECT "id", "position" FROM "Membership"
      WHERE "coopId" = ${h.coopId} AND "userId" = ${h.fromUserId} AND "status" = 'ACTIVE' AND "position" = 'KETUA'
      FOR UPDATE
    ), t AS (
      SELECT "id", "position" FROM "Membership"
      WHERE "coopId" = ${h.coopId} AND "userId" = ${h.toUserId} AND "status" = 'ACTIVE' AND "position" <> 'KETUA'
      FOR UPDATE
    ), claimed AS (
      UPDATE "CoopHandover" SET "status" = 'ACCEPTED', "decidedAt" = ${now}
      WHERE "id" = ${h.id} AND "status" = 'PENDING' AND EXISTS (SELECT 1 FROM f) AND EXISTS (SELECT 1 FROM t)
      RETURNING "id"
    )
    UPDATE "Membership" m
    SET "position" = CASE WHEN m."id" = (SELECT "id" FROM f) THEN (SELECT "position" FROM t) ELSE 'KETUA' END,
        "updatedAt" = ${new Date()}
    FROM claimed
    WHERE m."id" IN ((SELECT "id" FROM f), (SELECT "id" FROM t))
    RETURNING m."userId", m."position"::text AS "position", (SELECT "position" FROM t)::text AS "previous"`;
  return rows.length === 2 ? rows[0]!.previous : null;
}
