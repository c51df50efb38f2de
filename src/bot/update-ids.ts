// What a log line about one update carries: its update_id and the chat and user ids (ids only:
// no names, no text). Read with grammY's own getters, so every update kind has them where it can.
import { Context } from "grammy";
import type { Update } from "grammy/types";

export interface UpdateIds {
  update_id: number;
  chat_id?: number;
  user_id?: number;
}

export function idsOf(ctx: Pick<Context, "update" | "chat" | "from">): UpdateIds {
  return { update_id: ctx.update.update_id, chat_id: ctx.chat?.id, user_id: ctx.from?.id };
}

// Context's constructor wants the Api and the bot's own user for its methods; the getters idsOf
// reads use only the update, so none is made here. grammY has no other way to reach its getters:
// the one cast, named, of two absent arguments.
type ApiAndMe = [ConstructorParameters<typeof Context>[1], ConstructorParameters<typeof Context>[2]];
const NOT_USED = [undefined, undefined] as unknown as ApiAndMe;

/** the same for a raw update (no bot, no Api: the getters read only the update) */
export function updateIds(update: Update): UpdateIds {
  return idsOf(new Context(update, ...NOT_USED));
}

/** the update's kind ("message", "callback_query", …) */
export function updateKind(update: Update): string {
  return Object.keys(update).find((k) => k !== "update_id") ?? "unknown";
}
