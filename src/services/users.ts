// Users: created on first contact, bootstrap admins from config, profile and locale updates.
import type { PrismaClient, User } from "../generated/prisma/client.ts";
import { hotSql } from "../db/hot-sql.ts";

export interface TelegramProfile {
  telegramId: bigint;
  firstName?: string;
  username?: string;
  /** this update says they blocked the bot (my_chat_member "kicked"): keep blockedAt */
  stillBlocked?: boolean;
}

const UTC_NOW = `(now() AT TIME ZONE 'UTC')`;

/** A row of userAndSessionSql: the User's columns (all null: no such user) and `__session`. */
export type UserAndSessionRow = Partial<User> & { __session: string | null };

/**
 * SELECT of the User with telegramId `$tg` and the value of the Session row with key `$key`
 * (either may be missing: always one row). `$tg` and `$key` are the parameter numbers.
 */
export function userAndSessionSql(tg: number, key: number, extraColumns = ""): string {
  return `SELECT u.*, s."value" AS "__session"${extraColumns} FROM (SELECT 1) AS one
     LEFT JOIN "User" u ON u."telegramId" = $${tg}::bigint
     LEFT JOIN "Session" s ON s."key" = $${key}::text`;
}

/** What a userAndSessionSql row says, read in advance (the webhook's claim reads it: update-claims.ts). */
export interface UserAndSession {
  existing: User | undefined;
  session: string | null;
}

export function splitUserRow(row: UserAndSessionRow | undefined): UserAndSession {
  if (!row) return { existing: undefined, session: null };
  const { __session, ...user } = row;
  return { existing: user.id == null ? undefined : (user as User), session: __session ?? null };
}

/**
 * The sender as a DB user (created on first contact, profile kept current) and, in the same round
 * trip, the value of one Session row (the chat's conversation state), or null when there is none.
 * Raw SQL on the driver: this runs for every update (see src/db/hot-sql.ts). `read`: that row,
 * already read for this update (then only a new or changed user costs a statement).
 */
export async function loadTelegramUser(
  prisma: PrismaClient,
  p: TelegramProfile,
  adminIds: readonly bigint[],
  sessionKey?: string,
  read?: UserAndSession,
): Promise<{ user: User; session: string | null }> {
  const sql = hotSql(prisma);
  const isAdmin = adminIds.includes(p.telegramId);
  const { existing, session } =
    read ??
    splitUserRow(
      (await sql.query<UserAndSessionRow>(userAndSessionSql(1, 2), [String(p.telegramId), sessionKey ?? null]))[0],
    );
  if (!existing) {
    // consent first (UU PDP): until then only the Telegram id is kept
    const [created] = await sql.query<User>(
      `INSERT INTO "User" ("telegramId", "role", "createdAt", "updatedAt") VALUES ($1::bigint, $2::"Role", ${UTC_NOW}, ${UTC_NOW})
       ON CONFLICT ("telegramId") DO NOTHING RETURNING *`,
      [String(p.telegramId), isAdmin ? "ADMIN" : "PENGURUS"],
    );
    // null: created concurrently by another update of the same user
    const user =
      created ??
      (await sql.query<User>(`SELECT * FROM "User" WHERE "telegramId" = $1::bigint`, [String(p.telegramId)]))[0]!;
    return { user, session };
  }
  const changes: Partial<Pick<User, "tgFirstName" | "username" | "role" | "blockedAt">> = {};
  // Telegram name/username are personal data: kept only with consent and never after erasure.
  const mayStore = !!existing.consentAt && !existing.deletedAt;
  if (mayStore && p.firstName !== undefined && existing.tgFirstName !== p.firstName) changes.tgFirstName = p.firstName;
  if (mayStore && p.username !== undefined && existing.username !== p.username) changes.username = p.username;
  if (isAdmin && existing.role !== "ADMIN") changes.role = "ADMIN";
  // they talk to us again; but a "blocked the bot" update itself (stillBlocked) must not undo itself
  if (existing.blockedAt && !p.stillBlocked) changes.blockedAt = null;
  const cols = Object.keys(changes) as Array<keyof typeof changes>;
  if (cols.length === 0) return { user: existing, session };
  const sets = cols.map((c, i) => `"${c}" = $${i + 2}${c === "role" ? `::"Role"` : ""}`).join(", ");
  const [updated] = await sql.query<User>(
    `UPDATE "User" SET ${sets}, "updatedAt" = ${UTC_NOW} WHERE "id" = $1 RETURNING *`,
    [existing.id, ...cols.map((c) => changes[c])],
  );
  return { user: updated ?? existing, session };
}

