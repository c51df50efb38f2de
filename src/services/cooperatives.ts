// Cooperative registration and membership (join requests and their approval). No Telegram here.
import type { PrismaClient, Cooperative, Membership, User } from "../generated/prisma/client.ts";
import type { BusinessUnit, Position } from "../generated/prisma/enums.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { decideMembership, type MembershipWithCoop } from "./memberships.ts";
import { hotSql } from "../db/hot-sql.ts";

/** Every business unit, in display order (the wizards' checklists, the longest-message tests). */
export const BUSINESS_UNITS: readonly BusinessUnit[] = [
  "KANTOR",
  "GERAI_SEMBAKO",
  "SIMPAN_PINJAM",
  "KLINIK",
  "APOTEK",
  "COLD_STORAGE",
  "LOGISTIK",
  "LAINNYA",
];

export interface RegistrationInput {
  userId: number;
  villageCode: string;
  districtCode: string;
  regencyCode: string;
  provinceCode: string;
  name: string;
  legalNumber: string | null;
  units: BusinessUnit[];
  position: Position;
}

export type RegisterResult =
  | { kind: "created"; coop: Cooperative; membership: Membership }
  | { kind: "village_taken"; coop: Cooperative }
  | { kind: "legal_number_taken"; coop: Cooperative };

/** AHU number as written on the Kemenkumham decree, e.g. AHU-0012345.AH.01.29.TAHUN 2025. */
export const AHU_PATTERN = /^AHU-\d{4,7}\.AH\.\d{2}\.\d{2}\.TAHUN \d{4}$/;

export function normalizeLegalNumber(input: string): string {
  return input
    .trim()
    .toUpperCase()
    .replace(/\s+/g, " ")
    .replace(/\s*\.\s*/g, ".")
    .replace(/^AHU\s*-?\s*/, "AHU-")
    .replace(/\.TAHUN\s*(\d{4})$/, ".TAHUN $1");
}

export async function findCoopByVillage(prisma: PrismaClient, villageCode: string) {
  return prisma.cooperative.findUnique({ where: { villageCode } });
}

export async function registerCooperative(prisma: PrismaClient, input: RegistrationInput): Promise<RegisterResult> {
  const existing = await prisma.cooperative.findUnique({ where: { villageCode: input.villageCode } });
  if (existing) return { kind: "village_taken", coop: existing };
  if (input.legalNumber) {
    const byLegal = await prisma.cooperative.findUnique({ where: { legalNumber: input.legalNumber } });
    if (byLegal) return { kind: "legal_number_taken", coop: byLegal };
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const coop = await tx.cooperative.create({
        data: {
          name: input.name,
          villageCode: input.villageCode,
          districtCode: input.districtCode,
          regencyCode: input.regencyCode,
          provinceCode: input.provinceCode,
          legalNumber: input.legalNumber,
          units: input.units,
          createdById: input.userId,
        },
      });
      const membership = await tx.membership.create({
        data: {
          userId: input.userId,
          coopId: coop.id,
          position: input.position,
          status: "ACTIVE",
          decidedAt: new Date(),
        },
      });
      if (input.legalNumber) {
        await tx.readinessItem.create({
          data: {
            coopId: coop.id,
            item: "AHU",
            state: "YES",
            detail: input.legalNumber,
            since: new Date(),
            updatedById: input.userId,
          },
        });
      }
      for (const unit of input.units) {
        await tx.readinessItem.create({
          data: { coopId: coop.id, item: `UNIT_${unit}`, state: "PLANNED", updatedById: input.userId },
        });
      }
      await tx.auditLog.create({
        data: {
          actorId: input.userId,
          action: "COOP_REGISTERED",
          entity: "Cooperative",
          entityId: String(coop.id),
          after: { ...input },
        },
      });
      return { kind: "created" as const, coop, membership };
    });
  } catch (e) {
    // lost a race: someone registered this desa (or AHU number) a moment ago
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const coop = await prisma.cooperative.findUnique({ where: { villageCode: input.villageCode } });
      if (coop) return { kind: "village_taken", coop };
      if (input.legalNumber) {
        const byLegal = await prisma.cooperative.findUnique({ where: { legalNumber: input.legalNumber } });
        if (byLegal) return { kind: "legal_number_taken", coop: byLegal };
      }
    }
    throw e;
  }
}

