// Recap demo data (src/seed/recap-demo.ts, called by the demo seed): a meaningful picture for the
// Dinas demo officer's province, idempotent, and what /rekap shows on it.
import { beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { seedDemo, STAFF } from "../../src/seed/demo.ts";
import { recapDemoVillages, seedRecapDemo } from "../../src/seed/recap-demo.ts";
import { getWilayah } from "../../src/services/wilayah/index.ts";
import { openArea, recapOf, lastClosedPeriod } from "../../src/services/recap/index.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness(); // clock: 24 November 2026
  await seedDemo(h.prisma, h.clock);
});

describe("recap demo data", () => {
  it("adds coops in every kab/kota of Kalimantan Barat with six months of reports, and re-running adds nothing", async () => {
    const extra = recapDemoVillages();
    expect(extra.length).toBeGreaterThan(400);
    const counts = async () => [
      await h.prisma.cooperative.count(),
      await h.prisma.monthlyReport.count(),
      await h.prisma.reportValue.count(),
      await h.prisma.readinessItem.count(),
    ];
    const before = await counts();
    await seedRecapDemo(h.prisma, h.clock.now());
    await seedDemo(h.prisma, h.clock);
    expect(await counts()).toEqual(before);
    const periods = await h.prisma.monthlyReport.groupBy({
      by: ["period"],
      where: { coop: { villageCode: { in: extra.map((v) => v.code) } } },
      _count: { _all: true },
    });
    expect(periods.map((p) => p.period).sort()).toEqual([
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
    ]);
  });

  it("gives the Dinas officer a recap with spread-out reporting rates, figures and every readiness stage", async () => {
    const maria = await h.prisma.user.findUniqueOrThrow({
      where: { telegramId: STAFF.find((s) => s.role === "DINAS")!.telegramId },
    });
    const w = getWilayah();
    const opened = (await openArea(h.prisma, w, maria, "61"))!;
    const period = lastClosedPeriod(h.clock.now(), "Asia/Jakarta");
    const r = await recapOf(h.prisma, w, opened, period, h.clock.now(), 10);
    expect(r.reporting.coops).toBeGreaterThan(400);
    expect(r.reporting.rate).toBeGreaterThan(0.2);
    expect(r.reporting.rate).toBeLessThan(0.9);
    expect(r.reporting.overdue).toBeGreaterThan(0);
    const rates = r.children.map((c) => c.rate);
    expect(r.children.every((c) => c.coops > 0)).toBe(true);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.2);
    expect(Object.values(r.stages).every((n) => n > 0)).toBe(true);
    const omzet = r.activity.find((a) => a.field === "gerai.omzet")!;
    expect(omzet.total).toBeGreaterThan(0n);
    expect(omzet.prev).not.toBeNull();
  });
});
