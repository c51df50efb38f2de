import { describe, it, expect } from "vitest";
import {
  addWorkingHours,
  parseWorkingHours,
  workingMsBetween,
  DEFAULT_WORKING_HOURS,
} from "../../src/services/working-hours.ts";

const WH = parseWorkingHours(DEFAULT_WORKING_HOURS);
const JKT = "Asia/Jakarta"; // WIB, UTC+7
const MKS = "Asia/Makassar"; // WITA, UTC+8
// 2026-11-24 is a Tuesday; 08:00 WIB = 01:00Z
const at = (iso: string) => new Date(iso);

describe("working hours", () => {
  it("parses ranges and lists, and rejects nonsense", () => {
    expect([...WH.days]).toEqual([1, 2, 3, 4, 5]);
    expect(WH.startMin).toBe(8 * 60);
    expect(WH.endMin).toBe(16 * 60);
    expect([...parseWorkingHours("1,2,3,4,6 07:30-15:00").days]).toEqual([1, 2, 3, 4, 6]);
    for (const bad of ["", "mon-fri 8-16", "5-1 08:00-16:00", "1-5 16:00-08:00", "1-5 08:00-25:00", "1-5 08:61-16:00"])
      expect(() => parseWorkingHours(bad)).toThrow(RangeError);
  });

  it("counts only weekday office hours in the coop's zone", () => {
    // Tuesday 10:00 WIB + 2 h = 12:00 WIB
    expect(addWorkingHours(at("2026-11-24T03:00:00Z"), 2, JKT, WH).toISOString()).toBe("2026-11-24T05:00:00.000Z");
    // Tuesday 15:00 WIB + 2 h → Wednesday 09:00 WIB
    expect(addWorkingHours(at("2026-11-24T08:00:00Z"), 2, JKT, WH).toISOString()).toBe("2026-11-25T02:00:00.000Z");
    // Friday 15:00 WIB + 2 h → Monday 09:00 WIB
    expect(addWorkingHours(at("2026-11-27T08:00:00Z"), 2, JKT, WH).toISOString()).toBe("2026-11-30T02:00:00.000Z");
    // Saturday night + 1 h → Monday 09:00 WIB
    expect(addWorkingHours(at("2026-11-28T15:00:00Z"), 1, JKT, WH).toISOString()).toBe("2026-11-30T02:00:00.000Z");
    // before opening: the count starts at 08:00
    expect(addWorkingHours(at("2026-11-24T00:00:00Z"), 1, JKT, WH).toISOString()).toBe("2026-11-24T02:00:00.000Z");
  });

  it("makes the default 24-hour SLA three working days", () => {
    // Tuesday 10:00 WIB → Friday 10:00 WIB
    expect(addWorkingHours(at("2026-11-24T03:00:00Z"), 24, JKT, WH).toISOString()).toBe("2026-11-27T03:00:00.000Z");
    // Friday 10:00 WIB + 24 h → Wednesday 10:00 WIB (the weekend does not count)
    expect(addWorkingHours(at("2026-11-27T03:00:00Z"), 24, JKT, WH).toISOString()).toBe("2026-12-02T03:00:00.000Z");
  });

  it("uses local office hours in WITA too", () => {
    // 08:00 WITA = 00:00Z; 08:00 WIB would be 01:00Z
    expect(addWorkingHours(at("2026-11-23T22:00:00Z"), 1, MKS, WH).toISOString()).toBe("2026-11-24T01:00:00.000Z");
    expect(addWorkingHours(at("2026-11-23T22:00:00Z"), 1, JKT, WH).toISOString()).toBe("2026-11-24T02:00:00.000Z");
  });

  it("measures working time between two instants consistently with adding it", () => {
    const start = at("2026-11-26T07:30:00Z"); // Thursday 14:30 WIB
    const end = addWorkingHours(start, 13, JKT, WH);
    expect(workingMsBetween(start, end, JKT, WH)).toBe(13 * 3_600_000);
    expect(workingMsBetween(end, start, JKT, WH)).toBe(0);
  });
});
