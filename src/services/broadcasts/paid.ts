// Telegram's paid broadcast rate (issue 22): with `allow_paid_broadcast` a bot may send up to
// 1,000 messages per second; every message above the free 30 per second costs 0.1 Telegram Star,
// taken from the bot's Stars balance. Here: what a broadcast would take at each rate and cost,
// and recording that Telegram refused the paid rate (the rest then goes at the free rate).
// No Telegram and no outbox here.
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Translate } from "../../i18n.ts";

/** Messages per second Telegram lets a bot broadcast for free. */
export const FREE_BROADCAST_LIMIT = 30;
/** Telegram Stars per message sent above the free rate. */
export const STARS_PER_PAID_MESSAGE = 0.1;

export interface PaidEstimate {
  /** seconds at the free rate (the outbox's configured rate) */
  freeSeconds: number;
  /** seconds at the paid rate */
  paidSeconds: number;
  /** Telegram Stars the paid rate costs (messages beyond the free 30 per second, 0.1 each) */
  stars: number;
}

export function paidEstimate(recipients: number, freeRate: number, paidRate: number): PaidEstimate {
  const paidSeconds = Math.max(1, Math.ceil(recipients / paidRate));
  const charged = Math.max(0, recipients - FREE_BROADCAST_LIMIT * paidSeconds);
  return {
    freeSeconds: Math.max(1, Math.ceil(recipients / freeRate)),
    paidSeconds,
    stars: Math.ceil(charged * STARS_PER_PAID_MESSAGE),
  };
}

/** "kurang dari 1 menit", "± 56 menit", "± 1 jam 7 menit". */
export function formatDuration(t: Translate, seconds: number): string {
  if (seconds < 60) return t("bc-dur-seconds");
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return t("bc-dur-minutes", { minutes });
  return t("bc-dur-hours", { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** Why Telegram refused, in plain words: the Stars balance, or the bot is not (yet) eligible. */
const refusalReason = (error: string): "stars" | "eligible" => (/star/i.test(error) ? "stars" : "eligible");

export interface PaidRefusedNotice {
  id: number;
  admin: { telegramId: bigint; locale: string | null } | null;
  reason: "stars" | "eligible";
}

/**
 * Telegram refused the paid rate for broadcast `id`: mark it (once: the first refusal of the
 * broadcast returns the notice, later ones of rows already in flight return null).
 */
export async function markPaidRefused(
  tx: Prisma.TransactionClient,
  id: number,
  error: string,
  at: Date,
): Promise<PaidRefusedNotice | null> {
  const changed = await tx.broadcast.updateMany({
    where: { id, paid: true },
    data: { paid: false, paidRefusedAt: at },
  });
  if (changed.count === 0) return null;
  const b = await tx.broadcast.findUnique({ where: { id }, select: { createdById: true } });
  const u = b ? await tx.user.findUnique({ where: { id: b.createdById } }) : null;
  return {
    id,
    admin: u && !u.deletedAt ? { telegramId: u.telegramId, locale: u.locale } : null,
    reason: refusalReason(error),
  };
}
