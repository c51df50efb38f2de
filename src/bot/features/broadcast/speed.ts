// Step 5 of /siaran for admins when the operator set PAID_BROADCAST=1: the free rate or
// Telegram's paid rate (allow_paid_broadcast), with how long each takes and what the paid one
// costs in Telegram Stars (services/broadcasts/paid.ts).
import { InlineKeyboard } from "grammy";
import type { ConvCtx } from "../../context.ts";
import { type Asker, w } from "../../kit/index.ts";
import { formatDuration, paidEstimate } from "../../../services/broadcasts/index.ts";
import { formatNumber } from "../../../lib/money.ts";

export type Speed = "free" | "paid";

export interface Rates {
  count: number;
  /** the outbox's free rate (messages per second) */
  free: number;
  paidRate: number;
}

function figures(t: ConvCtx["t"], r: Rates) {
  const e = paidEstimate(r.count, r.free, r.paidRate);
  return {
    free: formatDuration(t, e.freeSeconds),
    paid: formatDuration(t, e.paidSeconds),
    stars: formatNumber(e.stars),
    freeRate: formatNumber(r.free),
    paidRate: formatNumber(r.paidRate),
  };
}

export function speedStep(ask: Asker, r: Rates, step: string): Promise<Speed> {
  const t = ask.ctx.t.bind(ask.ctx);
  const f = figures(t, r);
  const label = (s: Speed) => t(s === "free" ? "bc-speed-free" : "bc-speed-paid", f);
  return ask.buttons<Speed>({
    text: t("bc-speed-ask", { step, count: formatNumber(r.count), ...f }),
    keyboard: new InlineKeyboard().text(label("free"), w("free")).row().text(label("paid"), w("paid")),
    choices: ["free", "paid"] as const,
    shown: label,
  });
}

/** The confirm summary's line: the chosen rate, both durations and the Stars estimate. */
export function speedLine(t: ConvCtx["t"], speed: Speed, r: Rates): string {
  return t(speed === "paid" ? "bc-confirm-paid" : "bc-confirm-free", figures(t, r));
}
