// What a coop's card and a person's card show (plain data; rendering is the bot's).
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { coopHistory, type HistoryEntry } from "../coop-admin/history.ts";

export interface CoopCardData {
  id: number;
  name: string;
  villageCode: string;
  provinceCode: string;
  regencyCode: string;
  legalNumber: string | null;
  units: string[];
  status: "ACTIVE" | "INACTIVE";
  assignedBaId: number | null;
  baName: string | null;
  board: Array<{ membershipId: number; userId: number; name: string; position: string }>;
  history: HistoryEntry[];
}

export async function coopCard(prisma: PrismaClient, coopId: number): Promise<CoopCardData | null> {
  const c = await prisma.cooperative.findUnique({
    where: { id: coopId },
    include: {
      assignedBa: { select: { fullName: true, tgFirstName: true } },
      memberships: {
        where: { status: "ACTIVE" },
        include: { user: { select: { id: true, fullName: true, tgFirstName: true } } },
        orderBy: { id: "asc" },
      },
    },
  });
  if (!c) return null;
  return {
    id: c.id,
    name: c.name,
    villageCode: c.villageCode,
    provinceCode: c.provinceCode,
    regencyCode: c.regencyCode,
    legalNumber: c.legalNumber,
    units: c.units,
    status: c.status,
    assignedBaId: c.assignedBaId,
    baName: c.assignedBa ? (c.assignedBa.fullName ?? c.assignedBa.tgFirstName ?? "-") : null,
    board: c.memberships.map((m) => ({
      membershipId: m.id,
      userId: m.userId,
      name: m.user.fullName ?? m.user.tgFirstName ?? "-",
      position: m.position,
    })),
    history: await coopHistory(prisma, coopId, 3),
  };
}

export interface PersonCardData {
  id: number;
  name: string;
  role: string;
  regencyCode: string | null;
  provinceCode: string | null;
  username: string | null;
  phone: string | null;
  blocked: boolean;
  coops: Array<{ id: number; name: string; position: string; status: string }>;
}

export async function personCard(prisma: PrismaClient, userId: number): Promise<PersonCardData | null> {
  const u = await prisma.user.findUnique({
    where: { id: userId },
    include: {
      memberships: {
        where: { status: { in: ["ACTIVE", "PENDING"] } },
        include: { coop: { select: { id: true, name: true } } },
        orderBy: { id: "asc" },
        take: 5,
      },
    },
  });
  if (!u || u.deletedAt) return null;
  return {
    id: u.id,
    name: u.fullName ?? u.tgFirstName ?? "-",
    role: u.role,
    regencyCode: u.regencyCode,
    provinceCode: u.provinceCode,
    username: u.username,
    phone: u.phone,
    blocked: !!u.blockedAt,
    coops: u.memberships.map((m) => ({ id: m.coop.id, name: m.coop.name, position: m.position, status: m.status })),
  };
}

/** The coops a user sits on the board of (ACTIVE), for /keluar and "Ubah data koperasi". */
export async function boardSeats(prisma: PrismaClient, userId: number) {
  const rows = await prisma.membership.findMany({
    where: { userId, status: { in: ["ACTIVE", "PENDING"] } },
    include: { coop: { select: { id: true, name: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map((m) => ({ coopId: m.coop.id, name: m.coop.name, position: m.position, status: m.status }));
}

/** Telegram chat ids and locales of users, to tell them about a change. */
export async function recipients(prisma: PrismaClient, userIds: number[]) {
  if (userIds.length === 0) return [];
  return prisma.user.findMany({
    where: { id: { in: userIds }, deletedAt: null },
    select: { id: true, telegramId: true, locale: true, role: true },
  });
}

export async function findUser(prisma: PrismaClient, userId: number) {
  return prisma.user.findUnique({ where: { id: userId } });
}

export async function findCoop(prisma: PrismaClient, coopId: number) {
  return prisma.cooperative.findUnique({ where: { id: coopId } });
}
