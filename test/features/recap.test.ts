// /rekap: drill-down with buttons (edits the message), period buttons, chart and Excel, scope on
// every press, forged data refused and answered, every level ≤ 600 characters on a big fixture.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { callbackAnswers } from "./help-fixtures.ts";
import { NOW, seedRecapFixture } from "../services/recap-fixture.ts";
import { UNIT_GROUPS } from "../../src/services/reports/questions.ts";

let h: Harness;
let fx: Awaited<ReturnType<typeof seedRecapFixture>>;
beforeEach(async () => {
  h = await createHarness();
  h.clock.set(NOW);
  fx = await seedRecapFixture(h.prisma);
});

const lastEdit = (chatId: number) => h.fake.lastTo(chatId, "editMessageText")?.payload.text as string | undefined;

describe("/rekap", () => {
  it("Dinas Kalbar: province → kab/kota → kecamatan → koperasi and back up, with the fixture's numbers", async () => {
    const dinas = h.user(3001);
    await dinas.command("rekap");
    const text = dinas.lastText()!;
    expect(text).toContain(h.t("recap-title", { area: "Kalimantan Barat", period: "Oktober 2026" }));
    expect(text).toContain(h.t("recap-rate", { rate: "40%", overdue: "3" }));
    expect(text).toContain(
      h.t("recap-reporting", {
        expected: "5",
        accepted: "1",
        submitted: "1",
        returned: "1",
        draft: "1",
        none: "1",
      }),
    );
    expect(text).toContain(
      h.t("recap-help", {
        opened: 2,
        closed: 2,
        open: 1,
        median: h.t("recap-hours", { hours: "2" }),
        breaches: 1,
      }),
    );
    // month over month on the same coops (K1 reported both months: 10 jt vs 8 jt), not 15 jt vs 8 jt
    expect(text).toContain("Rp15.000.000 (+25%)");
    const data = dinas.buttons().map((b) => b.data);
    expect(data).toContain("rk:v:202610:61.12:0");
    expect(data).toContain("rk:g:202610:61:0");
    expect(data).toContain("rk:x:202610:61:0");
    expect(data).toContain("rk:v:202609:61:0");
    expect(data).not.toContain("rk:v:202610:N:0"); // no "up" above the Dinas's province

    await dinas.press((l) => l.endsWith("Kubu Raya"));
    expect(lastEdit(3001)).toContain(
      h.t("recap-title", {
        area: "Kabupaten Kubu Raya",
        period: "Oktober 2026",
      }),
    );
    expect(lastEdit(3001)).toContain(h.t("recap-rate", { rate: "50%", overdue: "2" }));
    await dinas.press("rk:v:202610:61.12.01:0");
    expect(lastEdit(3001)).toContain("Sungai Raya");
    expect(dinas.buttons().map((b) => b.text)).toContain("100% Koperasi K1");
    await dinas.press(`rk:v:202610:c${fx.k3.id}:0`);
    expect(lastEdit(3001)).toContain(
      h.t("recap-coop-report", {
        period: "Oktober 2026",
        status: `${h.t("recap-status-DRAFT")} ${h.t("recap-status-overdue")}`,
      }),
    );
    await dinas.press("rk:v:202610:61.12.01:0"); // up from the coop
    await dinas.press("rk:v:202609:61.12.01:0"); // September
    expect(lastEdit(3001)).toContain(h.t("recap-title", { area: "Sungai Raya", period: "September 2026" }));
    expect(callbackAnswers(h).every((a) => a === "")).toBe(true);
  });

  it("Excel and chart: chat action first, then the document / photo with area and period", async () => {
    const dinas = h.user(3001);
    await dinas.command("rekap");
    await dinas.press("rk:x:202610:61:0");
    const calls = h.fake.calls.map((c) =>
      c.method === "sendChatAction" ? `${c.method}:${c.payload.action}` : c.method,
    );
    const doc = calls.indexOf("sendDocument");
    expect(doc).toBeGreaterThan(0);
    expect(calls.slice(0, doc)).toContain("sendChatAction:upload_document");
    const sent = h.fake.lastTo(3001, "sendDocument")!.payload;
    expect(sent.document.filename).toBe("rekap-kalimantan-barat-2026-10.xlsx");
    expect(sent.caption).toBe(
      h.t("recap-file-caption", {
        area: "Kalimantan Barat",
        period: "Oktober 2026",
      }),
    );
    await dinas.pressRaw("rk:g:202610:61.12:0", 1001);
    expect(h.fake.calls.some((c) => c.method === "sendChatAction" && c.payload.action === "upload_photo")).toBe(true);
    expect(h.fake.lastTo(3001, "sendPhoto")!.payload.caption).toBe(
      h.t("recap-chart-caption", {
        area: "Kabupaten Kubu Raya",
        period: "Oktober 2026",
      }),
    );
  });

  it("forged or out-of-scope presses are refused, answered and audited", async () => {
    const dinas = h.user(3001);
    await dinas.command("rekap");
    const before = h.fake.byMethod("answerCallbackQuery").length;
    for (const data of [
      "rk:v:202610:65:0",
      "rk:x:202610:65.01:0",
      `rk:g:202610:c${fx.k7.id}:0`,
      "rk:v:202610:N:0",
      "rk:v:209912:61:0",
      "rk:v:201001:61:0",
      "rk:z:202610:61:0",
      "rk:v:202610:61",
    ]) {
      await dinas.pressRaw(data, 1001);
    }
    const answers = callbackAnswers(h).slice(before);
    expect(answers).toEqual(Array(8).fill(h.t("error-not-allowed")));
    expect(h.fake.byMethod("sendDocument")).toHaveLength(0);
    expect(
      await h.prisma.auditLog.count({
        where: {
          action: "REFUSED",
          entity: "Recap",
          actorId: fx.dinasKalbar.id,
        },
      }),
    ).toBe(8);
  });

  it("a BA sees only their own coops; a pengurus may not use /rekap", async () => {
    const budi = h.user(3004);
    await budi.command("rekap");
    expect(budi.lastText()).toContain(h.t("recap-title-ba", { period: "Oktober 2026" }));
    expect(budi.lastText()).toContain(h.t("recap-coverage-nov", { coops: "3", withBa: "3" }));
    await budi.pressRaw(`rk:v:202610:c${fx.k3.id}:0`, 1001);
    expect(callbackAnswers(h).at(-1)).toBe(h.t("error-not-allowed"));
    const siti = h.user(3006);
    await siti.command("rekap");
    expect(siti.lastText()).toBe(h.t("recap-not-allowed"));
  });
});

