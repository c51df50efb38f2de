// REVIEW_SLA_DAYS: default 2 working days, a whole number from 1 to 30, named when wrong; one
// working day is the length of the WORKING_HOURS day.
import { describe, it, expect } from "vitest";
import { parseConfig } from "../../src/config.ts";
import { reviewDueAt, reviewSlaPolicy } from "../../src/services/oversight/review-sla.ts";

describe("REVIEW_SLA_DAYS", () => {
  it("defaults to 2 and takes 1-30", () => {
    expect(parseConfig({}).reviewSlaDays).toBe(2);
    expect(parseConfig({ REVIEW_SLA_DAYS: "5" }).reviewSlaDays).toBe(5);
    for (const bad of ["0", "31", "1.5", "dua"])
      expect(() => parseConfig({ REVIEW_SLA_DAYS: bad })).toThrow(/REVIEW_SLA_DAYS/);
  });
  it("counts working days of the configured length in the coop's zone", () => {
    const policy = reviewSlaPolicy(parseConfig({ REVIEW_SLA_DAYS: "1", WORKING_HOURS: "1-6 07:00-12:00" }));
    // Sat 21 Nov 2026 11:00 WITA (Makassar, 73): 1 h on Saturday, 4 h on Monday → Mon 23 Nov 11:00 WITA
    expect(reviewDueAt(new Date("2026-11-21T03:00:00Z"), { provinceCode: "73" }, policy, 1).toISOString()).toBe(
      "2026-11-23T03:00:00.000Z",
    );
    expect(reviewDueAt(new Date("2026-11-21T03:00:00Z"), { provinceCode: "73" }, policy, 2).toISOString()).toBe(
      "2026-11-24T03:00:00.000Z",
    );
  });
});
