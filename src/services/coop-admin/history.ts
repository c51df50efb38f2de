// A coop's change history (from its audit rows), newest first.
import type { PrismaClient } from "../../generated/prisma/client.ts";

export interface HistoryEntry {
  action: string;
  at: Date;
  actorName: string | null;
}

export async function coopHistory(prisma: PrismaClient, coopId: number, limit = 5): Promise<HistoryEntry[]> {
  const rows = await prisma.auditLog.findMany({
    where: { entity: "Cooperative", entityId: String(coopId), action: { not: "REFUSED" } },
    include: { actor: { select: { fullName: true, tgFirstName: true } } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map((r) => ({
    action: r.action,
    at: r.at,
    actorName: r.actor?.fullName ?? r.actor?.tgFirstName ?? null,
  }));
}
