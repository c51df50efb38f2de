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

/** Refuse an action: tell the user and write it to the audit log. */
export async function refuse(ctx: Ctx, action: string, detail: Record<string, unknown> = {}) {
  await recordRefused(ctx.deps.prisma, { actorId: ctx.user?.id ?? null, entity: action, after: { ...detail, data: ctx.callbackQuery?.data ?? ctx.message?.text?.slice(0, 100) ?? null } });
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
  else await ctx.reply(ctx.t("error-not-allowed"));
}
