// Working hours: which instants count towards an SLA. Default Monday–Friday 08:00–16:00 in the
// cooperative's own time zone (WIB/WITA/WIT); public holidays are not modelled. The spec is one
// string so it fits an env variable: "<days> <HH:MM>-<HH:MM>", days as an ISO range "1-5" (Mon–Fri)
// or a list "1,2,3,4,6". End "24:00" means midnight.
import { wallClock } from "../lib/dates.ts";

export interface WorkingHours {
  /** ISO weekdays, 1 = Monday … 7 = Sunday */
  days: ReadonlySet<number>;
  /** minutes after local midnight */
  startMin: number;
  endMin: number;
}

export const DEFAULT_WORKING_HOURS = "1-5 08:00-16:00";
const SPEC = /^\s*([1-7](?:-[1-7]|(?:,[1-7])*))\s+(\d{2}):(\d{2})-(\d{2}):(\d{2})\s*$/;
const DAY_MS = 86_400_000;

export function parseWorkingHours(spec: string): WorkingHours {
  const m = SPEC.exec(spec);
  if (!m) throw new RangeError(`working hours "${spec}": expected e.g. "1-5 08:00-16:00"`);
  // all five groups are required by SPEC, so each is a string once it matched
  const [dayPart, h1, m1, h2, m2] = m.slice(1) as [string, string, string, string, string];
  const days = new Set<number>();
  if (dayPart.includes("-")) {
    const [a, b] = dayPart.split("-").map(Number) as [number, number];
    if (a > b) throw new RangeError(`working hours "${spec}": day range must go up (1-5)`);
    for (let d = a; d <= b; d++) days.add(d);
  } else for (const d of dayPart.split(",")) days.add(Number(d));
  const startMin = Number(h1) * 60 + Number(m1);
  const endMin = Number(h2) * 60 + Number(m2);
  if (Number(m1) > 59 || Number(m2) > 59 || startMin >= endMin || endMin > 24 * 60) {
    throw new RangeError(`working hours "${spec}": start must be before end, within one day`);
  }
  return { days, startMin, endMin };
}

/** Offset (ms) of the local wall clock in `timeZone` from UTC at `at`. */
function offsetAt(at: number, timeZone: string): number {
  const whole = Math.floor(at / 1000) * 1000;
  const w = wallClock(new Date(whole), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - whole;
}

/** ISO weekday of a "local epoch" day start (ms of local midnight expressed as if UTC). */
function isoWeekday(localDayStart: number): number {
  const d = new Date(localDayStart).getUTCDay();
  return d === 0 ? 7 : d;
}

/**
 * The instant after `hours` working hours have elapsed from `start` (time outside working hours
 * does not count). Starting outside working hours begins the count at the next opening.
 */
export function addWorkingHours(start: Date, hours: number, timeZone: string, wh: WorkingHours): Date {
  if (!(hours >= 0) || !Number.isFinite(hours)) throw new RangeError(`hours must be ≥ 0, got ${hours}`);
  if (wh.days.size === 0) throw new RangeError("working hours have no working day");
  let remaining = Math.round(hours * 3_600_000);
  let t = start.getTime();
  for (let guard = 0; guard < 5000; guard++) {
    const offset = offsetAt(t, timeZone);
    const local = t + offset;
    const dayStart = local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
    if (wh.days.has(isoWeekday(dayStart))) {
      const open = dayStart + wh.startMin * 60_000;
      const close = dayStart + wh.endMin * 60_000;
      const from = Math.max(local, open);
      if (from < close || (remaining === 0 && from <= close)) {
        const available = close - from;
        if (remaining <= available) return new Date(from + remaining - offset);
        remaining -= available;
      }
    }
    t = dayStart + DAY_MS - offset; // next local midnight
  }
  throw new RangeError("addWorkingHours did not converge");
}

/** Working milliseconds between two instants (0 when b ≤ a). */
export function workingMsBetween(a: Date, b: Date, timeZone: string, wh: WorkingHours): number {
  let total = 0;
  let t = a.getTime();
  const end = b.getTime();
  for (let guard = 0; t < end && guard < 5000; guard++) {
    const offset = offsetAt(t, timeZone);
    const local = t + offset;
    const dayStart = local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
    if (wh.days.has(isoWeekday(dayStart))) {
      const from = Math.max(local, dayStart + wh.startMin * 60_000);
      const to = Math.min(end + offset, dayStart + wh.endMin * 60_000);
      if (to > from) total += to - from;
    }
    t = dayStart + DAY_MS - offset;
  }
  return total;
}
