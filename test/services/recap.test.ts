// Recap figures on a known fixture at every level, and the scope rules (recap-fixture.ts).
import { describe, it, expect, beforeEach } from "vitest";
import { resetDb } from "../helpers/db.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { getWilayah } from "../../src/services/wilayah/index.ts";
import { openArea, recapOf, lastClosedPeriod, type Recap } from "../../src/services/recap/index.ts";
import { countCoopsByStage } from "../../src/services/readiness.ts";
import { DUE_DAY, NOW, PERIOD, seedRecapFixture } from "./recap-fixture.ts";

let prisma: PrismaClient;
let fx: Awaited<ReturnType<typeof seedRecapFixture>>;
const w = getWilayah();

beforeEach(async () => {
  prisma = (await resetDb()).prisma;
  fx = await seedRecapFixture(prisma);
});

async function recap(
  user: {
    id: number;
    role: string;
    regencyCode: string | null;
    provinceCode: string | null;
  },
  key: string,
): Promise<Recap> {
  const opened = await openArea(prisma, w, user as never, key);
  if (!opened) throw new Error(`refused ${key}`);
  return recapOf(prisma, w, opened, PERIOD, NOW, DUE_DAY);
}

describe("recap figures", () => {
  it("province: coverage, reporting, activity vs the previous month, readiness, help, worst-off", async () => {
    const r = await recap(fx.dinasKalbar, "61");
    expect(r.name).toBe("Kalimantan Barat");
    expect(r.villages).toBe(w.villageCount("61"));
    expect(r.reporting).toEqual({
      coops: 6,
      withBa: 4,
      expected: 5,
      none: 1,
      draft: 1,
      submitted: 1,
      returned: 1,
      accepted: 1,
      overdue: 3,
      rate: 0.4,
    });
    const omzet = r.activity.find((a) => a.field === "gerai.omzet")!;
    expect(omzet).toEqual({
      field: "gerai.omzet",
      total: 15_000_000n,
      reports: 2,
      prev: 8_000_000n,
      // month over month on the coops that reported both months (K1 only)
      sameTotal: 10_000_000n,
      samePrev: 8_000_000n,
    });
    expect(r.activity.find((a) => a.field === "anggota.total")).toEqual({
      field: "anggota.total",
      total: 100n,
      reports: 1,
      prev: null,
      sameTotal: 100n,
      samePrev: 0n,
    });
    expect(r.activity.some((a) => a.field.endsWith(".aktif"))).toBe(false);
    expect(r.stages).toEqual({
      REGISTERED: 4,
      LEGAL: 1,
      ADMIN_READY: 0,
      LAND_READY: 1,
      BUILT: 0,
      FINANCED: 0,
      OPERATING: 0,
    });
    expect(r.help).toEqual({
      opened: 2,
      closed: 2,
      medianHours: 2,
      breaches: 1,
      openAtEnd: 1,
    });
    expect(r.worst.overdue.map((c) => c.name)).toEqual(["Koperasi K3", "Koperasi K4", "Koperasi K5"]);
    expect(r.worst.noBa.map((c) => c.name)).toEqual(["Koperasi K3", "Koperasi K8"]);
    expect(r.children).toHaveLength(14);
    const kubu = r.children.find((c) => c.key === "61.12")!;
    expect(kubu).toMatchObject({
      name: "Kabupaten Kubu Raya",
      coops: 5,
      withBa: 3,
      expected: 4,
      overdue: 2,
      rate: 0.5,
      villages: w.villageCount("61.12"),
    });
    expect(kubu.stages.LAND_READY).toBe(1);
    expect(r.children.find((c) => c.key === "61.71")).toMatchObject({
      coops: 1,
      returned: 1,
      overdue: 1,
      rate: 0,
    });
    expect(r.children.find((c) => c.key === "61.01")).toMatchObject({
      coops: 0,
      expected: 0,
      rate: 0,
    });
  });

  it("the stage counts agree with countCoopsByStage (which counts every coop, inactive too)", async () => {
    const r = await recap(fx.dinasKalbar, "61");
    const all = await countCoopsByStage(prisma, { provinceCode: "61" });
    expect(all.total).toBe(7);
    expect(all.stages.LAND_READY).toBe(r.stages.LAND_READY);
    expect(all.stages.LEGAL).toBe(r.stages.LEGAL);
  });

  it("kab/kota → kecamatan → koperasi", async () => {
    const r = await recap(fx.pmo, "61.12");
    expect(r.reporting).toMatchObject({ coops: 5, expected: 4, overdue: 2 });
    expect(r.childLevel).toBe("district");
    expect(r.children.find((c) => c.key === "61.12.01")).toMatchObject({
      coops: 4,
      expected: 3,
      accepted: 1,
      submitted: 1,
      draft: 1,
    });
    const d = await recap(fx.pmo, "61.12.01");
    expect(d.childLevel).toBe("coop");
    expect(d.children.map((c) => c.name)).toEqual(["Koperasi K1", "Koperasi K2", "Koperasi K3", "Koperasi K8"]);
    expect(d.children[0]).toMatchObject({
      key: `c${fx.k1.id}`,
      accepted: 1,
      rate: 1,
    });
    expect(d.children[0]!.stages.LAND_READY).toBe(1);
    const c = await recap(fx.pmo, `c${fx.k1.id}`);
    expect(c.name).toBe("Koperasi K1");
    expect(c.reporting).toMatchObject({ coops: 1, accepted: 1, rate: 1 });
    expect(c.children).toEqual([]);
    expect(c.villages).toBeNull();
  });

  it("national (admin) counts every province; inactive coops never count", async () => {
    const r = await recap(fx.admin, "N");
    expect(r.reporting).toMatchObject({
      coops: 7,
      expected: 6,
      accepted: 2,
      overdue: 3,
    });
    expect(r.activity.find((a) => a.field === "gerai.omzet")!.total).toBe(18_000_000n);
    expect(r.children.find((c) => c.key === "65")).toMatchObject({
      coops: 1,
      accepted: 1,
      rate: 1,
    });
    expect(r.children).toHaveLength(w.provinces().length);
  });

  it("a BA's recap has only their coops, grouped down to the coops", async () => {
    const r = await recap(fx.budi, "N");
    expect(r.reporting).toMatchObject({
      coops: 3,
      withBa: 3,
      expected: 3,
      accepted: 1,
      submitted: 1,
      none: 1,
      overdue: 1,
    });
    expect(r.villages).toBeNull();
    expect(r.children.map((c) => c.key)).toEqual(["61"]);
    const d = await recap(fx.budi, "61.12.01");
    expect(d.children.map((c) => c.name)).toEqual(["Koperasi K1", "Koperasi K2"]);
  });
});

