// Telling other people about a change: rendered in each recipient's language and queued in the
// durable outbox (exactly once per key; delivered even if Telegram is briefly unreachable).
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Ctx } from "../../context.ts";
import { enqueueMany } from "../../../outbox/index.ts";
import { recipients } from "../../../services/people/cards.ts";

type Vars = Record<string, string | number>;
type T = (key: string, vars?: Vars) => string;

export async function tellUsers(
  ctx: Ctx,
  userIds: number[],
  key: string,
  text: (t: T) => string,
  markup?: (t: T) => InlineKeyboardMarkup,
): Promise<void> {
  const people = await recipients(ctx.deps.prisma, userIds);
  const items = people.map((p) => {
    const t: T = (k, v) => ctx.notifier.t(p.locale, k, v);
    return { key: `${key}:${p.id}`, chatId: p.telegramId, text: text(t), ...(markup ? { replyMarkup: markup(t) } : {}) };
  });
  await enqueueMany(ctx.deps.prisma, items, ctx.deps.clock.now());
}