export type JoinResult =
  | { kind: "requested"; membership: Membership; approvers: User[]; approverRole: "KETUA" | "ADMIN" }
  | { kind: "already_member"; membership: Membership }
  | { kind: "already_pending"; membership: Membership };

export async function requestJoin(
  prisma: PrismaClient,
  userId: number,
  coopId: number,
  position: Position,
): Promise<JoinResult> {
  const existing = await prisma.membership.findUnique({ where: { userId_coopId: { userId, coopId } } });
  if (existing?.status === "ACTIVE") return { kind: "already_member", membership: existing };
  if (existing?.status === "PENDING") return { kind: "already_pending", membership: existing };
  const membership = existing
    ? await prisma.membership.update({
        where: { id: existing.id },
        data: { status: "PENDING", position, decidedAt: null, decidedById: null },
      })
    : await prisma.membership.create({ data: { userId, coopId, position, status: "PENDING" } });
  await prisma.auditLog.create({
    data: {
      actorId: userId,
      action: "JOIN_REQUESTED",
      entity: "Membership",
      entityId: String(membership.id),
      after: { coopId, position },
    },
  });
  const ketua = await prisma.membership.findMany({
    where: { coopId, status: "ACTIVE", position: "KETUA", userId: { not: userId }, user: { deletedAt: null } },
    include: { user: true },
  });
  if (ketua.length > 0)
    return { kind: "requested", membership, approvers: ketua.map((m) => m.user), approverRole: "KETUA" };
  const admins = await prisma.user.findMany({ where: { role: "ADMIN", deletedAt: null } });
  return { kind: "requested", membership, approvers: admins, approverRole: "ADMIN" };
}

export type DecideResult =
  | { kind: "decided"; membership: MembershipWithCoop; approved: boolean }
  | { kind: "not_found" }
  | { kind: "forbidden" }
  | { kind: "already_decided"; membership: MembershipWithCoop };

/** Only an ACTIVE ketua of that coop, or an admin, may decide. */
async function canDecideJoin(prisma: PrismaClient, decider: User, coopId: number): Promise<boolean> {
  if (decider.role === "ADMIN") return true;
  const m = await prisma.membership.findUnique({ where: { userId_coopId: { userId: decider.id, coopId } } });
  return m?.status === "ACTIVE" && m.position === "KETUA";
}

export async function decideJoin(
  prisma: PrismaClient,
  decider: User,
  membershipId: number,
  approve: boolean,
  at: Date,
): Promise<DecideResult> {
  const m = await prisma.membership.findUnique({ where: { id: membershipId }, include: { user: true, coop: true } });
  if (!m) return { kind: "not_found" };
  if (!(await canDecideJoin(prisma, decider, m.coopId))) return { kind: "forbidden" };
  if (m.status !== "PENDING") return { kind: "already_decided", membership: m };
  const r = await decideMembership(
    prisma,
    { membershipId: m.id, decider, approve, at },
    { action: approve ? "JOIN_APPROVED" : "JOIN_REJECTED" },
  );
  return r.kind === "decided" ? { ...r, approved: approve } : r;
}

export async function coopsOfUser(prisma: PrismaClient, userId: number) {
  return prisma.membership.findMany({
    where: { userId, status: { in: ["ACTIVE", "PENDING"] } },
    include: {
      coop: {
        include: {
          assignedBa: true,
          memberships: { where: { status: "ACTIVE" }, include: { user: true }, orderBy: { id: "asc" } },
        },
      },
    },
    orderBy: { id: "asc" },
  });
}

export async function adminsToNotify(prisma: PrismaClient): Promise<User[]> {
  return prisma.user.findMany({ where: { role: "ADMIN", deletedAt: null } });
}

export function coopById(prisma: PrismaClient, id: number) {
  return prisma.cooperative.findUnique({ where: { id } });
}

/**
 * Whether the user is on a koperasi's board or waiting to join one (a "new" user is neither).
 * Raw SQL: asked for every message nobody else handled (src/db/hot-sql.ts).
 */
export async function hasActiveOrPendingMembership(prisma: PrismaClient, userId: number): Promise<boolean> {
  const rows = await hotSql(prisma).query(
    `SELECT 1 FROM "Membership" WHERE "userId" = $1 AND status IN ('ACTIVE', 'PENDING') LIMIT 1`,
    [userId],
  );
  return rows.length > 0;
}
