import { describe, expect, it } from "vitest";
import {
  dueDateOfPeriod,
  formatDateId,
  formatDateTimeId,
  formatPeriod,
  nextPeriod,
  periodOf,
  previousPeriod,
  wallClock,
} from "../../src/lib/dates.ts";

const JKT = "Asia/Jakarta"; // UTC+7
const MKS = "Asia/Makassar"; // UTC+8
const JPR = "Asia/Jayapura"; // UTC+9
const at = (iso: string) => new Date(iso);

describe("formatDateId", () => {
  it.each<[string, string, string]>([
    ["2026-10-12T07:05:00Z", JKT, "12 Oktober 2026"],
    // 16:30Z on 31 Jan is 23:30 in Jakarta but already 1 Feb further east.
    ["2026-01-31T16:30:00Z", JKT, "31 Januari 2026"],
    ["2026-01-31T16:30:00Z", MKS, "1 Februari 2026"],
    ["2026-01-31T16:30:00Z", JPR, "1 Februari 2026"],
    ["2026-01-31T18:00:00Z", JPR, "1 Februari 2026"],
    ["2026-12-31T15:30:00Z", MKS, "31 Desember 2026"],
    ["2026-12-31T15:30:00Z", JPR, "1 Januari 2027"],
    ["2026-12-31T17:00:00Z", JKT, "1 Januari 2027"],
    ["2026-12-31T17:00:00Z", "UTC", "31 Desember 2026"],
    ["2028-02-29T00:00:00Z", JKT, "29 Februari 2028"],
  ])("%s in %s → %s", (iso, tz, expected) => {
    expect(formatDateId(at(iso), tz)).toBe(expected);
  });

  it.each([
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
  ])("uses the Indonesian name %s", (name) => {
    const month = [
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
    ].indexOf(name);
    expect(formatDateId(new Date(Date.UTC(2026, month, 15, 5)), JKT)).toBe(`15 ${name} 2026`);
  });

  it("rejects an invalid date", () => {
    expect(() => formatDateId(new Date("nope"), JKT)).toThrow(RangeError);
  });
});

describe("formatDateTimeId", () => {
  it.each<[string, string, string]>([
    ["2026-10-12T07:05:00Z", JKT, "12 Oktober 2026 14.05 WIB"],
    ["2026-10-12T07:05:00Z", MKS, "12 Oktober 2026 15.05 WITA"],
    ["2026-10-12T07:05:00Z", JPR, "12 Oktober 2026 16.05 WIT"],
    ["2026-12-31T17:00:00Z", JKT, "1 Januari 2027 00.00 WIB"],
    ["2026-12-31T16:59:00Z", JKT, "31 Desember 2026 23.59 WIB"],
    ["2026-01-31T15:00:00Z", JPR, "1 Februari 2026 00.00 WIT"],
    ["2026-10-12T07:05:00Z", "UTC", "12 Oktober 2026 07.05 UTC"],
  ])("%s in %s → %s", (iso, tz, expected) => {
    expect(formatDateTimeId(at(iso), tz)).toBe(expected);
  });
});

describe("wallClock", () => {
  // Indonesian zones take an arithmetic shortcut; it must agree with the time-zone database
  const viaIntl = (d: Date, timeZone: string) => {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    }).formatToParts(d);
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return {
      year: get("year"),
      month: get("month"),
      day: get("day"),
      hour: get("hour"),
      minute: get("minute"),
      second: get("second"),
    };
  };

  it("agrees with Intl in every Indonesian zone, across month, year and leap-day edges, and before 1988", () => {
    const instants = [
      "2026-10-12T07:05:09Z",
      "2026-12-31T16:59:59Z",
      "2026-12-31T17:00:00Z",
      "2028-02-28T15:30:00Z",
      "2028-02-29T23:59:59Z",
      "1988-01-02T00:00:00Z",
      "1987-12-31T12:00:00Z", // Pontianak was still WITA (UTC+8)
      "1970-06-01T00:00:00Z",
    ].map(at);
    for (let i = 0; i < 200; i++) instants.push(new Date(Date.UTC(1990, 0, 1) + i * 7_919_993_117));
    for (const zone of [JKT, MKS, JPR, "Asia/Pontianak", "Europe/Amsterdam"])
      for (const d of instants) expect(wallClock(d, zone), `${d.toISOString()} ${zone}`).toEqual(viaIntl(d, zone));
  });
});

