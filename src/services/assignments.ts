// Assigning cooperatives to business assistants (BA): load per BA, the lightest-load suggestion,
// coops grouped by kecamatan for picking, and the assignment itself with its history rows.
// Open help requests of a reassigned coop follow it to the new BA. No Telegram here.
import type { Cooperative, PrismaClient, User } from "../generated/prisma/client.ts";
import type { Db } from "../db/client.ts";
import { canManageRegency } from "./roles.ts";

export interface BaLoad {
  ba: User;
  /** active cooperatives assigned to this BA */
  load: number;
}

/** BAs of a kab/kota with their load, lightest first (ties: the longest-serving BA first). */
export async function baLoads(prisma: PrismaClient, regencyCode: string): Promise<BaLoad[]> {
  const bas = await prisma.user.findMany({
    where: { role: "BA", regencyCode, deletedAt: null },
    orderBy: { id: "asc" },
  });
  if (bas.length === 0) return [];
  const counts = await prisma.cooperative.groupBy({
    by: ["assignedBaId"],
    where: { assignedBaId: { in: bas.map((b) => b.id) }, status: "ACTIVE" },
    _count: { _all: true },
  });
  const byId = new Map(counts.map((c) => [c.assignedBaId, c._count._all]));
  return bas.map((ba) => ({ ba, load: byId.get(ba.id) ?? 0 })).sort((a, b) => a.load - b.load || a.ba.id - b.ba.id);
}

/** The BA to suggest: the one with the fewest active cooperatives. */
export function suggestBa(loads: BaLoad[]): BaLoad | undefined {
  return loads[0];
}

export interface AreaCount {
  code: string;
  total: number;
  unassigned: number;
}

async function countBy(prisma: PrismaClient, by: "regencyCode" | "districtCode", where: object): Promise<AreaCount[]> {
  const all = await prisma.cooperative.groupBy({ by: [by], where, _count: { _all: true } });
  const free = await prisma.cooperative.groupBy({
    by: [by],
    where: { ...where, assignedBaId: null },
    _count: { _all: true },
  });
  const freeBy = new Map(free.map((f) => [(f as Record<string, unknown>)[by] as string, f._count._all]));
  return all
    .map((a) => {
      const code = (a as Record<string, unknown>)[by] as string;
      return { code, total: a._count._all, unassigned: freeBy.get(code) ?? 0 };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Kab/kota that have registered cooperatives (all of them for an admin, their own for a PMO). */
export async function regenciesWithCoops(
  prisma: PrismaClient,
  user: Pick<User, "id" | "role" | "regencyCode" | "provinceCode">,
): Promise<AreaCount[]> {
  const rows = await countBy(prisma, "regencyCode", { status: "ACTIVE" });
  return rows.filter((r) => canManageRegency(user, r.code));
}

export async function districtsWithCoops(prisma: PrismaClient, regencyCode: string): Promise<AreaCount[]> {
  return countBy(prisma, "districtCode", { regencyCode, status: "ACTIVE" });
}

export async function coopsInDistrict(prisma: PrismaClient, districtCode: string) {
  return prisma.cooperative.findMany({
    where: { districtCode, status: "ACTIVE" },
    include: { assignedBa: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export type AssignResult =
  | { kind: "forbidden" }
  | { kind: "bad_ba" }
  | { kind: "bad_coops" }
  | {
      kind: "ok";
      ba: User;
      /** coops now with this BA that were not before, with whom they had */
      changed: Array<{ coop: Cooperative; previousBa: User | null }>;
      /** already with this BA: nothing to do */
      unchanged: Cooperative[];
      /** open help requests that moved to this BA */
      movedRequestIds: number[];
    };

/**
 * Assign coops to a BA. The actor must be an admin, or the PMO of the coops' kab/kota; the BA must
 * work in that same kab/kota. Every change closes the previous Assignment row and opens a new one.
 */
export async function assignCoops(
  prisma: PrismaClient,
  by: User,
  baId: number,
  coopIds: number[],
  now: Date,
): Promise<AssignResult> {
  const ids = [...new Set(coopIds)];
  if (ids.length === 0) return { kind: "bad_coops" };
  const ba = await prisma.user.findUnique({ where: { id: baId } });
  if (!ba || ba.role !== "BA" || ba.deletedAt || !ba.regencyCode) return { kind: "bad_ba" };
  const coops = await prisma.cooperative.findMany({ where: { id: { in: ids } }, include: { assignedBa: true } });
  if (coops.length !== ids.length) return { kind: "bad_coops" };
  if (coops.some((c) => !canManageRegency(by, c.regencyCode))) return { kind: "forbidden" };
  if (coops.some((c) => c.regencyCode !== ba.regencyCode)) return { kind: "bad_ba" };

  const changed: Array<{ coop: Cooperative; previousBa: User | null }> = [];
  const unchanged: Cooperative[] = [];
  const movedRequestIds: number[] = [];
  for (const coop of coops.sort((a, b) => a.id - b.id)) {
    if (coop.assignedBaId === ba.id) {
      unchanged.push(coop);
      continue;
    }
    const previousBa = coop.assignedBa;
    const moved = await prisma.$transaction(async (tx) => {
      await tx.assignment.updateMany({ where: { coopId: coop.id, toAt: null }, data: { toAt: now } });
      await tx.assignment.create({ data: { coopId: coop.id, baId: ba.id, byId: by.id, fromAt: now } });
      const updated = await tx.cooperative.update({ where: { id: coop.id }, data: { assignedBaId: ba.id } });
      // open requests follow the coop: those routed to (or taken by) the old BA, and those not taken by anyone
      const open = await tx.helpRequest.findMany({ where: { coopId: coop.id, status: { not: "CLOSED" } } });
      const ids: number[] = [];
      for (const r of open) {
        const wasOldBa =
          previousBa !== null &&
          (r.assigneeId === previousBa.id || (r.routedRole === "BA" && r.routedToId === previousBa.id));
        if (!wasOldBa && r.assigneeId !== null) continue; // taken by a PMO/admin: leave it with them
        await tx.helpRequest.update({
          where: { id: r.id },
          data: { routedRole: "BA", routedToId: ba.id, ...(r.assigneeId !== null ? { assigneeId: ba.id } : {}) },
        });
        ids.push(r.id);
      }
      await tx.auditLog.create({
        data: {
          actorId: by.id,
          action: "COOP_ASSIGNED",
          entity: "Cooperative",
          entityId: String(coop.id),
          before: { baId: previousBa?.id ?? null },
          after: { baId: ba.id, movedRequests: ids },
        },
      });
      return { updated, ids };
    });
    changed.push({ coop: moved.updated, previousBa });
    movedRequestIds.push(...moved.ids);
  }
  return { kind: "ok", ba, changed, unchanged, movedRequestIds };
}

/** Ketua and all ACTIVE pengurus of some coops (for notifications and contact lines). */
export async function activeBoards(prisma: Db, coopIds: number[]) {
  const rows = await prisma.membership.findMany({
    where: { coopId: { in: coopIds }, status: "ACTIVE", user: { deletedAt: null } },
    include: { user: true },
    orderBy: { id: "asc" },
  });
  const byCoop = new Map<number, { ketua: User | undefined; members: User[] }>();
  for (const id of coopIds) byCoop.set(id, { ketua: undefined, members: [] });
  for (const m of rows) {
    const b = byCoop.get(m.coopId)!;
    b.members.push(m.user);
    if (m.position === "KETUA" && !b.ketua) b.ketua = m.user;
  }
  return byCoop;
}