describe("recap scope", () => {
  it("Dinas Kalbar cannot open Kaltara, national, or a Kaltara coop", async () => {
    for (const key of ["65", "65.01", "N", `c${fx.k7.id}`])
      expect(await openArea(prisma, w, fx.dinasKalbar, key)).toBeUndefined();
    expect(await openArea(prisma, w, fx.dinasKaltara, "65")).toBeDefined();
    expect((await openArea(prisma, w, fx.dinasKalbar, "61.12"))?.up).toBe("61");
    expect((await openArea(prisma, w, fx.dinasKalbar, "61"))?.up).toBeUndefined();
  });

  it("a PMO stays in their kab/kota; a BA sees only their own coops; inactive coops cannot be opened", async () => {
    expect(await openArea(prisma, w, fx.pmo, "61")).toBeUndefined();
    expect(await openArea(prisma, w, fx.pmo, "61.71")).toBeUndefined();
    expect(await openArea(prisma, w, fx.pmo, `c${fx.k5.id}`)).toBeUndefined();
    expect(await openArea(prisma, w, fx.budi, `c${fx.k3.id}`)).toBeUndefined();
    expect(await openArea(prisma, w, fx.budi, `c${fx.k1.id}`)).toBeDefined();
    expect(await openArea(prisma, w, fx.admin, `c${fx.k6.id}`)).toBeUndefined();
  });

  it("forged keys are refused", async () => {
    for (const key of ["", "x", "61.", "61.12.01.2001", "99", "61.99", "c", "c99999", "N;DROP", "6112"])
      expect(await openArea(prisma, w, fx.admin, key)).toBeUndefined();
    expect(
      await openArea(
        prisma,
        w,
        {
          id: 1,
          role: "PENGURUS",
          regencyCode: null,
          provinceCode: null,
        } as never,
        "61",
      ),
    ).toBeUndefined();
  });

  it("the default period is the month that closed last in the user's zone", () => {
    expect(lastClosedPeriod(new Date("2026-11-30T17:30:00Z"), "Asia/Jakarta")).toBe("2026-11"); // 1 Dec 00:30 WIB
    expect(lastClosedPeriod(new Date("2026-11-30T16:30:00Z"), "Asia/Jakarta")).toBe("2026-10");
  });
});
