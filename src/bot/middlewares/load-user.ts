// Loads (or creates) the sender as a DB user and caches their stored locale for i18n. The chat's
// conversation state comes back in the same round trip and is handed to the conversation storage.
// For a webhook update both were read with the update's claim (src/bot/update-round.ts).
import type { NextFunction } from "grammy";
import type { Ctx } from "../context.ts";
import { loadTelegramUser } from "../../services/users.ts";
import { isLocale } from "../../i18n.ts";
import { prefetchConversationState } from "../conversation-storage.ts";
import { conversationKey } from "../conversation-key.ts";
import { readWithClaim } from "../update-round.ts";

export async function loadUser(ctx: Ctx, next: NextFunction) {
  const from = ctx.from;
  if (from && !from.is_bot) {
    const { prisma, config, locales } = ctx.deps;
    const key = conversationKey(ctx);
    const telegramId = BigInt(from.id);
    const { user, session } = await loadTelegramUser(
      prisma,
      {
        telegramId,
        firstName: from.first_name,
        username: from.username,
        stillBlocked: ctx.myChatMember?.new_chat_member.status === "kicked",
      },
      config.adminTelegramIds,
      key,
      readWithClaim(ctx, telegramId, key), // a webhook update: read with its claim
    );
    ctx.user = user;
    if (key) prefetchConversationState(ctx, session);
    locales.set(from.id, isLocale(user.locale) ? user.locale : undefined);
  }
  await next();
}
