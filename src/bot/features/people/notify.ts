// Telling other people about a change: through the Notifier (rendered in each recipient's language,
// queued in the outbox's interactive lane, exactly once per key, skipped for people who blocked us).
import type { Translate } from "../../../lib/translate.ts";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Ctx } from "../../context.ts";
import { recipients } from "../../../services/people/cards.ts";

export async function tellUsers(
  ctx: Ctx,
  userIds: number[],
  key: string,
  text: (t: Translate) => string,
  markup?: (t: Translate) => InlineKeyboardMarkup,
): Promise<void> {
  for (const p of await recipients(ctx.deps.prisma, userIds)) {
    await ctx.notifier.send({ telegramId: p.telegramId, locale: p.locale }, text, markup, { key: `${key}:${p.id}` });
  }
}
