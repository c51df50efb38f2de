// Coops without a BA: the PMO's dashboard counts them, the list is the PMO's kab/kota only, and
// "Tugaskan BA" opens the existing /tugaskan flow (PMO and admins only).
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { answers, coop, people } from "./fixtures.ts";
import { coopWithKetua, VILLAGES } from "../features/help-fixtures.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

describe("coops without a BA", () => {
  it("the PMO sees their kab/kota's unassigned coops and the assign button opens /tugaskan", async () => {
    const p = await people(h);
    await coop(h, 5001, p.budi.id, "Koperasi Dampingan");
    await coop(h, 5002, undefined, "Koperasi Sendiri");
    await coop(h, 5003, undefined, "Koperasi Sepi");
    await coopWithKetua(h, VILLAGES.pallima, { telegramId: 5004 }); // Kota Pontianak, no BA
    const pmo = h.user(2101);
    await pmo.command("koperasiku");
    expect(pmo.texts()[0]).toContain(h.t("ov-unassigned-count", { count: 2 }));
    await pmo.press((l) => l === h.t("ov-btn-unassigned", { count: 2 }));
    const list = pmo.lastText()!;
    expect(list.split("\n")[0]).toBe(h.t("ov-un-title", { count: 2, from: 1, to: 2 }));
    expect(list).toContain("Koperasi Sendiri");
    expect(list).toContain("Koperasi Sepi");
    expect(list).not.toContain("Koperasi Dampingan");
    await pmo.press((l) => l === h.t("ov-btn-assign"));
    expect(answers(h).at(-1)).toBe("");
    // the assignment wizard's first step for a PMO: their kab/kota's kecamatan
    expect(pmo.lastText()).toContain(h.t("step-header", { step: 1, total: 3 }));
    // a BA has no such list nor button; another kab/kota's PMO sees only theirs
    await h.user(2001).pressRaw("ov:u:0:0", 1001);
    await h.user(2001).pressRaw("ov:t:0:0", 1001);
    expect(answers(h).slice(-2)).toEqual([h.t("error-not-allowed"), h.t("error-not-allowed")]);
    const other = h.user(2102);
    await other.pressRaw("ov:u:0:0", 1001);
    expect(other.lastText()!.split("\n")[0]).toBe(h.t("ov-un-title", { count: 1, from: 1, to: 1 }));
  });
});
