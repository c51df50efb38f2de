// Who may change a cooperative after registration. Any ACTIVE board member except the pengawas
// edits the koperasi's name, AHU and units; only the ketua changes positions, removes a pengurus or
// hands over the ketua role; an admin may do all of it (and (de)activate the coop).
import type { Membership, PrismaClient, User } from "../../generated/prisma/client.ts";

export type Editor = Pick<User, "id" | "role">;

export async function activeMembership(
  prisma: PrismaClient,
  userId: number,
  coopId: number,
): Promise<Membership | null> {
  return prisma.membership.findFirst({ where: { userId, coopId, status: "ACTIVE" } });
}

export async function canEditDetails(prisma: PrismaClient, editor: Editor, coopId: number): Promise<boolean> {
  if (editor.role === "ADMIN") return true;
  const m = await activeMembership(prisma, editor.id, coopId);
  return !!m && m.position !== "PENGAWAS";
}

export async function canManageBoard(prisma: PrismaClient, editor: Editor, coopId: number): Promise<boolean> {
  if (editor.role === "ADMIN") return true;
  const m = await activeMembership(prisma, editor.id, coopId);
  return m?.position === "KETUA";
}
