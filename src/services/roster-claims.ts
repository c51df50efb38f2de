// Claiming a rostered coop (issue 20 item 3). A desa whose official KDKMP is in the roster
// (RosterCoop, coopId null) is claimed by the pengurus who picks it in registration: the
// Cooperative is created from the roster (name, AHU, units, readiness, rostered BA) and linked.
// A Telegram-shared phone equal to the rostered ketua phone verifies the claim at once; any other
// claim waits (PENDING membership) for the coop's BA, else the kab/kota PMO, else an admin.
// A rejected claim releases the coop (deleted, roster row unlinked) when nobody else is on it.
// "Bukan" (the roster entry is not theirs) registers their own coop, links the roster row to it
// (one coop per desa still holds) and is reported to the same people as a conflict. No Telegram here.
import type { PrismaClient, Cooperative, Membership, RosterCoop, User } from "../generated/prisma/client.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Position } from "../generated/prisma/enums.ts";
import { checklistDef, unitItem } from "./readiness.ts";
import { effectiveRole } from "./roles.ts";
import { samePhone } from "../lib/phone.ts";
import { decideMembership, type MembershipWithCoop } from "./memberships.ts";

type Tx = Prisma.TransactionClient;

export interface RosterOffer {
  id: number;
  name: string;
  legalNumber: string | null;
}

/** The desa's rostered coop still without a coop on the bot (shown only after consent). */
export async function unclaimedRosterOfVillage(prisma: PrismaClient, villageCode: string): Promise<RosterOffer | null> {
  const r = await prisma.rosterCoop.findUnique({
    where: { villageCode },
    select: { id: true, name: true, legalNumber: true, coopId: true },
  });
  return r && r.coopId === null ? { id: r.id, name: r.name, legalNumber: r.legalNumber } : null;
}

export type VerifierRole = "BA" | "PMO" | "ADMIN";

/** Who confirms a claim in this coop: its BA, else the kab/kota's PMOs, else the admins. */
export async function claimVerifiers(
  prisma: PrismaClient | Tx,
  coop: Pick<Cooperative, "assignedBaId" | "regencyCode">,
): Promise<{ role: VerifierRole; users: User[] }> {
  if (coop.assignedBaId) {
    const ba = await prisma.user.findFirst({ where: { id: coop.assignedBaId, role: "BA", deletedAt: null } });
    if (ba) return { role: "BA", users: [ba] };
  }
  const pmo = await prisma.user.findMany({
    where: { role: "PMO", regencyCode: coop.regencyCode, deletedAt: null },
    orderBy: { id: "asc" },
  });
  if (pmo.length) return { role: "PMO", users: pmo };
  const admins = await prisma.user.findMany({ where: { role: "ADMIN", deletedAt: null }, orderBy: { id: "asc" } });
  return { role: "ADMIN", users: admins };
}

/** May `u` accept or reject a claim in this coop (the coop's BA, its kab/kota PMO, an admin)? */
function canVerifyClaim(
  u: Pick<User, "id" | "role" | "regencyCode"> & { deletedAt?: Date | null },
  coop: Pick<Cooperative, "assignedBaId" | "regencyCode">,
): boolean {
  const role = effectiveRole(u);
  if (role === "ADMIN") return true;
  if (role === "PMO") return !!u.regencyCode && u.regencyCode === coop.regencyCode;
  if (role === "BA") return coop.assignedBaId === u.id;
  return false;
}

export interface ClaimInput {
  userId: number;
  rosterId: number;
  position: Position;
  /** the phone on the user's profile */
  phone: string | null;
  /** the phone came from Telegram's own contact button (the user's own number) */
  phoneVerified: boolean;
  now: Date;
}

export type ClaimResult =
  | { kind: "claimed"; coop: Cooperative; membership: Membership; verified: boolean }
  | { kind: "village_taken"; coop: Cooperative }
  | { kind: "gone" };

/** Readiness rows the roster gives: { ITEM: "YYYY-MM-DD" } (done at that date) or { ITEM: { state, since } }. */
function rosterReadiness(readiness: unknown): Array<{ item: string; state: string; since: Date | null }> {
  if (!readiness || typeof readiness !== "object") return [];
  const out: Array<{ item: string; state: string; since: Date | null }> = [];
  for (const [item, v] of Object.entries(readiness as Record<string, unknown>)) {
    const def = checklistDef(item);
    if (!def) continue;
    const o = typeof v === "string" ? { since: v } : v && typeof v === "object" ? (v as Record<string, unknown>) : {};
    const state = typeof o.state === "string" && def.states.includes(o.state) ? o.state : def.states.at(-1)!;
    const since = typeof o.since === "string" && !Number.isNaN(Date.parse(o.since)) ? new Date(o.since) : null;
    out.push({ item, state, since });
  }
  return out;
}

