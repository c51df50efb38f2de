// Keeps each person's "/" chat menu in step with their role: staff get a chat-scoped menu of their
// role's commands, published on their first update after it went missing or out of date (an admin
// from ADMIN_TELEGRAM_IDS never changes role, so nothing else would publish theirs). The version
// published is kept on the user (User.menuVersion), by this middleware and by whoever changes a role
// (role wizard, invite), so this costs one comparison per update and one API call per change. The
// menu and its version are computed once per role and locale.
import { createHash } from "node:crypto";
import type { Api, NextFunction } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Ctx } from "./context.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Role } from "../generated/prisma/enums.ts";
import { localeOf } from "../i18n.ts";
import { effectiveRole } from "../services/roles.ts";
import { menuFor, publishChatMenu } from "./command-menu.ts";

/** The version of a menu: a short hash of its commands and descriptions (so locale changes count). */
function menuVersionOf(menu: readonly { command: string; description: string }[]): string {
  return createHash("sha256").update(JSON.stringify(menu)).digest("base64url").slice(0, 16);
}

/** A role's chat menu (JSON-safe); pengurus use the default menu: nothing chat-scoped, version null. */
export interface RoleMenu {
  menu: BotCommand[] | null;
  version: string | null;
}

const NO_MENU: RoleMenu = { menu: null, version: null };
const memo = new Map<string, RoleMenu>();

/** The chat menu of a role in the language of `t`, memoised per role and locale. */
export function roleMenu(role: Role, t: (key: string) => string): RoleMenu {
  if (role === "PENGURUS") return NO_MENU;
  const key = `${role}|${localeOf(t)}`;
  let m = memo.get(key);
  if (!m) {
    const menu = menuFor(role, t);
    memo.set(key, (m = { menu, version: menuVersionOf(menu) }));
  }
  return m;
}

/** Publishes a role menu to a chat (or removes the chat scope for pengurus); false when it failed. */
export async function applyRoleMenu(
  api: Api,
  chatId: number | bigint,
  m: RoleMenu,
  onError?: (e: Error) => void,
): Promise<boolean> {
  let ok = true;
  const failed = (e: Error) => {
    ok = false;
    onError?.(e);
  };
  if (m.menu) await publishChatMenu(api, chatId, m.menu, failed);
  else await api.deleteMyCommands({ scope: { type: "chat", chat_id: Number(chatId) } }).catch(failed);
  return ok;
}

/** Remembers which menu version a person's chat has, so their next update does not publish it again. */
export async function storeMenuVersion(prisma: PrismaClient, userId: number, version: string | null): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { menuVersion: version } });
}

/** The middleware (one per bot): "userId:version" tried by this bot is not retried on every update. */
export function syncChatMenu() {
  const tried = new Set<string>();
  return (ctx: Ctx, next: NextFunction) => syncOne(ctx, tried, next);
}

async function syncOne(ctx: Ctx, tried: Set<string>, next: NextFunction) {
  const user = ctx.user;
  const role = user && effectiveRole(user);
  if (user && role && ctx.chat?.type === "private") {
    const m = roleMenu(role, ctx.t.bind(ctx));
    const key = `${user.id}:${m.version}`;
    if ((user.menuVersion ?? null) !== m.version && !tried.has(key)) {
      tried.add(key);
      const ok = await applyRoleMenu(ctx.api, ctx.chat.id, m, (e) =>
        ctx.deps.logger.warn({ err: e.message }, "chat menu publish failed (ignored)"),
      );
      if (ok) {
        await storeMenuVersion(ctx.deps.prisma, user.id, m.version);
        user.menuVersion = m.version;
      }
    }
  }
  await next();
}
