// Setting and revoking staff roles (BA, PMO, DINAS, ADMIN) with their area. Admins only.
// Revoking a BA (or moving them to another kab/kota) unassigns their coops (the Assignment row is
// closed) and hands their open help requests back to the coop's PMO tier. Returns who must be told;
// the caller renders and sends. Every change is audited. No Telegram here.
import type { PrismaClient, User } from "../../generated/prisma/client.ts";
import type { Role } from "../../generated/prisma/enums.ts";

export const ASSIGNABLE_ROLES = ["PENGURUS", "BA", "PMO", "DINAS", "ADMIN"] as const satisfies readonly Role[];
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

/** The area a role needs: a kab/kota for BA and PMO, a province for DINAS, none otherwise. */
export function areaLevelOf(role: AssignableRole): "regency" | "province" | null {
  return role === "BA" || role === "PMO" ? "regency" : role === "DINAS" ? "province" : null;
}

export interface RoleChange {
  targetId: number;
  role: AssignableRole;
  /** "61.12" for BA/PMO, "61" for DINAS */
  areaCode?: string | null;
}

export type RoleChangeResult =
  | { kind: "forbidden" }
  | { kind: "not_found" }
  | { kind: "bad_area" }
  | { kind: "self" }
  | { kind: "unchanged" }
  | {
      kind: "ok";
      target: User;
      before: { role: Role; regencyCode: string | null; provinceCode: string | null };
      /** coops that lost their BA (when a BA was revoked or moved) */
      unassignedCoopIds: number[];
      movedRequestIds: number[];
      /** PMOs of the kab/kota the BA left (to be told) */
      pmoIds: number[];
    };

export async function changeRole(
  prisma: PrismaClient,
  actor: Pick<User, "id" | "role">,
  change: RoleChange,
  now: Date,
): Promise<RoleChangeResult> {
  if (actor.role !== "ADMIN") return { kind: "forbidden" };
  if (actor.id === change.targetId) return { kind: "self" };
  const target = await prisma.user.findUnique({ where: { id: change.targetId } });
  if (!target || target.deletedAt) return { kind: "not_found" };
  const level = areaLevelOf(change.role);
  const area = change.areaCode ?? null;
  if (level === "regency" && !(area && /^\d{2}\.\d{2}$/.test(area))) return { kind: "bad_area" };
  if (level === "province" && !(area && /^\d{2}$/.test(area))) return { kind: "bad_area" };
  const regencyCode = level === "regency" ? area : null;
  const provinceCode = level === "regency" ? area!.slice(0, 2) : level === "province" ? area : null;
  if (target.role === change.role && target.regencyCode === regencyCode && target.provinceCode === provinceCode)
    return { kind: "unchanged" };

  const before = { role: target.role, regencyCode: target.regencyCode, provinceCode: target.provinceCode };
  const leavesBaPost = target.role === "BA" && (change.role !== "BA" || regencyCode !== target.regencyCode);
  return prisma.$transaction(async (tx) => {
    const unassignedCoopIds: number[] = [];
    const movedRequestIds: number[] = [];
    if (leavesBaPost) {
      const coops = await tx.cooperative.findMany({ where: { assignedBaId: target.id }, select: { id: true } });
      unassignedCoopIds.push(...coops.map((c) => c.id));
      await tx.assignment.updateMany({ where: { baId: target.id, toAt: null }, data: { toAt: now } });
      await tx.cooperative.updateMany({ where: { assignedBaId: target.id }, data: { assignedBaId: null } });
      const open = await tx.helpRequest.findMany({
        where: {
          status: { not: "CLOSED" },
          OR: [{ assigneeId: target.id }, { routedRole: "BA", routedToId: target.id }],
        },
        select: { id: true },
      });
      movedRequestIds.push(...open.map((r) => r.id));
      if (movedRequestIds.length > 0) {
        await tx.helpRequest.updateMany({
          where: { id: { in: movedRequestIds } },
          data: { routedRole: "PMO", routedToId: null, assigneeId: null, status: "OPEN" },
        });
      }
    }
    const updated = await tx.user.update({
      where: { id: target.id },
      data: { role: change.role, regencyCode, provinceCode },
    });
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "ROLE_CHANGED",
        entity: "User",
        entityId: String(target.id),
        before,
        after: { role: change.role, regencyCode, provinceCode, unassignedCoopIds, movedRequestIds },
      },
    });
    const pmoIds =
      leavesBaPost && before.regencyCode
        ? (
            await tx.user.findMany({
              where: { role: "PMO", regencyCode: before.regencyCode, deletedAt: null },
              select: { id: true },
            })
          ).map((p) => p.id)
        : [];
    return { kind: "ok" as const, target: updated, before, unassignedCoopIds, movedRequestIds, pmoIds };
  });
}
