// The bot is a private-chat bot: in groups, supergroups and channels no wizard, callback, command or
// relay runs. A group gets one line, once, pointing to the private chat (t.me link); a button pressed
// on a message in a group is answered with a short refusal and audited. Runs before the user is
// loaded, so group members are not registered by talking in a group.
import type { MiddlewareFn } from "grammy";
import type { Ctx } from "../context.ts";
import type { TranslatorFor } from "../../lib/translate.ts";
import { recordRefused } from "../../services/audit.ts";
import { firstGroupHint } from "../../services/group-chats.ts";

export function privateOnly(tFor: TranslatorFor<Ctx>): MiddlewareFn<Ctx> {
  const hinted = new Set<number>(); // groups already hinted: no DB read for each later group message
  return async (ctx, next) => {
    const chat = ctx.chat;
    if (!chat || chat.type === "private") return next();
    const { prisma } = ctx.deps;
    if (ctx.callbackQuery) {
      await recordRefused(prisma, {
        actorId: null,
        entity: "Chat",
        entityId: String(chat.id),
        after: { reason: "not_private", chatType: chat.type, from: ctx.from?.id, data: ctx.callbackQuery.data ?? null },
      });
      await ctx.answerCallbackQuery({ text: tFor(ctx)("chat-private-only-button") });
      return;
    }
    if (!ctx.message || chat.type === "channel") return; // edits, channel posts, member changes: silence
    if (hinted.has(chat.id)) return;
    hinted.add(chat.id);
    if (await firstGroupHint(prisma, chat.id, chat.type))
      await ctx.reply(tFor(ctx)("chat-private-only", { link: `https://t.me/${ctx.me.username}` }));
  };
}
