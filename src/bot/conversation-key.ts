// The Session key of a chat's conversation state (one row per chat).
import type { Context } from "grammy";

export function conversationKey(ctx: Pick<Context, "chatId">): string | undefined {
  return ctx.chatId === undefined ? undefined : `conv:${ctx.chatId}`;
}