describe("/rekap on a big area", () => {
  it("every level stays within 600 characters", async () => {
    const admin = fx.admin;
    // 300 more coops in Sintang with long names, no BA, every unit reporting in October and September
    const villages = (await import("../../src/services/wilayah/index.ts"))
      .getWilayah()
      .villagesIn("61.05")
      .slice(0, 300);
    await h.prisma.cooperative.createMany({
      data: villages.map((v) => ({
        name: `Koperasi Desa Merah Putih ${v.name} Sejahtera Bersama Makmur Abadi`,
        villageCode: v.code,
        districtCode: v.code.slice(0, 8),
        regencyCode: "61.05",
        provinceCode: "61",
        units: ["GERAI_SEMBAKO"],
        createdById: admin.id,
        createdAt: new Date("2026-01-01T00:00:00Z"),
      })),
    });
    const coops = await h.prisma.cooperative.findMany({
      where: { villageCode: { in: villages.map((v) => v.code) } },
    });
    for (const period of ["2026-09", "2026-10"]) {
      await h.prisma.monthlyReport.createMany({
        data: coops.slice(0, 150).map((c) => ({
          coopId: c.id,
          period,
          status: "ACCEPTED" as const,
          version: 1,
        })),
      });
      const reports = await h.prisma.monthlyReport.findMany({
        where: { period, coopId: { in: coops.map((c) => c.id) } },
      });
      await h.prisma.reportValue.createMany({
        data: reports.flatMap((r) => [
          ...UNIT_GROUPS.map((g) => ({
            reportId: r.id,
            field: `${g.id}.omzet`,
            intValue: 123_456_789n,
          })),
          { reportId: r.id, field: "anggota.total", intValue: 1234n },
        ]),
      });
    }
    const dinas = h.user(3001);
    await dinas.command("rekap");
    const texts = [dinas.lastText()!];
    for (const key of [
      "61.12",
      "61.12.01",
      "61.05",
      coops[0]!.districtCode,
      `c${coops[0]!.id}`,
      `c${coops[200]!.id}`,
    ]) {
      await dinas.press(`rk:v:202610:${key}:0`, 1001);
      texts.push(lastEdit(3001)!);
    }
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(600);
    expect(texts[3]).toContain(h.t("recap-activity-head"));
    expect(texts[1]).toContain(h.t("recap-worst-overdue", { list: "Koperasi K3, Koperasi K4" }));
    const districtButtons = dinas.buttons();
    expect(districtButtons.length).toBeLessThan(20); // children are paged
  });
});

describe("/rekap_jadwal", () => {
  it("shows and toggles the subscription; DINAS on by default, PMO off; others refused", async () => {
    const dinas = h.user(3001);
    await dinas.command("rekap_jadwal");
    expect(dinas.lastText()).toBe(
      h.t("recap-sched-on", {
        day: 1,
        hour: "08",
        zone: "WIB",
        area: "Kalimantan Barat",
      }),
    );
    await dinas.press("rkj:0");
    expect(callbackAnswers(h).at(-1)).toBe(h.t("recap-sched-saved-off"));
    expect(
      (
        await h.prisma.recapSubscription.findUniqueOrThrow({
          where: { userId: fx.dinasKalbar.id },
        })
      ).enabled,
    ).toBe(false);
    expect(lastEdit(3001)).toBe(
      h.t("recap-sched-off", {
        day: 1,
        hour: "08",
        zone: "WIB",
        area: "Kalimantan Barat",
      }),
    );
    const pmo = h.user(3003);
    await pmo.command("rekap_jadwal");
    expect(pmo.lastText()).toBe(
      h.t("recap-sched-off", {
        day: 1,
        hour: "08",
        zone: "WIB",
        area: "Kabupaten Kubu Raya",
      }),
    );
    await pmo.press("rkj:1");
    expect(
      (
        await h.prisma.recapSubscription.findUniqueOrThrow({
          where: { userId: fx.pmo.id },
        })
      ).enabled,
    ).toBe(true);
    const budi = h.user(3004);
    await budi.command("rekap_jadwal");
    expect(budi.lastText()).toBe(h.t("recap-sched-not-allowed"));
    await budi.pressRaw("rkj:1", 1001);
    expect(callbackAnswers(h).at(-1)).toBe(h.t("error-not-allowed"));
    expect(await h.prisma.recapSubscription.count({ where: { userId: fx.budi.id } })).toBe(0);
  });
});
