import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { assignCoops, baLoads, suggestBa } from "../../src/services/assignments.ts";
import { admin, coopWithKetua, staff, VILLAGES } from "../features/help-fixtures.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
const now = new Date("2026-11-24T03:00:00Z");

describe("assignments", () => {
  it("suggests the BA with the fewest active coops (ties: the earliest BA); other kab/kota are not counted", async () => {
    const b1 = await staff(h, 2001, "BA");
    const b2 = await staff(h, 2002, "BA");
    await staff(h, 2003, "BA", { regencyCode: "61.71" });
    await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 }, { baId: b1.id });
    expect((await baLoads(h.prisma, "61.12")).map((l) => [l.ba.id, l.load])).toEqual([
      [b2.id, 0],
      [b1.id, 1],
    ]);
    await coopWithKetua(h, VILLAGES.batuAmpar, { telegramId: 5002 }, { baId: b2.id });
    expect(suggestBa(await baLoads(h.prisma, "61.12"))!.ba.id).toBe(b1.id);
  });

  it("checks the actor's and the BA's kab/kota, keeps history and reports what changed", async () => {
    const a = await admin(h);
    const pmoOther = await staff(h, 2102, "PMO", { regencyCode: "61.71" });
    const pmo = await staff(h, 2101, "PMO");
    const b1 = await staff(h, 2001, "BA");
    const b2 = await staff(h, 2002, "BA");
    const bOther = await staff(h, 2003, "BA", { regencyCode: "61.71" });
    const x = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 });
    const y = await coopWithKetua(h, VILLAGES.batuAmpar, { telegramId: 5002 }, { baId: b1.id });
    expect((await assignCoops(h.prisma, pmoOther, b2.id, [x.coop.id], now)).kind).toBe("forbidden");
    expect((await assignCoops(h.prisma, b1, b2.id, [x.coop.id], now)).kind).toBe("forbidden");
    expect((await assignCoops(h.prisma, a, bOther.id, [x.coop.id], now)).kind).toBe("bad_ba");
    expect((await assignCoops(h.prisma, a, pmo.id, [x.coop.id], now)).kind).toBe("bad_ba");
    expect((await assignCoops(h.prisma, a, b2.id, [999], now)).kind).toBe("bad_coops");
    const r = await assignCoops(h.prisma, pmo, b2.id, [x.coop.id, y.coop.id], now);
    if (r.kind !== "ok") throw new Error(r.kind);
    expect(r.changed.map((c) => [c.coop.id, c.previousBa?.id ?? null])).toEqual([
      [x.coop.id, null],
      [y.coop.id, b1.id],
    ]);
    const again = await assignCoops(h.prisma, a, b2.id, [x.coop.id], now);
    expect(again.kind === "ok" && again.unchanged.map((c) => c.id)).toEqual([x.coop.id]);
    const hist = await h.prisma.assignment.findMany({ where: { coopId: y.coop.id }, orderBy: { id: "asc" } });
    expect(hist.map((row) => [row.baId, row.toAt?.toISOString() ?? null])).toEqual([
      [b1.id, now.toISOString()],
      [b2.id, null],
    ]);
    expect(await h.prisma.auditLog.count({ where: { action: "COOP_ASSIGNED" } })).toBe(2);
  });
});
