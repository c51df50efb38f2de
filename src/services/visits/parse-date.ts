// Typed dates for the visit log: "hari ini", "kemarin", "besok", "lusa", "kamis depan", "senin lalu",
// "3 hari lalu", "minggu depan", "12/11", "12-11-2026",
// "12/11/26", "12 November", "12 nov 2026". Without a year, the nearest such date on the allowed
// side of today is meant (past for a visit, future for a follow-up). Returns 'YYYY-MM-DD'.
import { addDays, daysBetween, isRealDate, type Ymd, ymdText } from "../oversight/local-day.ts";

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  mar: 3,
  maret: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  agu: 8,
  agt: 8,
  ags: 8,
  agustus: 8,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  oct: 10,
  october: 10,
  nov: 11,
  nopember: 11,
  november: 11,
  des: 12,
  desember: 12,
  dec: 12,
  december: 12,
};

const WORDS: Record<string, number> = {
  "hari ini": 0,
  today: 0,
  kemarin: -1,
  yesterday: -1,
  "kemarin lusa": -2,
  besok: 1,
  tomorrow: 1,
  lusa: 2,
};

// weekday numbers as Date.getUTCDay() gives them
const WEEKDAYS: Record<string, number> = {
  minggu: 0,
  ahad: 0,
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  "jum'at": 5,
  sabtu: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const NEXT = new Set(["depan", "besok", "next"]);
const LAST = new Set(["lalu", "kemarin", "last"]);

/**
 * Relative words: "kamis depan" (the coming Thursday), "senin lalu", "hari jumat", plain "rabu" (the
 * nearest on the allowed side), "minggu depan"/"minggu lalu" (a week on), "3 hari lalu", "2 hari lagi".
 */
function relativeDay(s: string, today: Ymd, side: DateSide): Ymd | undefined {
  const n = /^(\d{1,2}) hari (lalu|yang lalu|lagi)$/.exec(s);
  if (n) return addDays(today, n[2] === "lagi" ? Number(n[1]) : -Number(n[1]));
  if (s === "minggu depan" || s === "pekan depan" || s === "next week") return addDays(today, 7);
  if (s === "minggu lalu" || s === "pekan lalu" || s === "last week") return addDays(today, -7);
  const words = s.replace(/^hari /, "").split(" ");
  const wd = WEEKDAYS[words[0]!];
  if (wd === undefined || words.length > 2) return undefined;
  const dir =
    words[1] === undefined ? (side === "past" ? -1 : 1) : NEXT.has(words[1]) ? 1 : LAST.has(words[1]) ? -1 : 0;
  if (dir === 0) return undefined;
  const dow = new Date(Date.UTC(today.y, today.m - 1, today.d)).getUTCDay();
  // plain "rabu" may be today; "rabu depan" / "rabu lalu" never is
  if (words[1] === undefined && dow === wd) return today;
  const ahead = (wd - dow + 7) % 7 || 7;
  return addDays(today, dir > 0 ? ahead : ahead - 7 || -7);
}

export type DateSide = "past" | "future";

export type DateParse =
  { ok: true; day: string } | { ok: false; error: "format" | "future" | "past" | "too-old" | "too-far" };

export interface DateRules {
  side: DateSide;
  /** how many days back (past) or ahead (future) are allowed */
  maxDays: number;
}

function resolveYear(d: number, m: number, y: number | undefined, today: Ymd, side: DateSide): Ymd | undefined {
  if (y !== undefined) return { y: y < 100 ? 2000 + y : y, m, d };
  for (const cand of side === "past" ? [today.y, today.y - 1] : [today.y, today.y + 1]) {
    const x = { y: cand, m, d };
    if (!isRealDate(x)) continue;
    const diff = daysBetween(today, x);
    if (side === "past" ? diff <= 0 : diff >= 0) return x;
  }
  return undefined;
}

/** "12/11", "12-11-2026", "12 November", "12 nov 2026" */
function calendarDay(s: string, today: Ymd, side: DateSide): Ymd | undefined {
  const num = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(s);
  if (num) return resolveYear(Number(num[1]), Number(num[2]), num[3] ? Number(num[3]) : undefined, today, side);
  const named = /^(\d{1,2}) ([a-z]+)(?: (\d{4}))?$/.exec(s);
  if (named && MONTHS[named[2]!])
    return resolveYear(Number(named[1]), MONTHS[named[2]!]!, named[3] ? Number(named[3]) : undefined, today, side);
  return undefined;
}

export function parseDayText(text: string, today: Ymd, rules: DateRules): DateParse {
  const s = text.trim().toLowerCase().replace(/\s+/g, " ");
  const x =
    s in WORDS ? addDays(today, WORDS[s]!) : (relativeDay(s, today, rules.side) ?? calendarDay(s, today, rules.side));
  if (!x || !isRealDate(x)) return { ok: false, error: "format" };
  const diff = daysBetween(today, x);
  if (rules.side === "past") {
    if (diff > 0) return { ok: false, error: "future" };
    if (-diff > rules.maxDays) return { ok: false, error: "too-old" };
  } else {
    if (diff < 0) return { ok: false, error: "past" };
    if (diff > rules.maxDays) return { ok: false, error: "too-far" };
  }
  return { ok: true, day: ymdText(x) };
}
