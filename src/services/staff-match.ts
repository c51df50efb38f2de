// A rostered pendamping/Dinas officer who starts the bot and shares their own phone (Telegram's
// contact button) is offered the role and area of their StaffRoster row, like an invite would: the
// role is granted once (StaffRoster.userId set atomically; their personal invite, if any, used up),
// audited. No Telegram here.
import type { PrismaClient, StaffRoster, User } from "../generated/prisma/client.ts";
import { isInviteRole } from "./roles.ts";
import { normalizePhone } from "../lib/phone.ts";
import { followRosterAssignments } from "./imports/take-up.ts";
import { hotSql } from "../db/hot-sql.ts";

export interface StaffOffer {
  id: number;
  role: StaffRoster["role"];
  regencyCode: string | null;
  provinceCode: string | null;
}

/** The untaken staff roster row of this phone (any spelling), or null. Raw SQL on the driver: it
 * runs for every newcomer who shares their phone (src/db/hot-sql.ts). */
export async function staffRosterOfPhone(prisma: PrismaClient, phone: string | null): Promise<StaffOffer | null> {
  const key = normalizePhone(phone);
  if (!key) return null;
  const [r] = await hotSql(prisma).query<Pick<StaffRoster, "id" | "role" | "regencyCode" | "provinceCode" | "userId">>(
    `SELECT id, role::text AS role, "regencyCode", "provinceCode", "userId" FROM "StaffRoster" WHERE phone = $1`,
    [key],
  );
  if (!r || r.userId !== null || !isInviteRole(r.role)) return null;
  return { id: r.id, role: r.role, regencyCode: r.regencyCode, provinceCode: r.provinceCode };
}

export type TakeUpResult =
  { kind: "ok"; user: User; roster: StaffRoster; previousRole: User["role"] } | { kind: "taken" } | { kind: "admin" };

/** Grants the roster row's role and area to `user` (once), with the full name they typed. */
export async function takeUpStaffRole(
  prisma: PrismaClient,
  user: User,
  rosterId: number,
  now: Date,
  profile: { fullName?: string; phone?: string | null } = {},
): Promise<TakeUpResult> {
  if (user.role === "ADMIN") return { kind: "admin" };
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.staffRoster.updateMany({
      where: { id: rosterId, userId: null },
      data: { userId: user.id },
    });
    if (claimed.count === 0) return { kind: "taken" as const };
    const roster = await tx.staffRoster.findUniqueOrThrow({ where: { id: rosterId } });
    if (roster.inviteId) {
      // the personal invite of this row is used up by this person (nobody else can take the role)
      const invite = await tx.invite.findUnique({ where: { id: roster.inviteId } });
      const used = await tx.invite.updateMany({
        where: { id: roster.inviteId, uses: { lt: invite?.maxUses ?? 0 } },
        data: { uses: { increment: 1 } },
      });
      if (used.count > 0)
        await tx.inviteUse.upsert({
          where: { inviteId_userId: { inviteId: roster.inviteId, userId: user.id } },
          create: { inviteId: roster.inviteId, userId: user.id, at: now },
          update: {},
        });
    }
    const updated = await tx.user.update({
      where: { id: user.id },
      data: {
        role: roster.role,
        regencyCode: roster.regencyCode,
        provinceCode: roster.provinceCode ?? roster.regencyCode?.slice(0, 2) ?? null,
        ...(profile.fullName ? { fullName: profile.fullName } : {}),
        ...(profile.phone !== undefined ? { phone: profile.phone } : {}),
      },
    });
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: "STAFF_ROSTER_MATCHED",
        entity: "User",
        entityId: String(user.id),
        before: { role: user.role, regencyCode: user.regencyCode, provinceCode: user.provinceCode },
        after: {
          role: roster.role,
          regencyCode: roster.regencyCode,
          provinceCode: updated.provinceCode,
          staffRosterId: roster.id,
          importId: roster.importId,
          by: "phone",
        },
        at: now,
      },
    });
    await followRosterAssignments(tx, roster.id, roster.role, user.id, now);
    return { kind: "ok" as const, user: updated, roster, previousRole: user.role };
  });
}
