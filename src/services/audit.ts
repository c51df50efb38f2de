// The audit log of refusals: who tried what (a forged button, a command outside their role, a stale
// press). No message text or report figures beyond the callback data / first 100 characters.
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

export async function recordRefused(
  prisma: PrismaClient,
  r: { actorId: number | null; entity: string; entityId?: string; after: Record<string, unknown> },
): Promise<void> {
  await prisma.auditLog.create({
    data: {
      actorId: r.actorId,
      action: "REFUSED",
      entity: r.entity,
      ...(r.entityId !== undefined ? { entityId: r.entityId } : {}),
      after: r.after as Prisma.InputJsonObject,
    },
  });
}
