// my_chat_member in a private chat: "kicked" means the person blocked the bot, "member" that they
// started it again. Stored and audited at once (reminders, nudges, broadcasts skip blocked people);
// neither gets a reply, and nothing else runs for this update.
import type { MiddlewareFn } from "grammy";
import type { Ctx } from "../context.ts";
import { setBlockedBot } from "../../services/users.ts";

export const chatMember: MiddlewareFn<Ctx> = async (ctx, next) => {
  const upd = ctx.myChatMember;
  if (!upd || upd.chat.type !== "private") return next();
  const status = upd.new_chat_member.status;
  if (status === "kicked" || status === "member") {
    const at = status === "kicked" ? ctx.deps.clock.now() : null;
    await setBlockedBot(ctx.deps.prisma, BigInt(upd.from.id), at);
  }
};
