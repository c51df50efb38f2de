// Issue 23.9: Indonesian relative dates for visits and follow-ups ("kamis depan" was refused).
import { describe, it, expect } from "vitest";
import { parseDayText } from "../../src/services/visits/parse-date.ts";

const MON = { y: 2026, m: 12, d: 7 }; // Monday 7 December 2026
const past = { side: "past" as const, maxDays: 30 };
const future = { side: "future" as const, maxDays: 60 };

describe("relative dates", () => {
  it("'<hari> depan' is the coming weekday, '<hari> lalu' the last one", () => {
    expect(parseDayText("kamis depan", MON, future)).toEqual({ ok: true, day: "2026-12-10" });
    expect(parseDayText("Senin depan", MON, future)).toEqual({ ok: true, day: "2026-12-14" });
    expect(parseDayText("hari jumat depan", MON, future)).toEqual({ ok: true, day: "2026-12-11" });
    expect(parseDayText("kamis lalu", MON, past)).toEqual({ ok: true, day: "2026-12-03" });
    expect(parseDayText("senin lalu", MON, past)).toEqual({ ok: true, day: "2026-11-30" });
  });

  it("a plain weekday is the nearest on the allowed side (today included)", () => {
    expect(parseDayText("sabtu", MON, past)).toEqual({ ok: true, day: "2026-12-05" });
    expect(parseDayText("sabtu", MON, future)).toEqual({ ok: true, day: "2026-12-12" });
    expect(parseDayText("senin", MON, past)).toEqual({ ok: true, day: "2026-12-07" });
  });

  it("weeks and day counts; words still work; a visit cannot be next Thursday", () => {
    expect(parseDayText("minggu depan", MON, future)).toEqual({ ok: true, day: "2026-12-14" });
    expect(parseDayText("3 hari lalu", MON, past)).toEqual({ ok: true, day: "2026-12-04" });
    expect(parseDayText("2 hari lagi", MON, future)).toEqual({ ok: true, day: "2026-12-09" });
    expect(parseDayText("besok", MON, future)).toEqual({ ok: true, day: "2026-12-08" });
    expect(parseDayText("hari ini", MON, past)).toEqual({ ok: true, day: "2026-12-07" });
    expect(parseDayText("kamis depan", MON, past)).toEqual({ ok: false, error: "future" });
    expect(parseDayText("kamis depan sekali", MON, future)).toEqual({ ok: false, error: "format" });
  });
});
