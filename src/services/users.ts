// Users: created on first contact, bootstrap admins from config, profile and locale updates.
import type { PrismaClient, User } from "../generated/prisma/client.ts";
import type { Role } from "../generated/prisma/enums.ts";

export interface TelegramProfile {
  telegramId: bigint;
  firstName?: string;
  username?: string;
}

export async function upsertUserFromTelegram(prisma: PrismaClient, p: TelegramProfile, adminIds: readonly bigint[]): Promise<User> {
  const isAdmin = adminIds.includes(p.telegramId);
  const existing = await prisma.user.findUnique({ where: { telegramId: p.telegramId } });
  if (!existing) {
    try {
      return await prisma.user.create({
        // consent first (UU PDP): until then only the Telegram id is kept
        data: { telegramId: p.telegramId, role: isAdmin ? "ADMIN" : "PENGURUS" },
      });
    } catch {
      // created concurrently by another update of the same user
      return prisma.user.findUniqueOrThrow({ where: { telegramId: p.telegramId } });
    }
  }
  const changes: Partial<User> = {};
  // Telegram name/username are personal data: kept only with consent and never after erasure.
  const mayStore = !!existing.consentAt && !existing.deletedAt;
  if (mayStore && p.firstName !== undefined && existing.tgFirstName !== p.firstName) changes.tgFirstName = p.firstName;
  if (mayStore && p.username !== undefined && existing.username !== p.username) changes.username = p.username;
  if (isAdmin && existing.role !== "ADMIN") changes.role = "ADMIN";
  if (existing.blockedAt) changes.blockedAt = null; // they talk to us again
  if (Object.keys(changes).length === 0) return existing;
  return prisma.user.update({ where: { id: existing.id }, data: changes });
}

export async function setLocale(prisma: PrismaClient, userId: number, locale: string): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { locale } });
}

export async function recordConsent(prisma: PrismaClient, userId: number, at: Date): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { consentAt: at, deletedAt: null } });
  await prisma.auditLog.create({ data: { actorId: userId, action: "CONSENT_GIVEN", entity: "User", entityId: String(userId), after: { at: at.toISOString() } } });
}

export async function updateProfile(prisma: PrismaClient, userId: number, data: { fullName?: string; phone?: string | null }): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data });
}

export async function usersWithRole(prisma: PrismaClient, role: Role): Promise<User[]> {
  return prisma.user.findMany({ where: { role, deletedAt: null }, orderBy: { id: "asc" } });
}

export async function markBlocked(prisma: PrismaClient, telegramId: bigint, at: Date): Promise<void> {
  await prisma.user.updateMany({ where: { telegramId }, data: { blockedAt: at } });
}

export function userById(prisma: PrismaClient, id: number): Promise<User | null> {
  return prisma.user.findUnique({ where: { id } });
}

/** The Telegram first name and username as they are now (stored when someone takes up a role). */
export function updateTelegramNames(prisma: PrismaClient, userId: number, firstName: string | null, username: string | null): Promise<User> {
  return prisma.user.update({ where: { id: userId }, data: { tgFirstName: firstName, username } });
}
