// Invite codes for staff (BA and PMO per kab/kota, DINAS per province). Codes are 8 characters
// from an alphabet without 0/O/1/I, shown as "K7QM-4TZP"; single-use or limited uses; they expire.
// Redeeming is atomic (the use counter only moves while below maxUses). No Telegram here.
import { randomInt } from "node:crypto";
import type { Invite, PrismaClient, User } from "../generated/prisma/client.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { isInviteRole, type InviteRole } from "./roles.ts";
import { takeUpRosteredRole } from "./imports/take-up.ts";

export const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 8;
const CODE_RE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

export function generateCode(rand: (max: number) => number = randomInt): string {
  let s = "";
  for (let i = 0; i < CODE_LENGTH; i++) s += CODE_ALPHABET[rand(CODE_ALPHABET.length)];
  return s;
}

/** Upper-case, spaces and dashes removed; undefined when it cannot be a code of ours. */
export function normalizeCode(input: string): string | undefined {
  const s = input.trim().toUpperCase().replace(/[\s-]/g, "");
  return CODE_RE.test(s) ? s : undefined;
}

/** Roughly code-shaped (8 letters/digits, maybe a dash): worth answering "unknown code" for. */
export function looksLikeCode(input: string): boolean {
  return /^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}$/.test(input.trim());
}

/** "K7QM4TZP" → "K7QM-4TZP" */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export interface CreateInviteInput {
  role: InviteRole;
  /** required for BA and PMO */
  regencyCode?: string;
  /** required for DINAS (derived from the regency for BA/PMO) */
  provinceCode?: string;
  maxUses: number;
  ttlDays: number;
  now: Date;
}

export type CreateInviteResult =
  { kind: "created"; invite: Invite } | { kind: "forbidden" } | { kind: "bad_scope" } | { kind: "bad_limits" };

export async function createInvite(
  prisma: PrismaClient,
  creator: Pick<User, "id" | "role">,
  input: CreateInviteInput,
): Promise<CreateInviteResult> {
  if (creator.role !== "ADMIN") return { kind: "forbidden" };
  if (!isInviteRole(input.role)) return { kind: "bad_scope" };
  const regencyCode = input.role === "DINAS" ? null : (input.regencyCode ?? null);
  const provinceCode = input.role === "DINAS" ? (input.provinceCode ?? null) : (regencyCode?.slice(0, 2) ?? null);
  if (input.role !== "DINAS" && !/^\d{2}\.\d{2}$/.test(regencyCode ?? "")) return { kind: "bad_scope" };
  if (input.role === "DINAS" && !/^\d{2}$/.test(provinceCode ?? "")) return { kind: "bad_scope" };
  if (!Number.isInteger(input.maxUses) || input.maxUses < 1 || input.maxUses > 100) return { kind: "bad_limits" };
  if (!(input.ttlDays > 0 && input.ttlDays <= 90)) return { kind: "bad_limits" };
  const expiresAt = new Date(input.now.getTime() + input.ttlDays * 86_400_000);
  for (let attempt = 0; ; attempt++) {
    try {
      const invite = await prisma.invite.create({
        data: {
          code: generateCode(),
          role: input.role,
          regencyCode,
          provinceCode,
          maxUses: input.maxUses,
          expiresAt,
          createdById: creator.id,
          createdAt: input.now,
        },
      });
      await prisma.auditLog.create({
        data: {
          actorId: creator.id,
          action: "INVITE_CREATED",
          entity: "Invite",
          entityId: String(invite.id),
          after: {
            role: invite.role,
            regencyCode,
            provinceCode,
            maxUses: invite.maxUses,
            expiresAt: expiresAt.toISOString(),
          },
        },
      });
      return { kind: "created", invite };
    } catch (e) {
      if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") || attempt >= 4) throw e;
    }
  }
}

/** Why a code cannot be used (now, by this person). */
export type InviteRefusal =
  | { kind: "malformed" }
  | { kind: "unknown" }
  | { kind: "expired"; invite: Invite }
  | { kind: "revoked"; invite: Invite }
  | { kind: "used_up"; invite: Invite }
  | { kind: "already_yours"; invite: Invite }
  | { kind: "admin" };

export type InviteCheck = InviteRefusal | { kind: "valid"; invite: Invite };

