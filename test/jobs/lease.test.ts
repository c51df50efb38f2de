import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { releaseLease, runWithLease, tryAcquireLease } from "../../src/db/lease.ts";
import { startScheduler } from "../../src/jobs/scheduler.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

describe("job lease", () => {
  it("one holder at a time; expires; the holder may renew; release frees it", async () => {
    const t0 = new Date("2026-11-24T03:00:00Z");
    expect(await tryAcquireLease(h.prisma, "sweep", "a", t0, 60_000)).toBe(true);
    expect(await tryAcquireLease(h.prisma, "sweep", "b", t0, 60_000)).toBe(false);
    expect(await tryAcquireLease(h.prisma, "sweep", "a", new Date(t0.getTime() + 10_000), 60_000)).toBe(true);
    expect(await tryAcquireLease(h.prisma, "sweep", "b", new Date(t0.getTime() + 69_000), 60_000)).toBe(false);
    expect(await tryAcquireLease(h.prisma, "sweep", "b", new Date(t0.getTime() + 70_000), 60_000)).toBe(true);
    await releaseLease(h.prisma, "sweep", "b", new Date(t0.getTime() + 71_000));
    expect(await tryAcquireLease(h.prisma, "sweep", "a", new Date(t0.getTime() + 71_000), 60_000)).toBe(true);
    expect(await tryAcquireLease(h.prisma, "other", "b", t0, 60_000)).toBe(true);
  });

  it("runWithLease skips while another instance holds it and runs the body once otherwise", async () => {
    let runs = 0;
    const body = async () => ++runs;
    await tryAcquireLease(h.prisma, "job", "other", h.clock.now(), 60_000);
    expect(await runWithLease(h.prisma, h.clock, "job", "me", 60_000, body)).toEqual({ ran: false });
    h.clock.advance(61_000);
    expect(await runWithLease(h.prisma, h.clock, "job", "me", 60_000, body)).toEqual({ ran: true, result: 1 });
    // released afterwards: a second instance can run it right away
    expect(await runWithLease(h.prisma, h.clock, "job", "other", 60_000, body)).toEqual({ ran: true, result: 2 });
  });

  it("the scheduler runs a job on demand under its lease and stops cleanly", async () => {
    let runs = 0;
    const s1 = startScheduler(
      { prisma: h.prisma, clock: h.clock, logger: h.deps.logger },
      [{ name: "j", cron: "0 0 1 1 *", leaseMs: 60_000, run: async () => ++runs }],
      "one",
    );
    await tryAcquireLease(h.prisma, "j", "two", h.clock.now(), 60_000);
    await s1.runNow("j");
    expect(runs).toBe(0); // "two" holds it
    h.clock.advance(60_001);
    await s1.runNow("j");
    expect(runs).toBe(1);
    await s1.stop();
  });
});
