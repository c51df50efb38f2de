// Reading the audit log (admins): recent entries, those of one cooperative, or those by or about one
// person; newest first, paged by offset. No Telegram here.
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

export type AuditScope = { kind: "recent" } | { kind: "coop"; id: number } | { kind: "user"; id: number };

export interface AuditEntry {
  id: number;
  at: Date;
  action: string;
  entity: string;
  entityId: string | null;
  actorName: string | null;
}

export const AUDIT_PAGE = 6;

function where(scope: AuditScope): Prisma.AuditLogWhereInput {
  if (scope.kind === "coop") return { entity: "Cooperative", entityId: String(scope.id) };
  if (scope.kind === "user") return { OR: [{ actorId: scope.id }, { entity: "User", entityId: String(scope.id) }] };
  return {};
}

export async function auditPage(
  prisma: PrismaClient,
  scope: AuditScope,
  page: number,
): Promise<{ entries: AuditEntry[]; total: number }> {
  const w = where(scope);
  const [rows, total] = await Promise.all([
    prisma.auditLog.findMany({
      where: w,
      include: { actor: { select: { fullName: true, tgFirstName: true } } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: page * AUDIT_PAGE,
      take: AUDIT_PAGE,
    }),
    prisma.auditLog.count({ where: w }),
  ]);
  return {
    total,
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      actorName: r.actor?.fullName ?? r.actor?.tgFirstName ?? null,
    })),
  };
}