export type RedeemResult = InviteRefusal | { kind: "ok"; invite: Invite; user: User; previousRole: User["role"] };

/** Whether `user` could redeem the code now, without using it (asked before any question). */
export async function checkInvite(
  prisma: PrismaClient,
  user: Pick<User, "id" | "role">,
  input: string,
  now: Date,
): Promise<InviteCheck> {
  const code = normalizeCode(input);
  if (!code) return { kind: "malformed" };
  const invite = await prisma.invite.findUnique({ where: { code } });
  if (!invite) return { kind: "unknown" };
  const used = await prisma.inviteUse.findUnique({
    where: { inviteId_userId: { inviteId: invite.id, userId: user.id } },
  });
  if (used) return { kind: "already_yours", invite };
  if (invite.revokedAt) return { kind: "revoked", invite };
  if (invite.expiresAt.getTime() <= now.getTime()) return { kind: "expired", invite };
  if (invite.uses >= invite.maxUses) return { kind: "used_up", invite };
  if (user.role === "ADMIN") return { kind: "admin" };
  return { kind: "valid", invite };
}

/**
 * Uses the code: the role and scope are set, the use counted and audited in one transaction (the
 * counter only moves while below maxUses). `profile.fullName`, when given, is stored with the role.
 */
export async function redeemInvite(
  prisma: PrismaClient,
  user: User,
  input: string,
  now: Date,
  profile: { fullName?: string } = {},
): Promise<RedeemResult> {
  const check = await checkInvite(prisma, user, input, now);
  if (check.kind !== "valid") return check;
  const invite = check.invite;
  const result = await prisma.$transaction(async (tx) => {
    const claimed = await tx.invite.updateMany({
      where: { id: invite.id, uses: { lt: invite.maxUses }, revokedAt: null, expiresAt: { gt: now } },
      data: { uses: { increment: 1 } },
    });
    if (claimed.count === 0) return undefined;
    await tx.inviteUse.create({ data: { inviteId: invite.id, userId: user.id, at: now } });
    const updated = await tx.user.update({
      where: { id: user.id },
      data: {
        role: invite.role,
        regencyCode: invite.regencyCode,
        provinceCode: invite.provinceCode,
        ...(profile.fullName ? { fullName: profile.fullName } : {}),
      },
    });
    // a rostered person's personal invite (roster import): their roster row and assignments follow
    await takeUpRosteredRole(tx, invite.id, user.id, now);
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: "INVITE_REDEEMED",
        entity: "User",
        entityId: String(user.id),
        before: { role: user.role, regencyCode: user.regencyCode, provinceCode: user.provinceCode },
        after: {
          role: invite.role,
          regencyCode: invite.regencyCode,
          provinceCode: invite.provinceCode,
          inviteId: invite.id,
        },
      },
    });
    return updated;
  });
  if (!result) {
    // taken meanwhile (the last use, or revoked/expired since the check): say which
    const now2 = await checkInvite(prisma, user, input, now);
    return now2.kind === "valid" ? { kind: "used_up", invite } : now2;
  }
  return { kind: "ok", invite, user: result, previousRole: user.role };
}

/** Codes an admin made that can still be used, newest first. */
export async function activeInvites(prisma: PrismaClient, now: Date, limit = 10) {
  const rows = await prisma.invite.findMany({
    where: { revokedAt: null, expiresAt: { gt: now } },
    orderBy: { id: "desc" },
    take: limit * 3,
  });
  return rows.filter((i) => i.uses < i.maxUses).slice(0, limit);
}

// --- failed tries ------------------------------------------------------------------------------
// Every refused /kode try (unknown, expired, revoked, used up, not a code) is audited with the first
// characters of what was typed (never the whole code), and the same rows throttle guessing: after
// CODE_FAILURES_MAX failures within CODE_FAILURE_WINDOW_MS a person waits until the oldest of them
// leaves the window.

const CODE_FAILURES_MAX = 5;
const CODE_FAILURE_WINDOW_MS = 15 * 60_000;
const CODE_FAILED = "INVITE_CODE_FAILED";
const CODE_THROTTLED = "INVITE_CODE_THROTTLED";
const CODE_PREFIX = 3;

/** Refusals that count as a failed try (having used it already, or being admin, do not). */
export function isFailedTry(r: InviteRefusal): boolean {
  return r.kind !== "already_yours" && r.kind !== "admin";
}

