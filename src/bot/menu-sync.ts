// Keeps each person's "/" chat menu in step with their role: staff get a chat-scoped menu of their
// role's commands, published on their first update after it went missing or out of date (an admin
// from ADMIN_TELEGRAM_IDS never changes role, so nothing else would publish theirs). The version
// published is kept on the user, so this costs one comparison per update and one API call per change.
import { createHash } from "node:crypto";
import type { NextFunction } from "grammy";
import type { Ctx } from "./context.ts";
import { menuFor, publishChatMenu } from "./command-menu.ts";

/** The version of a menu: a short hash of its commands and descriptions (so locale changes count). */
export function menuVersionOf(menu: readonly { command: string; description: string }[]): string {
  return createHash("sha256").update(JSON.stringify(menu)).digest("base64url").slice(0, 16);
}

/** The middleware (one per bot): "userId:version" tried by this bot is not retried on every update. */
export function syncChatMenu() {
  const tried = new Set<string>();
  return (ctx: Ctx, next: NextFunction) => syncOne(ctx, tried, next);
}

async function syncOne(ctx: Ctx, tried: Set<string>, next: NextFunction) {
  const user = ctx.user;
  if (user && ctx.chat?.type === "private" && !user.deletedAt) {
    // pengurus use the default menu (no chat scope): null means nothing chat-scoped is published
    const menu = user.role === "PENGURUS" ? undefined : menuFor(user.role, ctx.t.bind(ctx));
    const version = menu ? menuVersionOf(menu) : null;
    const key = `${user.id}:${version}`;
    if ((user.menuVersion ?? null) !== version && !tried.has(key)) {
      tried.add(key);
      let ok = true;
      const failed = (e: Error) => {
        ok = false;
        ctx.deps.logger.warn({ err: e.message }, "chat menu publish failed (ignored)");
      };
      if (menu) await publishChatMenu(ctx.api, ctx.chat.id, menu, failed);
      else await ctx.api.deleteMyCommands({ scope: { type: "chat", chat_id: ctx.chat.id } }).catch(failed);
      if (ok) {
        await ctx.deps.prisma.user.update({ where: { id: user.id }, data: { menuVersion: version } });
        user.menuVersion = version;
      }
    }
  }
  await next();
}