export async function setLocale(prisma: PrismaClient, userId: number, locale: string): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { locale } });
}

/**
 * Version of the consent text (reg-consent, privacy-info in locales/*). Change it whenever that text
 * changes in substance, so each consent on record says which text the person agreed to.
 */
export const CONSENT_TEXT_VERSION = "2026-11-30";

/** Consent on record for the current text (not erased since): nothing needs to be asked again. */
export function hasCurrentConsent(user: Pick<User, "consentAt" | "consentVersion" | "deletedAt">): boolean {
  return !!user.consentAt && !user.deletedAt && user.consentVersion === CONSENT_TEXT_VERSION;
}

// The consent and its audit row in one statement (it is on every newcomer's first minute).
const CONSENT_SQL = `
WITH u AS (
  UPDATE "User" SET "consentAt" = ($2::timestamptz AT TIME ZONE 'UTC'), "consentVersion" = $3, "deletedAt" = NULL, "updatedAt" = (now() AT TIME ZONE 'UTC')
  WHERE id = $1 RETURNING id
)
INSERT INTO "AuditLog" ("actorId", action, entity, "entityId", after, at)
SELECT u.id, 'CONSENT_GIVEN', 'User', u.id::text, jsonb_build_object('at', $4::text, 'version', $3::text), ($2::timestamptz AT TIME ZONE 'UTC') FROM u`;

export async function recordConsent(
  prisma: PrismaClient,
  userId: number,
  at: Date,
  version: string = CONSENT_TEXT_VERSION,
): Promise<void> {
  await hotSql(prisma).query(CONSENT_SQL, [userId, at.toISOString(), version, at.toISOString()]);
}

export async function updateProfile(
  prisma: PrismaClient,
  userId: number,
  data: { fullName?: string; phone?: string | null },
): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data });
}

export function userById(prisma: PrismaClient, id: number): Promise<User | null> {
  return prisma.user.findUnique({ where: { id } });
}

/** The Telegram first name and username as they are now (stored when someone takes up a role). */
export function updateTelegramNames(
  prisma: PrismaClient,
  userId: number,
  firstName: string | null,
  username: string | null,
): Promise<User> {
  return prisma.user.update({ where: { id: userId }, data: { tgFirstName: firstName, username } });
}

/**
 * The person blocked the bot (blockedAt = the time) or started it again (null), as Telegram told us:
 * stored at once and audited. Someone we never stored is left alone. True when a user was found.
 */
export async function setBlockedBot(
  prisma: PrismaClient,
  telegramId: bigint,
  blockedAt: Date | null,
): Promise<boolean> {
  const u = await prisma.user.findUnique({ where: { telegramId }, select: { id: true, blockedAt: true } });
  if (!u) return false;
  await prisma.$transaction([
    prisma.user.update({ where: { id: u.id }, data: { blockedAt } }),
    prisma.auditLog.create({
      data: {
        actorId: u.id,
        action: blockedAt ? "BOT_BLOCKED" : "BOT_UNBLOCKED",
        entity: "User",
        entityId: String(u.id),
        before: { blockedAt: u.blockedAt?.toISOString() ?? null },
        after: { blockedAt: blockedAt?.toISOString() ?? null },
      },
    }),
  ]);
  return true;
}
