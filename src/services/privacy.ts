// UU PDP 27/2022: a person may see (export) and erase their personal data.
// Erasure anonymises the person (name, phone, username gone; memberships removed) but keeps
// the cooperative's records, which belong to the cooperative, with the actor shown as erased.
import type { PrismaClient } from "../generated/prisma/client.ts";

export async function exportUserData(prisma: PrismaClient, userId: number) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    include: { memberships: { include: { coop: { select: { id: true, name: true, villageCode: true } } } } },
  });
  const audit = await prisma.auditLog.findMany({ where: { actorId: userId }, orderBy: { at: "asc" }, take: 1000 });
  return {
    exportedAt: new Date().toISOString(),
    user: {
      telegramId: String(user.telegramId),
      fullName: user.fullName,
      telegramFirstName: user.tgFirstName,
      username: user.username,
      phone: user.phone,
      locale: user.locale,
      role: user.role,
      consentAt: user.consentAt?.toISOString() ?? null,
      consentVersion: user.consentVersion ?? null,
      createdAt: user.createdAt.toISOString(),
    },
    memberships: user.memberships.map((m) => ({
      coop: m.coop.name,
      villageCode: m.coop.villageCode,
      position: m.position,
      status: m.status,
      since: m.createdAt.toISOString(),
    })),
    activity: audit.map((a) => ({ action: a.action, entity: a.entity, entityId: a.entityId, at: a.at.toISOString() })),
  };
}

export async function eraseUserData(prisma: PrismaClient, userId: number, at: Date) {
  await prisma.$transaction([
    prisma.membership.updateMany({
      where: { userId, status: { in: ["ACTIVE", "PENDING"] } },
      data: { status: "REMOVED" },
    }),
    prisma.user.update({
      where: { id: userId },
      data: {
        fullName: null,
        phone: null,
        username: null,
        tgFirstName: null,
        consentAt: null,
        consentVersion: null,
        deletedAt: at,
      },
    }),
    prisma.auditLog.create({
      data: { actorId: userId, action: "PERSONAL_DATA_ERASED", entity: "User", entityId: String(userId) },
    }),
  ]);
}
