// Changing a cooperative's details and its board after registration. Every change writes an audit
// row on the Cooperative (entity "Cooperative", entityId = coop id) — that is the coop's history.
import type { Cooperative, Membership, PrismaClient } from "../../generated/prisma/client.ts";
import type { BusinessUnit, Position } from "../../generated/prisma/enums.ts";
import { type Editor, canEditDetails, canManageBoard } from "./access.ts";

export type EditResult =
  | { kind: "ok" }
  | { kind: "forbidden" }
  | { kind: "not_found" }
  | { kind: "taken"; coopName: string }
  | { kind: "invalid" };

type Refusal = { kind: "forbidden" } | { kind: "not_found" };

/** The coop whose details `editor` may change, or why not. */
async function editableCoop(
  prisma: PrismaClient,
  editor: Editor,
  coopId: number,
): Promise<Refusal | { kind: "editable"; coop: Cooperative }> {
  if (!(await canEditDetails(prisma, editor, coopId))) return { kind: "forbidden" };
  const coop = await prisma.cooperative.findUnique({ where: { id: coopId } });
  return coop ? { kind: "editable", coop } : { kind: "not_found" };
}

/** An ACTIVE board membership that `editor` may manage, or why not. */
async function managedMember(
  prisma: PrismaClient,
  editor: Editor,
  membershipId: number,
): Promise<Refusal | { kind: "managed"; m: Membership }> {
  const m = await prisma.membership.findUnique({ where: { id: membershipId } });
  if (!m || m.status !== "ACTIVE") return { kind: "not_found" };
  if (!(await canManageBoard(prisma, editor, m.coopId))) return { kind: "forbidden" };
  return { kind: "managed", m };
}

async function audit(
  prisma: PrismaClient,
  actorId: number,
  coopId: number,
  action: string,
  before: object,
  after: object,
) {
  await prisma.auditLog.create({
    data: { actorId, action, entity: "Cooperative", entityId: String(coopId), before, after },
  });
}

export async function renameCoop(
  prisma: PrismaClient,
  editor: Editor,
  coopId: number,
  name: string,
): Promise<EditResult> {
  const e = await editableCoop(prisma, editor, coopId);
  if (e.kind !== "editable") return e;
  const { coop } = e;
  await prisma.cooperative.update({ where: { id: coopId }, data: { name } });
  await audit(prisma, editor.id, coopId, "COOP_RENAMED", { name: coop.name }, { name });
  return { kind: "ok" };
}

/** AHU number (already normalised and format-checked), or null for "belum ada". Unique. */
export async function setLegalNumber(
  prisma: PrismaClient,
  editor: Editor,
  coopId: number,
  legalNumber: string | null,
): Promise<EditResult> {
  const e = await editableCoop(prisma, editor, coopId);
  if (e.kind !== "editable") return e;
  const { coop } = e;
  if (legalNumber) {
    const other = await prisma.cooperative.findUnique({ where: { legalNumber } });
    if (other && other.id !== coopId) return { kind: "taken", coopName: other.name };
  }
  try {
    await prisma.cooperative.update({ where: { id: coopId }, data: { legalNumber } });
  } catch {
    return { kind: "taken", coopName: "-" }; // registered concurrently
  }
  await audit(prisma, editor.id, coopId, "COOP_AHU_SET", { legalNumber: coop.legalNumber }, { legalNumber });
  return { kind: "ok" };
}

export async function setUnits(
  prisma: PrismaClient,
  editor: Editor,
  coopId: number,
  units: BusinessUnit[],
): Promise<EditResult> {
  const e = await editableCoop(prisma, editor, coopId);
  if (e.kind !== "editable") return e;
  const { coop } = e;
  if (units.length === 0) return { kind: "invalid" };
  const unique = [...new Set(units)];
  await prisma.cooperative.update({ where: { id: coopId }, data: { units: unique } });
  await audit(prisma, editor.id, coopId, "COOP_UNITS_SET", { units: coop.units }, { units: unique });
  return { kind: "ok" };
}

/** A board member's position. Not KETUA: the ketua role changes hands only by a confirmed handover. */
export async function setPosition(
  prisma: PrismaClient,
  editor: Editor,
  membershipId: number,
  position: Position,
): Promise<EditResult & { userId?: number }> {
  const found = await managedMember(prisma, editor, membershipId);
  if (found.kind !== "managed") return found;
  const { m } = found;
  if (position === "KETUA" || m.position === "KETUA") return { kind: "invalid" };
  await prisma.membership.update({ where: { id: m.id }, data: { position } });
  await audit(
    prisma,
    editor.id,
    m.coopId,
    "MEMBER_POSITION_SET",
    { userId: m.userId, position: m.position },
    { userId: m.userId, position },
  );
  return { kind: "ok", userId: m.userId };
}

/** The ketua (or an admin) removes another pengurus from the board. */
export async function removeMember(
  prisma: PrismaClient,
  editor: Editor,
  membershipId: number,
  now: Date,
): Promise<EditResult & { userId?: number; coopId?: number }> {
  const found = await managedMember(prisma, editor, membershipId);
  if (found.kind !== "managed") return found;
  const { m } = found;
  if (m.userId === editor.id || m.position === "KETUA") return { kind: "invalid" };
  await prisma.membership.update({
    where: { id: m.id },
    data: { status: "REMOVED", decidedById: editor.id, decidedAt: now },
  });
  await audit(
    prisma,
    editor.id,
    m.coopId,
    "MEMBER_REMOVED",
    { userId: m.userId, position: m.position },
    { userId: m.userId, status: "REMOVED" },
  );
  return { kind: "ok", userId: m.userId, coopId: m.coopId };
}

export type LeaveResult = { kind: "ok"; coopId: number } | { kind: "not_member" } | { kind: "ketua_must_hand_over" };

/** A pengurus leaves a coop's board (their account and data stay). A ketua with others on the board hands over first. */
export async function leaveCoop(prisma: PrismaClient, userId: number, coopId: number, now: Date): Promise<LeaveResult> {
  const m = await prisma.membership.findFirst({ where: { userId, coopId, status: { in: ["ACTIVE", "PENDING"] } } });
  if (!m) return { kind: "not_member" };
  if (m.position === "KETUA" && m.status === "ACTIVE") {
    const others = await prisma.membership.count({ where: { coopId, status: "ACTIVE", userId: { not: userId } } });
    if (others > 0) return { kind: "ketua_must_hand_over" };
  }
  await prisma.membership.update({
    where: { id: m.id },
    data: { status: "REMOVED", decidedById: userId, decidedAt: now },
  });
  await audit(prisma, userId, coopId, "MEMBER_LEFT", { userId, position: m.position }, { userId, status: "REMOVED" });
  return { kind: "ok", coopId };
}

/** Admins (de)activate a coop: an INACTIVE coop gets no reminders and leaves the recaps' denominators. */
export async function setCoopStatus(
  prisma: PrismaClient,
  editor: Editor,
  coopId: number,
  status: "ACTIVE" | "INACTIVE",
): Promise<EditResult> {
  if (editor.role !== "ADMIN") return { kind: "forbidden" };
  const coop = await prisma.cooperative.findUnique({ where: { id: coopId } });
  if (!coop) return { kind: "not_found" };
  if (coop.status === status) return { kind: "ok" };
  await prisma.cooperative.update({ where: { id: coopId }, data: { status } });
  await audit(
    prisma,
    editor.id,
    coopId,
    status === "ACTIVE" ? "COOP_REACTIVATED" : "COOP_DEACTIVATED",
    { status: coop.status },
    { status },
  );
  return { kind: "ok" };
}
