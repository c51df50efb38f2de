// Scheduled broadcasts: a wall-clock time read either in each recipient's own zone (WIB / WITA /
// WIT, from their province) or in one zone (the sender's). Indonesia has no daylight saving, so
// a zone is a fixed offset; the SQL below turns a province code into it.
import { Prisma } from "../../generated/prisma/client.ts";
import { timezoneOfProvince, type IndonesianTimeZone } from "../wilayah/timezones.ts";

export const RECIPIENT_ZONE = "RECIPIENT";

export interface SendAt {
  /** "YYYY-MM-DDTHH:mm" */
  local: string;
  /** RECIPIENT or an IANA zone */
  zone: string;
}

const OFFSET_HOURS: Record<IndonesianTimeZone, number> = { "Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9 };
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const offsetOf = (zone: string) => OFFSET_HOURS[zone as IndonesianTimeZone] ?? 7;

/** The UTC instant of a wall-clock time in a fixed-offset Indonesian zone. */
export function instantIn(local: string, zone: string): Date {
  const m = LOCAL.exec(local);
  if (!m) throw new RangeError(`bad local time ${local}`);
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]! - offsetOf(zone), +m[5]!));
}

/** The earliest instant the time comes anywhere (WIT, UTC+9, in recipient mode). */
export function earliestInstant(s: SendAt): Date {
  return instantIn(s.local, s.zone === RECIPIENT_ZONE ? "Asia/Jayapura" : s.zone);
}

/** UTC offset in hours of a province code, as SQL (a CASE over the provinces outside WIB). */
export function offsetSql(prov: Prisma.Sql): Prisma.Sql {
  const byOffset = new Map<number, string[]>();
  for (let n = 10; n < 100; n++) {
    const tz = timezoneOfProvince(String(n));
    if (tz && OFFSET_HOURS[tz] !== 7)
      byOffset.set(OFFSET_HOURS[tz], [...(byOffset.get(OFFSET_HOURS[tz]) ?? []), String(n)]);
  }
  const whens = [...byOffset].map(([h, codes]) => Prisma.sql`WHEN ${prov} IN (${Prisma.join(codes)}) THEN ${h}`);
  return Prisma.sql`(CASE ${Prisma.join(whens, " ")} ELSE 7 END)`;
}

/** A staff member's own zone: their kab/kota or province; admins (national) use WIB. */
export function zoneOfSender(s: {
  role: string;
  regencyCode: string | null;
  provinceCode: string | null;
}): IndonesianTimeZone {
  const code = s.role === "DINAS" ? s.provinceCode : s.role === "ADMIN" ? null : s.regencyCode;
  return (code ? timezoneOfProvince(code.slice(0, 2)) : undefined) ?? "Asia/Jakarta";
}

const TYPED = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?\s+(?:(?:jam|pukul|at)\s+)?(\d{1,2})[.:](\d{2})$/i;

/**
 * A typed date and time ("5/12/2026 08.00", "5/12 08.00": this year) as "YYYY-MM-DDTHH:mm",
 * or undefined when it is not a real date/time.
 */
export function parseLocalTime(text: string, currentYear: number): string | undefined {
  const m = TYPED.exec(text.trim());
  if (!m) return undefined;
  const [d, mo, y, hh, mm] = [+m[1]!, +m[2]!, m[3] ? +m[3] : currentYear, +m[4]!, +m[5]!];
  const probe = new Date(Date.UTC(y, mo - 1, d, hh, mm));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d || hh > 23 || mm > 59)
    return undefined;
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `${y}-${p2(mo)}-${p2(d)}T${p2(hh)}:${p2(mm)}`;
}
