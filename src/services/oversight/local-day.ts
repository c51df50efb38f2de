// Local calendar days ('YYYY-MM-DD') in a coop's time zone and the UTC instants they start at.
// Indonesian zones have no DST, but the offset is read from Intl anyway (no hard-coded +7).
import { wallClock } from "../../lib/dates.ts";

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, "0");
export const ymdText = (x: Ymd) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;

export function parseYmd(s: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const x = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isRealDate(x) ? x : undefined;
}

export function isRealDate(x: Ymd): boolean {
  if (x.m < 1 || x.m > 12 || x.d < 1 || x.y < 2000 || x.y > 2100) return false;
  return x.d <= new Date(Date.UTC(x.y, x.m, 0)).getUTCDate();
}

/** Today in `tz`. */
export function localToday(now: Date, tz: string): Ymd {
  const w = wallClock(now, tz);
  return { y: w.year, m: w.month, d: w.day };
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

export function addDays(x: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d) + n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The UTC instant of `hour`:00 local time on day `x` in `tz`. */
export function localInstant(x: Ymd, hour: number, tz: string): Date {
  const guess = Date.UTC(x.y, x.m - 1, x.d, hour);
  const w = wallClock(new Date(guess), tz);
  const offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - guess;
  return new Date(guess - offset);
}
