// The "done when" on the demo data: Rina (BA) sees her queue, reviews a report in ≤ 3
// taps, nudges a coop that has not reported, logs a visit; Hendra (PMO) sees all of it for Kubu
// Raya. The oversight demo data (visits) is idempotent.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { seedDemo } from "../../src/seed/demo.ts";
import { counted } from "../features/report-seed.ts";
import { answers } from "./fixtures.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

const RINA = 5_200_000_001;
const HENDRA = 5_200_000_003;

describe("oversight on the demo data", () => {
  it("Rina reviews, nudges and logs a visit; Hendra sees it for his kab/kota", async () => {
    await seedDemo(h.prisma, h.clock);
    const visits = await h.prisma.visit.count();
    expect(visits).toBeGreaterThanOrEqual(6);
    h.clock.advance(60_000);
    await seedDemo(h.prisma, h.clock);
    expect(await h.prisma.visit.count()).toBe(visits);

    const rina = h.user(RINA);
    await rina.command("koperasiku");
    const head = rina.texts()[0]!;
    const waiting = await h.prisma.monthlyReport.count({
      where: { status: "SUBMITTED", coop: { assignedBa: { telegramId: BigInt(RINA) } } },
    });
    expect(waiting).toBeGreaterThan(0);
    expect(head.split("\n")[0]).toBe(h.t("ov-queue-title", { count: waiting }));
    expect(head).toMatch(/⚠️ .*: [1-9]/); // some coops not visited or called in 30 days
    const taps = counted(rina);
    await rina.press((l) => l === h.t("ov-btn-open", { n: 1 }));
    await rina.press((l) => l === h.t("rep-review-accept"));
    expect(taps.n).toBeLessThanOrEqual(3);
    expect(
      await h.prisma.monthlyReport.count({
        where: { status: "SUBMITTED", coop: { assignedBa: { telegramId: BigInt(RINA) } } },
      }),
    ).toBe(waiting - 1);

    await rina.press((l) => l.startsWith("📭"));
    await rina.press((l) => l === h.t("ov-btn-nudge", { n: 1 }));
    expect(answers(h).at(-1)).toMatch(/^⏳ Pengingat diantrikan untuk \d+ pengurus\. Hasil pengiriman/);
    expect(await h.prisma.nudge.count()).toBe(1);

    await rina.send(h.t("menu-visit"));
    await rina.press((l) => l === "Sungai Raya Dalam");
    await rina.press((l) => l === h.t("vis-btn-today"));
    await rina.press((l) => l === h.t("vis-kind-CALL"));
    await rina.press((l) => l === h.t("vis-topic-USAHA"));
    await rina.send("Menanyakan stok gerai menjelang akhir bulan");
    await rina.press((l) => l === h.t("vis-btn-no-follow"));
    expect(await h.prisma.visit.count()).toBe(visits + 1);

    const hendra = h.user(HENDRA);
    await hendra.command("koperasiku");
    const pmoHead = hendra.texts()[0]!;
    const all = await h.prisma.monthlyReport.count({ where: { status: "SUBMITTED", coop: { regencyCode: "61.12" } } });
    expect(pmoHead.split("\n")[0]).toBe(h.t("ov-queue-title", { count: all }));
    expect(pmoHead).toContain(h.t("ov-unassigned-count", { count: 2 }));
    await hendra.press((l) => l === h.t("ov-btn-visits-per-ba"));
    expect(hendra.lastText()).toContain("Rina Marlina");
    expect(hendra.lastText()).toContain("Dedi Kurniawan");
    expect(hendra.lastText()!.length).toBeLessThanOrEqual(600);
  }, 180_000); // seeds the demo twice
});