describe("periods", () => {
  it.each<[string, string]>([
    ["2026-10", "Oktober 2026"],
    ["2027-01", "Januari 2027"],
    ["2026-12", "Desember 2026"],
  ])("formatPeriod(%s) → %s", (period, expected) => {
    expect(formatPeriod(period)).toBe(expected);
  });

  it.each(["2026-13", "2026-00", "2026-1", "26-10", "2026/10", ""])("formatPeriod rejects %j", (period) => {
    expect(() => formatPeriod(period)).toThrow(RangeError);
  });

  it.each<[string, string, string, string]>([
    ["2026-01-31T16:30:00Z", JKT, "2026-01", "2025-12"],
    ["2026-01-31T16:30:00Z", MKS, "2026-02", "2026-01"],
    ["2026-01-31T18:00:00Z", JPR, "2026-02", "2026-01"],
    ["2026-12-31T17:00:00Z", JKT, "2027-01", "2026-12"],
    ["2026-12-31T16:59:59Z", JKT, "2026-12", "2026-11"],
    ["2026-12-31T15:00:00Z", JPR, "2027-01", "2026-12"],
    ["2026-12-31T17:00:00Z", "UTC", "2026-12", "2026-11"],
    ["2026-03-01T00:00:00Z", JKT, "2026-03", "2026-02"],
  ])("%s in %s: periodOf %s, previousPeriod %s", (iso, tz, current, previous) => {
    expect(periodOf(at(iso), tz)).toBe(current);
    expect(previousPeriod(at(iso), tz)).toBe(previous);
  });

  it.each<[string, string]>([
    ["2026-10", "2026-11"],
    ["2026-12", "2027-01"],
  ])("nextPeriod(%s) → %s", (period, expected) => {
    expect(nextPeriod(period)).toBe(expected);
  });
});

describe("dueDateOfPeriod", () => {
  it.each<[string, number, string, string]>([
    ["2026-10", 10, JKT, "2026-11-10T16:59:59.000Z"],
    ["2026-10", 10, MKS, "2026-11-10T15:59:59.000Z"],
    ["2026-10", 10, JPR, "2026-11-10T14:59:59.000Z"],
    ["2026-12", 5, JKT, "2027-01-05T16:59:59.000Z"],
    ["2026-01", 1, JPR, "2026-02-01T14:59:59.000Z"],
    ["2026-01", 31, JKT, "2026-02-28T16:59:59.000Z"], // clamped to the last day of February
    ["2028-01", 30, JKT, "2028-02-29T16:59:59.000Z"], // leap year
    ["2026-03", 31, MKS, "2026-04-30T15:59:59.000Z"],
    ["2026-10", 10, "UTC", "2026-11-10T23:59:59.000Z"],
    ["2026-02", 1, "Europe/Berlin", "2026-03-01T22:59:59.000Z"], // CET, UTC+1
    ["2026-03", 1, "Europe/Berlin", "2026-04-01T21:59:59.000Z"], // CEST, UTC+2
    // Cairo switches to summer time at midnight right after this due time: the offset must be re-checked.
    ["2026-03", 23, "Africa/Cairo", "2026-04-23T21:59:59.000Z"],
  ])("period %s, day %i, %s → %s", (period, day, tz, expected) => {
    const due = dueDateOfPeriod(period, day, tz);
    expect(due.toISOString()).toBe(expected);
    expect(periodOf(due, tz)).toBe(nextPeriod(period));
  });

  it.each([0, 32, 1.5, Number.NaN])("rejects due day %s", (day) => {
    expect(() => dueDateOfPeriod("2026-10", day, JKT)).toThrow(RangeError);
  });

  it("rejects a malformed period", () => {
    expect(() => dueDateOfPeriod("2026-13", 10, JKT)).toThrow(RangeError);
  });
});

describe('English formatting (locale "en")', () => {
  const at = new Date("2026-10-12T07:05:00Z"); // 14.05 in Jakarta
  it("uses English month names and a colon in times; Indonesian stays the default", () => {
    expect(formatPeriod("2026-10", "en")).toBe("October 2026");
    expect(formatPeriod("2026-05", "en")).toBe("May 2026");
    expect(formatDateId(at, JKT, "en")).toBe("12 October 2026");
    expect(formatDateTimeId(at, JKT, "en")).toBe("12 October 2026 14:05 WIB");
    expect(formatPeriod("2026-10")).toBe("Oktober 2026");
    expect(formatPeriod("2026-10", "id")).toBe("Oktober 2026");
    expect(formatDateTimeId(at, JKT, null)).toBe("12 Oktober 2026 14.05 WIB");
  });
});
