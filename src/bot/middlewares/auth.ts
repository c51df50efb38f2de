// Role guards and the audit trail for refused actions (forged or stale callback data).
import type { Ctx } from "../context.ts";
import type { Role } from "../../generated/prisma/enums.ts";
import { recordRefused } from "../../services/audit.ts";

export function hasRole(...roles: Role[]) {
  return (ctx: Ctx) => !!ctx.user && roles.includes(ctx.user.role);
}

export function hasConsent(ctx: Ctx) {
  return !!ctx.user?.consentAt && !ctx.user.deletedAt;
}

// Which detail field holds the refused entity's id (first one present wins).
const ID_KEYS = ["id", "reportId", "coopId", "membershipId", "requestId", "userId"] as const;

/** The refused entity's id, for the indexed AuditLog.entityId column (null when unknown). */
function refusedEntityId(detail: Record<string, unknown>): string | null {
  for (const k of ID_KEYS) {
    const v = detail[k];
    if (typeof v === "number" || typeof v === "bigint" || (typeof v === "string" && v !== "")) return String(v);
  }
  return null;
}

/** Refuse an action: tell the user and write it to the audit log. */
export async function refuse(ctx: Ctx, action: string, detail: Record<string, unknown> = {}) {
  const entityId = refusedEntityId(detail);
  await recordRefused(ctx.deps.prisma, {
    actorId: ctx.user?.id ?? null,
    entity: action,
    ...(entityId !== null ? { entityId } : {}),
    after: { ...detail, data: ctx.callbackQuery?.data ?? ctx.message?.text?.slice(0, 100) ?? null },
  });
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
  else await ctx.reply(ctx.t("error-not-allowed"));
}