/** Enough of what was typed to recognise it in the log, never enough to use it. */
function codePrefix(input: string): string {
  return (normalizeCode(input) ?? input.trim().toUpperCase().replace(/[\s-]/g, "")).slice(0, CODE_PREFIX);
}

/** When this person may try a code again; undefined when they may now. */
export async function codeTriesBlockedUntil(
  prisma: PrismaClient,
  userId: number,
  now: Date,
): Promise<Date | undefined> {
  const since = new Date(now.getTime() - CODE_FAILURE_WINDOW_MS);
  const rows = await prisma.auditLog.findMany({
    where: { actorId: userId, action: CODE_FAILED, at: { gt: since } },
    orderBy: { at: "desc" },
    take: CODE_FAILURES_MAX,
    select: { at: true },
  });
  if (rows.length < CODE_FAILURES_MAX) return undefined;
  return new Date(rows[CODE_FAILURES_MAX - 1]!.at.getTime() + CODE_FAILURE_WINDOW_MS);
}

/** Audits a refused try (CODE_FAILED counts towards the throttle, CODE_THROTTLED does not). */
export async function auditCodeTry(
  prisma: PrismaClient,
  userId: number,
  input: string,
  outcome: { kind: "throttled"; until: Date } | InviteRefusal,
  now: Date,
): Promise<void> {
  const invite = "invite" in outcome ? outcome.invite : undefined;
  await prisma.auditLog.create({
    data: {
      actorId: userId,
      action: outcome.kind === "throttled" ? CODE_THROTTLED : CODE_FAILED,
      entity: "Invite",
      entityId: invite ? String(invite.id) : null,
      after: {
        reason: outcome.kind,
        codePrefix: codePrefix(input),
        ...(outcome.kind === "throttled" ? { until: outcome.until.toISOString() } : {}),
      },
      at: now,
    },
  });
}

// --- revoking ----------------------------------------------------------------------------------

export type RevokeResult =
  | { kind: "revoked"; invite: Invite }
  | { kind: "not_found" }
  | { kind: "forbidden"; invite: Invite }
  | { kind: "inactive"; invite: Invite; why: "revoked" | "expired" | "used_up" };

function inactiveReason(invite: Invite, now: Date): "revoked" | "expired" | "used_up" | undefined {
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  if (invite.uses >= invite.maxUses) return "used_up";
  return undefined;
}

/** Whether `actor` may revoke this invite: admins, and whoever made it. */
const mayRevoke = (actor: Pick<User, "id" | "role">, invite: Pick<Invite, "createdById">) =>
  actor.role === "ADMIN" || invite.createdById === actor.id;

/** The invite as it is now, for asking "revoke it?" (or saying why there is nothing to revoke). */
export async function revokableInvite(
  prisma: PrismaClient,
  actor: Pick<User, "id" | "role">,
  inviteId: number,
  now: Date,
): Promise<RevokeResult | { kind: "active"; invite: Invite }> {
  const invite = await prisma.invite.findUnique({ where: { id: inviteId } });
  if (!invite) return { kind: "not_found" };
  if (!mayRevoke(actor, invite)) return { kind: "forbidden", invite };
  const why = inactiveReason(invite, now);
  return why ? { kind: "inactive", invite, why } : { kind: "active", invite };
}

/** Revokes a code: it cannot be used any more (uses already made stay). Conditional and audited. */
export async function revokeInvite(
  prisma: PrismaClient,
  actor: Pick<User, "id" | "role">,
  inviteId: number,
  now: Date,
): Promise<RevokeResult> {
  const found = await revokableInvite(prisma, actor, inviteId, now);
  if (found.kind !== "active") return found;
  const invite = found.invite;
  return prisma.$transaction(async (tx) => {
    const done = await tx.invite.updateMany({ where: { id: invite.id, revokedAt: null }, data: { revokedAt: now } });
    if (done.count === 0) return { kind: "inactive" as const, invite, why: "revoked" as const };
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "INVITE_REVOKED",
        entity: "Invite",
        entityId: String(invite.id),
        before: { uses: invite.uses, maxUses: invite.maxUses, expiresAt: invite.expiresAt.toISOString() },
        after: { revokedAt: now.toISOString() },
        at: now,
      },
    });
    return { kind: "revoked" as const, invite: { ...invite, revokedAt: now } };
  });
}
