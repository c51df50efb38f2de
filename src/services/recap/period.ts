// Recap periods ('YYYY-MM'): the last closed month (the default), the one before, and the few
// months offered as buttons.
import { previousPeriod } from "../../lib/dates.ts";

const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isPeriod = (s: string) => PERIOD_RE.test(s);

export function previousPeriodOf(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** The month that ended last in `tz` (the default recap period). */
export function lastClosedPeriod(now: Date, tz: string): string {
  return previousPeriod(now, tz);
}

/** The last closed month and the `count - 1` before it, newest first. */
export function recentPeriods(now: Date, tz: string, count: number): string[] {
  const out = [lastClosedPeriod(now, tz)];
  while (out.length < count) out.push(previousPeriodOf(out.at(-1)!));
  return out;
}

/** '2026-10' ↔ '202610' (compact form for callback data). */
export const packPeriod = (p: string) => p.replace("-", "");
export const unpackPeriod = (s: string) => (/^\d{6}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4)}` : undefined);