/** The roster coop's BA on the bot: assignedBaId, else the User who took up its baStaffId row. */
async function rosterBa(
  tx: Tx | PrismaClient,
  roster: Pick<RosterCoop, "assignedBaId" | "baStaffId">,
): Promise<User | null> {
  let id = roster.assignedBaId;
  if (id === null && roster.baStaffId !== null)
    id =
      (await tx.staffRoster.findUnique({ where: { id: roster.baStaffId }, select: { userId: true } }))?.userId ?? null;
  if (id === null) return null;
  return tx.user.findFirst({ where: { id, role: "BA", deletedAt: null } });
}

/** The Assignment row of a rostered BA (by whoever imported the roster). */
async function assignRosterBa(tx: Tx, roster: RosterCoop, coopId: number, baId: number, now: Date) {
  const imp = await tx.import.findUnique({ where: { id: roster.importId }, select: { byId: true } });
  const byId = imp && (await tx.user.findUnique({ where: { id: imp.byId }, select: { id: true } })) ? imp.byId : baId;
  await tx.assignment.create({ data: { coopId, baId, byId, fromAt: now } });
}

class Taken extends Error {}

export async function claimRosterCoop(prisma: PrismaClient, input: ClaimInput): Promise<ClaimResult> {
  const { now } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      const roster = await tx.rosterCoop.findUnique({ where: { id: input.rosterId } });
      if (!roster) return { kind: "gone" as const };
      const existing = await tx.cooperative.findUnique({ where: { villageCode: roster.villageCode } });
      if (existing) return { kind: "village_taken" as const, coop: existing };
      if (roster.coopId !== null) return { kind: "gone" as const };
      const ahuTaken =
        !!roster.legalNumber && !!(await tx.cooperative.findUnique({ where: { legalNumber: roster.legalNumber } }));
      const legalNumber = ahuTaken ? null : roster.legalNumber;
      const ba = await rosterBa(tx, roster);
      const coop = await tx.cooperative.create({
        data: {
          name: roster.name,
          villageCode: roster.villageCode,
          districtCode: roster.districtCode,
          regencyCode: roster.regencyCode,
          provinceCode: roster.provinceCode,
          legalNumber,
          units: roster.units,
          assignedBaId: ba?.id ?? null,
          createdById: input.userId,
          createdAt: now,
        },
      });
      const linked = await tx.rosterCoop.updateMany({
        where: { id: roster.id, coopId: null },
        data: { coopId: coop.id, claimedAt: now },
      });
      if (linked.count === 0) throw new Taken();
      const verified = input.phoneVerified && samePhone(roster.ketuaPhone, input.phone);
      const membership = await tx.membership.create({
        data: {
          userId: input.userId,
          coopId: coop.id,
          position: input.position,
          status: verified ? "ACTIVE" : "PENDING",
          decidedAt: verified ? now : null,
        },
      });
      await writeReadiness(tx, coop, roster, input.userId, now);
      if (ba) await assignRosterBa(tx, roster, coop.id, ba.id, now);
      await tx.auditLog.create({
        data: {
          actorId: input.userId,
          action: "ROSTER_CLAIMED",
          entity: "Cooperative",
          entityId: String(coop.id),
          after: {
            rosterId: roster.id,
            importId: roster.importId,
            membershipId: membership.id,
            position: input.position,
            verified,
            by: verified ? "phone" : "pending",
            ...(ahuTaken ? { ahuTakenBy: roster.legalNumber } : {}),
          },
          at: now,
        },
      });
      return { kind: "claimed" as const, coop, membership, verified };
    });
  } catch (e) {
    const race = e instanceof Taken || (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002");
    if (!race) throw e;
    const roster = await prisma.rosterCoop.findUnique({ where: { id: input.rosterId } });
    const coop = roster && (await prisma.cooperative.findUnique({ where: { villageCode: roster.villageCode } }));
    return coop ? { kind: "village_taken", coop } : { kind: "gone" };
  }
}

