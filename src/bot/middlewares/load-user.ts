// Loads (or creates) the sender as a DB user and caches their stored locale for i18n.
import type { NextFunction } from "grammy";
import type { Ctx } from "../context.ts";
import { upsertUserFromTelegram } from "../../services/users.ts";
import { isLocale } from "../../i18n.ts";

export async function loadUser(ctx: Ctx, next: NextFunction) {
  const from = ctx.from;
  if (from && !from.is_bot) {
    const { prisma, config, locales } = ctx.deps;
    ctx.user = await upsertUserFromTelegram(prisma, { telegramId: BigInt(from.id), firstName: from.first_name, username: from.username }, config.adminTelegramIds);
    locales.set(from.id, isLocale(ctx.user.locale) ? ctx.user.locale : undefined);
  }
  await next();
}
