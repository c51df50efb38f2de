// Handing over the ketua role: the ketua proposes another ACTIVE board member, who confirms.
// On acceptance the two swap positions (the old ketua takes the new ketua's former position), so
// a coop always has exactly one ketua. One pending handover per coop; a new proposal replaces it.
import type { PrismaClient } from "../../generated/prisma/client.ts";
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
  await prisma.coopHandover.updateMany({
    where: { coopId, status: "PENDING" },
    data: { status: "REPLACED", decidedAt: now },
  });
  const h = await prisma.coopHandover.create({
    data: { coopId, fromUserId: ketua.userId, toUserId: to.userId, byId: editor.id, createdAt: now },
  });
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
    await prisma.coopHandover.update({ where: { id: h.id }, data: { status: "DECLINED", decidedAt: now } });
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
    const from = await tx.membership.findFirst({
      where: { coopId: h.coopId, userId: h.fromUserId, status: "ACTIVE", position: "KETUA" },
    });
    const to = await tx.membership.findFirst({ where: { coopId: h.coopId, userId: h.toUserId, status: "ACTIVE" } });
    if (!from || !to) {
      await tx.coopHandover.update({ where: { id: h.id }, data: { status: "STALE", decidedAt: now } });
      return { kind: "stale" as const };
    }
    await tx.membership.update({ where: { id: from.id }, data: { position: to.position } });
    await tx.membership.update({ where: { id: to.id }, data: { position: "KETUA" } });
    await tx.coopHandover.update({ where: { id: h.id }, data: { status: "ACCEPTED", decidedAt: now } });
    await tx.auditLog.create({
      data: {
        actorId: userId,
        action: "KETUA_HANDOVER_ACCEPTED",
        entity: "Cooperative",
        entityId: String(h.coopId),
        before: { ketua: h.fromUserId },
        after: { ketua: h.toUserId, previousKetuaPosition: to.position },
      },
    });
    return {
      kind: "accepted" as const,
      coopId: h.coopId,
      fromUserId: h.fromUserId,
      fromNewPosition: to.position as string,
    };
  });
}
