// Issue 23.9 (smaller ones): "📨 diajukan" is not ready; a pengurus is told who really receives the
// report (their BA, else the programme's staff — never an admin's name they do not know).
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { seedCoop } from "./report-seed.ts";
import { fileReport } from "../helpers/report.ts";
import { createI18n, LocaleCache } from "../../src/i18n.ts";
import { fmtValue } from "../../src/bot/features/report/render.ts";
import { seedDemo } from "../../src/seed/demo.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

describe("smaller screen fixes", () => {
  it("financing only applied for (DIAJUKAN) and a building in progress are not counted as ready", () => {
    const i18n = createI18n("id", new LocaleCache());
    const t = (k: string, v?: Record<string, string | number>) => i18n.t("id", k, v);
    const value = "AHU=YES;KANTOR=YES;REKENING=YES;SIMKOPDES=NO;FINANCING=DIAJUKAN;BUILD_GERAI=PROSES";
    expect(fmtValue(t, "kesiapan", value)).toBe(t("rep-checklist-count", { done: 3, total: 10 }));
    expect(fmtValue(t, "kesiapan", "FINANCING=CAIR;BUILD_GERAI=SELESAI")).toBe(
      t("rep-checklist-count", { done: 2, total: 10 }),
    );
  });

  it("a coop without a BA: the confirmation names no admin, it says the programme's staff", async () => {
    await h.prisma.user.create({
      data: { telegramId: 9001n, fullName: "Andi Pratama", role: "ADMIN", consentAt: new Date() },
    });
    await seedCoop(h, { units: ["GERAI_SEMBAKO"], members: [{ tg: 101, name: "Siti" }] });
    const u = h.user(101);
    await fileReport(u, { numbers: ["6 jt / 150 / 2 jt", "80 / 2 / 3"] });
    expect(u.lastText()).toBe(h.t("rep-sent", { period: "Oktober 2026", version: 1, to: h.t("rep-to-program") }));
    expect(u.lastText()).not.toContain("Andi Pratama");
    expect(h.user(9001).texts().length).toBeGreaterThan(0); // the admin still gets it to review
  });

  it("/rekap <nama> finds kab/kota and kecamatan within the user's scope, not provinces only", async () => {
    await seedDemo(h.prisma, h.clock);
    const admin = h.user(5_200_000_005);
    await admin.command("rekap", "kubu raya");
    expect(admin.lastText()).toContain(h.t("recap-title", { area: "Kabupaten Kubu Raya", period: "Oktober 2026" }));
    const maria = h.user(5_200_000_004); // Dinas Kalimantan Barat
    await maria.command("rekap", "sungai raya");
    const picks = maria.buttons().filter((b) => b.data.startsWith("rk:v:"));
    expect(picks.map((b) => b.data)).toContain("rk:v:202610:61.12.01:0");
    await maria.press("rk:v:202610:61.12.01:0");
    expect(maria.lastText()).toContain(h.t("recap-title", { area: "Sungai Raya", period: "Oktober 2026" }));
    const hendra = h.user(5_200_000_003); // PMO Kubu Raya: Mempawah is not his
    await hendra.command("rekap", "mempawah");
    expect(hendra.lastText()).toBe(h.t("recap-search-none", { query: "mempawah" }));
  });
});

describe("nudging every coop that has not reported", () => {
  it("says why coops were skipped, not only how many", async () => {
    await seedDemo(h.prisma, h.clock);
    // two of Rina's coops that have not reported lose their pengurus (left the coop)
    const quiet = await h.prisma.cooperative.findMany({
      where: { assignedBa: { telegramId: 5_200_000_001n }, reports: { none: { period: "2026-10" } } },
      take: 2,
    });
    await h.prisma.membership.updateMany({
      where: { coopId: { in: quiet.map((c) => c.id) } },
      data: { status: "REMOVED" },
    });
    const rina = h.user(5_200_000_001);
    await rina.command("koperasiku");
    await rina.press((l) => l.startsWith("📭"));
    await rina.press((l) => l === h.t("ov-btn-nudge-all"));
    const n = Number(/Dilewati: (\d+)/.exec(h.fake.byMethod("answerCallbackQuery").at(-1)!.payload.text)![1]);
    expect(n).toBeGreaterThanOrEqual(2);
    const why = h.t("ov-nudge-skipped-why", { count: n, list: h.t("ov-skip-no_recipients", { count: n }) });
    expect(rina.lastText()).toBe(why);
  });
});
