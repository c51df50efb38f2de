// Audit of refused-but-understandable presses (a BA after reassignment, a closed request…): the
// same REFUSED row as refuse() writes, while the person gets a specific explanation.
import type { Ctx } from "../../context.ts";
import { recordRefused } from "../../../services/audit.ts";

export async function auditStale(ctx: Ctx, requestId: number, reason: string) {
  await recordRefused(ctx.deps.prisma, {
    actorId: ctx.user?.id ?? null,
    entity: "HelpRequest",
    entityId: String(requestId),
    after: { reason, data: ctx.callbackQuery?.data ?? null },
  });
}
