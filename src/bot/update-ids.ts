// What a log line about one update carries: its update_id and the chat and user ids (ids only:
// no names, no text). Read with grammY's own getters, so every update kind has them where it can.
import { Context } from "grammy";
import type { Update } from "grammy/types";
import { absentApiAndMe } from "../lib/casts.ts";

export interface UpdateIds {
  update_id: number;
  chat_id?: number;
  user_id?: number;
}

export function idsOf(ctx: Pick<Context, "update" | "chat" | "from">): UpdateIds {
  return { update_id: ctx.update.update_id, chat_id: ctx.chat?.id, user_id: ctx.from?.id };
}

/** the same for a raw update (no bot, no Api: the getters read only the update, see absentApiAndMe) */
export function updateIds(update: Update): UpdateIds {
  return idsOf(new Context(update, ...absentApiAndMe()));
}

/** the update's kind ("message", "callback_query", …) */
export function updateKind(update: Update): string {
  return Object.keys(update).find((k) => k !== "update_id") ?? "unknown";
}
