/**
 * Date formatting and billing periods ('YYYY-MM'), always relative to an IANA time zone.
 * Formatting is Indonesian by default ("12 Oktober 2026 14.05 WIB"); pass the reader's locale
 * ("en") for English month names and "14:05". Zone labels stay WIB/WITA/WIT in both languages.
 * Wall-clock fields come from Intl.DateTimeFormat (Indonesia's fixed-offset zones since 1988 by
 * arithmetic); localToUtc() works back from them.
 */

export const MONTHS_ID = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** A reader's locale code ("id", "en", …); anything other than "en" is formatted in Indonesian. */
export type DateLocale = string | null | undefined;

const monthName = (month: number, locale: DateLocale): string => (locale === "en" ? MONTHS_EN : MONTHS_ID)[month - 1]!;

const ZONE_LABELS: Record<string, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Indonesia's zones have had fixed offsets and no daylight saving since 1 January 1988 (when
 * Pontianak moved to WIB): their wall clock is plain arithmetic, ~20× cheaper than formatToParts
 * (a national recap file formats 100,000 dates). Earlier instants and other zones go through Intl.
 */
const FIXED_OFFSET_MIN: Record<string, number> = {
  "Asia/Jakarta": 7 * 60,
  "Asia/Pontianak": 7 * 60,
  "Asia/Makassar": 8 * 60,
  "Asia/Jayapura": 9 * 60,
};
const FIXED_SINCE = Date.UTC(1988, 0, 2);

/** Calendar and clock fields of `date` as seen in `timeZone` (month is 1-12). */
export function wallClock(date: Date, timeZone: string): WallClock {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Invalid Date");
  const offset = FIXED_OFFSET_MIN[timeZone];
  if (offset !== undefined && ms >= FIXED_SINCE) {
    const d = new Date(ms + offset * 60_000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    };
  }
  const parts = formatterFor(timeZone).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** "12 Oktober 2026" ("12 October 2026" in English) */
export function formatDateId(date: Date, timeZone: string, locale?: DateLocale): string {
  const { year, month, day } = wallClock(date, timeZone);
  return `${day} ${monthName(month, locale)} ${year}`;
}

/** Short zone label: WIB / WITA / WIT for Indonesian zones, otherwise the Intl short name ("UTC", "GMT+8"). */
export function timeZoneLabel(date: Date, timeZone: string): string {
  const known = ZONE_LABELS[timeZone];
  if (known) return known;
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }).formatToParts(date);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/** "12 Oktober 2026 14.05 WIB" (Indonesian style uses a dot between hours and minutes; English "14:05"). */
export function formatDateTimeId(date: Date, timeZone: string, locale?: DateLocale): string {
  const { year, month, day, hour, minute } = wallClock(date, timeZone);
  const sep = locale === "en" ? ":" : ".";
  return `${day} ${monthName(month, locale)} ${year} ${pad2(hour)}${sep}${pad2(minute)} ${timeZoneLabel(date, timeZone)}`;
}

function parsePeriod(period: string): { year: number; month: number } {
  const m = PERIOD_RE.exec(period);
  if (!m) throw new RangeError(`Invalid period "${period}", expected YYYY-MM`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

const toPeriod = (year: number, month: number): string => `${String(year).padStart(4, "0")}-${pad2(month)}`;

/** '2026-10' → "Oktober 2026" ("October 2026" in English) */
export function formatPeriod(period: string, locale?: DateLocale): string {
  const { year, month } = parsePeriod(period);
  return `${monthName(month, locale)} ${year}`;
}

/** 'YYYY-MM' of the month that contains `date` in `timeZone`. */
export function periodOf(date: Date, timeZone: string): string {
  const { year, month } = wallClock(date, timeZone);
  return toPeriod(year, month);
}

/** 'YYYY-MM' of the month before the one that contains `date` in `timeZone`. */
export function previousPeriod(date: Date, timeZone: string): string {
  const { year, month } = wallClock(date, timeZone);
  return month === 1 ? toPeriod(year - 1, 12) : toPeriod(year, month - 1);
}

/** '2026-12' → '2027-01' */
export function nextPeriod(period: string): string {
  const { year, month } = parsePeriod(period);
  return month === 12 ? toPeriod(year + 1, 1) : toPeriod(year, month + 1);
}

/** The UTC instant at which the wall clock in `timeZone` shows the given fields. */
function localToUtc(f: WallClock, timeZone: string): Date {
  const target = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  let guess = target;
  // Two passes settle the offset even when it differs between the guess and the answer (DST zones).
  for (let i = 0; i < 2; i++) {
    const seen = wallClock(new Date(guess), timeZone);
    const seenMs = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute, seen.second);
    guess += target - seenMs;
  }
  return new Date(guess);
}

/**
 * Due instant for a period: 23:59:59 local time on day `dueDay` of the month after `period`.
 * A day past the end of that month is clamped to its last day (dueDay 31 for '2026-01' → 28 February 2026).
 */
export function dueDateOfPeriod(period: string, dueDay: number, timeZone: string): Date {
  if (!Number.isInteger(dueDay) || dueDay < 1 || dueDay > 31) throw new RangeError(`Invalid due day ${dueDay}`);
  const { year, month } = parsePeriod(nextPeriod(period));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(dueDay, daysInMonth);
  return localToUtc({ year, month, day, hour: 23, minute: 59, second: 59 }, timeZone);
}
