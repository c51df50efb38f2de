// Per-person "/" menus: Telegram command scopes per chat, so each person sees their role's
// commands. The default menu (all private chats) stays the pengurus one; staff get a chat scope,
// refreshed when their role changes. Failures are logged and ignored (the menu is a convenience).
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Role } from "../generated/prisma/enums.ts";
import { commandsFor } from "./commands.ts";

/** The menu of a role, rendered in the person's language (JSON-safe: usable inside external). */
export function menuFor(role: Role, t: (key: string) => string): BotCommand[] {
  return commandsFor(role)
    .filter((c) => c.menu || (role !== "PENGURUS" && c.roles?.includes(role)))
    .slice(0, 20)
    .map((c) => ({ command: c.command, description: t(`cmd-${c.command}`) }));
}

export async function publishChatMenu(
  api: Api,
  chatId: number | bigint,
  commands: BotCommand[],
  onError?: (e: Error) => void,
): Promise<void> {
  try {
    await api.setMyCommands(commands, { scope: { type: "chat", chat_id: Number(chatId) } });
  } catch (e) {
    onError?.(e as Error);
  }
}