async function writeReadiness(tx: Tx, coop: Cooperative, roster: RosterCoop, userId: number, now: Date) {
  const rows = new Map<string, { state: string; since: Date | null; detail?: string }>();
  if (coop.legalNumber) rows.set("AHU", { state: "YES", since: now, detail: coop.legalNumber });
  for (const unit of coop.units) rows.set(unitItem(unit), { state: "PLANNED", since: null });
  for (const r of rosterReadiness(roster.readiness))
    rows.set(r.item, {
      state: r.state,
      since: r.since ?? now,
      ...(rows.get(r.item)?.detail ? { detail: rows.get(r.item)!.detail! } : {}),
    });
  if (rows.size === 0) return;
  await tx.readinessItem.createMany({
    data: [...rows].map(([item, r]) => ({
      coopId: coop.id,
      item,
      state: r.state,
      since: r.since,
      detail: r.detail ?? null,
      updatedById: userId,
    })),
  });
}

export type ClaimDecision =
  | { kind: "decided"; approved: boolean; released: boolean; membership: MembershipWithCoop }
  | { kind: "not_found" }
  | { kind: "forbidden" }
  | { kind: "already_decided"; membership: MembershipWithCoop };

/**
 * The verifier's answer to a pending claim. Accept: the membership becomes ACTIVE. Reject: REJECTED,
 * and when nobody else is on the coop it is released (deleted; the roster row is claimable again).
 */
export async function decideClaim(
  prisma: PrismaClient,
  decider: User,
  membershipId: number,
  approve: boolean,
  now: Date,
): Promise<ClaimDecision> {
  const m = await prisma.membership.findUnique({ where: { id: membershipId }, include: { user: true, coop: true } });
  if (!m) return { kind: "not_found" };
  const roster = await prisma.rosterCoop.findUnique({ where: { coopId: m.coopId } });
  if (!roster || !canVerifyClaim(decider, m.coop)) return { kind: "forbidden" };
  if (m.status !== "PENDING") return { kind: "already_decided", membership: m };
  return prisma.$transaction(async (tx): Promise<ClaimDecision> => {
    const others = await tx.membership.count({ where: { coopId: m.coopId, id: { not: m.id } } });
    const released = !approve && others === 0 && m.coop.createdById === m.userId;
    const r = await decideMembership(
      tx,
      { membershipId: m.id, decider, approve, at: now },
      {
        action: approve ? "CLAIM_VERIFIED" : "CLAIM_REJECTED",
        after: { coopId: m.coopId, rosterId: roster.id, released },
        at: now,
      },
    );
    if (r.kind === "already_decided") return r;
    if (released) {
      await tx.rosterCoop.update({ where: { id: roster.id }, data: { coopId: null, claimedAt: null } });
      await tx.cooperative.delete({ where: { id: m.coopId } });
    }
    return { ...r, approved: approve, released };
  });
}

export interface ConflictInput {
  rosterId: number;
  coopId: number;
  userId: number;
  now: Date;
}

/**
 * "Bukan" then a registration of their own: the roster row is linked to that coop (the desa has
 * its one KDKMP on the bot; claimedAt stays null: not claimed), the rostered BA assigned, and the
 * conflict audited. Returns the roster row (for the report to the verifiers) or null when gone.
 */
export async function linkConflictingCoop(prisma: PrismaClient, input: ConflictInput): Promise<RosterCoop | null> {
  return prisma.$transaction(async (tx) => {
    const roster = await tx.rosterCoop.findUnique({ where: { id: input.rosterId } });
    const coop = await tx.cooperative.findUnique({ where: { id: input.coopId } });
    if (!roster || !coop || roster.villageCode !== coop.villageCode) return null;
    const linked = await tx.rosterCoop.updateMany({
      where: { id: roster.id, coopId: null },
      data: { coopId: coop.id },
    });
    if (linked.count === 0) return null;
    const ba = await rosterBa(tx, roster);
    if (ba && coop.assignedBaId === null) {
      await tx.cooperative.update({ where: { id: coop.id }, data: { assignedBaId: ba.id } });
      await assignRosterBa(tx, roster, coop.id, ba.id, input.now);
    }
    await tx.auditLog.create({
      data: {
        actorId: input.userId,
        action: "ROSTER_CONFLICT",
        entity: "Cooperative",
        entityId: String(coop.id),
        before: { rosterId: roster.id, name: roster.name, legalNumber: roster.legalNumber },
        after: { name: coop.name, legalNumber: coop.legalNumber },
        at: input.now,
      },
    });
    return { ...roster, coopId: coop.id, assignedBaId: ba?.id ?? roster.assignedBaId };
  });
}
