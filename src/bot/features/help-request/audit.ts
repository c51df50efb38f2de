// Audit of refused-but-understandable presses (a BA after reassignment, a closed request…): the
// same REFUSED row as refuse() writes, while the person gets a specific explanation.
import type { Ctx } from "../../context.ts";

export async function auditStale(ctx: Ctx, requestId: number, reason: string) {
  await ctx.deps.prisma.auditLog.create({
    data: { actorId: ctx.user?.id ?? null, action: "REFUSED", entity: "HelpRequest", entityId: String(requestId), after: { reason, data: ctx.callbackQuery?.data ?? null } },
  });
}
