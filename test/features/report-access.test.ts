// Authorisation: only ACTIVE members report; only the coop's BA, an admin or the kab/kota's PMO
// review; nobody else can see or touch a report, also not with forged callback data or a
// pasted template naming another coop. Refusals are answered and written to the audit log.
import { coopPickCb, reviewCb, viewCb } from "../../src/bot/features/report/callback-data.ts";
import { describe, it, expect, beforeEach } from "vitest";
import { fileReport } from "../helpers/report.ts";
import { createHarness, FakeClock, type Harness } from "../helpers/harness.ts";
import { seedCoop, seedUser } from "./report-seed.ts";
import type { Cooperative, MonthlyReport } from "../../src/generated/prisma/client.ts";

let h: Harness;
let coopA: Cooperative;
let report: MonthlyReport;

/** Coop A (Kubu Raya) with a submitted report; coop B (Kota Pontianak) with its own pengurus and BA. */
beforeEach(async () => {
  h = await createHarness({ clock: new FakeClock(new Date("2026-11-03T03:00:00Z")) });
  ({ coop: coopA } = await seedCoop(h, {
    units: ["KLINIK"],
    members: [{ tg: 401, name: "Siti" }],
    ba: { tg: 501, name: "BA Kubu" },
  }));
  await seedCoop(h, {
    name: "Koperasi Kelurahan Merah Putih Darat Sekip",
    units: ["GERAI_SEMBAKO"],
    members: [{ tg: 402, name: "Joko" }],
    ba: { tg: 502, name: "BA Kota" },
    regencyCode: "61.71",
  });
  const siti = h.user(401);
  await fileReport(siti, { numbers: ["6 jt / 150", "80 / 2 / 3"] });
  report = await h.prisma.monthlyReport.findFirstOrThrow({ where: { coopId: coopA.id } });
  expect(report.status).toBe("SUBMITTED");
  h.fake.clear();
});

async function refusals() {
  return h.prisma.auditLog.count({ where: { action: "REFUSED" } });
}

function lastAlert() {
  return h.fake.byMethod("answerCallbackQuery").at(-1)?.payload;
}

describe("report access", () => {
  it("a person with no coop, or only a pending request, cannot start a report", async () => {
    await seedUser(h, { tg: 403, name: "Tamu" });
    const guest = h.user(403);
    await guest.command("lapor");
    expect(guest.lastText()).toBe(h.t("rep-not-member"));
    const pending = await seedUser(h, { tg: 404, name: "Calon" });
    await h.prisma.membership.create({
      data: { userId: pending.id, coopId: coopA.id, position: "BENDAHARA", status: "PENDING" },
    });
    await h.user(404).command("templat");
    expect(h.user(404).lastText()).toBe(h.t("rep-member-pending"));
    await h.user(405).command("lapor"); // never consented
    expect(h.user(405).lastText()).toBe(h.t("error-need-consent"));
    expect(await h.prisma.monthlyReport.count()).toBe(1);
  });

  it("another coop's pengurus cannot open, fix, pick, review or paste into coop A's report (forged data)", async () => {
    const joko = h.user(402);
    const before = await refusals();
    for (const data of [
      `rph:${report.id}`,
      `rpo:${report.id}`,
      `rpc:l:${coopA.id}`,
      `rpc:t:${coopA.id}`,
      `rpr:a:${report.id}:1`,
      `rpr:r:${report.id}:1`,
    ]) {
      await joko.pressRaw(data, 1001);
      expect(lastAlert()).toMatchObject({ text: h.t("error-not-allowed"), show_alert: true });
    }
    expect(await refusals()).toBe(before + 6);
    expect(joko.texts().join("\n")).not.toContain("6.000.000");
    await joko.send(`#LAPORAN K${coopA.id} 2026-10\nKlinik – Omzet (Rp): 99 jt`);
    expect(joko.lastText()).toBe(h.t("error-not-allowed"));
    expect(await refusals()).toBe(before + 7);
    const after = await h.prisma.monthlyReport.findUniqueOrThrow({
      where: { id: report.id },
      include: { values: true },
    });
    expect(after.status).toBe("SUBMITTED");
    expect(after.values.find((v) => v.field === "klinik.omzet")!.intValue).toBe(6_000_000n);
    const log = await h.prisma.auditLog.findFirstOrThrow({
      where: { action: "REFUSED", entity: "MonthlyReport" },
      orderBy: { id: "asc" },
    });
    expect(log.after).toMatchObject({ reportId: report.id, data: `rph:${report.id}` });
    // D8: the refused entity's id is in the indexed column, so "everything refused on report N" is one lookup
    expect(log.entityId).toBe(String(report.id));
  });

  it("another coop's BA cannot accept, return or view it; malformed data is refused too", async () => {
    const otherBa = h.user(502);
    for (const data of [
      `rpr:a:${report.id}:1`,
      `rpr:r:${report.id}:1`,
      `rph:${report.id}`,
      "rpr:x:1:1",
      "rpr:a:abc:1",
      `rph:${report.id}:9`,
      "rpr:a:999:1",
    ]) {
      await otherBa.pressRaw(data, 1001);
      expect(lastAlert()).toMatchObject({ text: h.t("error-not-allowed") });
    }
    expect((await h.prisma.monthlyReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("SUBMITTED");
    expect(await h.prisma.reportReview.count()).toBe(0);
  });

  it("the PMO of the coop's kab/kota and an admin may review; a PMO elsewhere may not", async () => {
    await seedUser(h, { tg: 601, name: "PMO Kota", role: "PMO", regencyCode: "61.71" });
    await h.user(601).pressRaw(reviewCb.pack("a", report.id, 1), 1001);
    expect(lastAlert()).toMatchObject({ text: h.t("error-not-allowed") });
    await seedUser(h, { tg: 602, name: "PMO Kubu", role: "PMO", regencyCode: "61.12" });
    await h.user(602).pressRaw(viewCb.pack(report.id), 1001);
    expect(h.user(602).texts().at(-2)).toContain(h.t("rep-status-SUBMITTED"));
    await h.user(602).pressRaw(reviewCb.pack("a", report.id, 1), 1001);
    expect((await h.prisma.monthlyReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("ACCEPTED");
    // the admin (900001 is an admin by config) now finds it already decided
    await h.user(900001).pressRaw(reviewCb.pack("a", report.id, 1), 1001);
    expect(lastAlert()!.text).toBe(h.t("rep-review-stale", { status: h.t("rep-status-ACCEPTED"), version: 1 }));
  });

  it("a pengurus removed from the board mid-report can no longer save", async () => {
    const siti = h.user(401);
    h.clock.set("2026-12-02T03:00:00Z"); // November's report
    await siti.command("lapor");
    expect(siti.lastText()).toContain(h.t("rep-g-klinik"));
    await h.prisma.membership.updateMany({ where: { coopId: coopA.id }, data: { status: "REMOVED" } });
    await siti.send("6 jt / 150");
    expect(siti.lastText()).toBe(h.t("rep-not-member"));
    const nov = await h.prisma.monthlyReport.findFirstOrThrow({
      where: { period: "2026-11" },
      include: { values: true },
    });
    expect(nov.values).toEqual([]);
  });

  it("a member of two coops picks one; a forged pick for a coop of someone else is refused", async () => {
    const { coop: coopC } = await seedCoop(h, {
      name: "Koperasi Desa Merah Putih Kapur",
      units: ["APOTEK"],
      members: [{ tg: 401, name: "Siti" }],
    });
    const siti = h.user(401);
    h.clock.set("2026-12-02T03:00:00Z");
    await siti.command("lapor");
    expect(siti.lastText()).toBe(h.t("rep-pick-coop"));
    expect(siti.buttons().map((b) => b.data)).toEqual([coopPickCb.pack("l", coopA.id), coopPickCb.pack("l", coopC.id)]);
    await siti.press(coopPickCb.pack("l", coopC.id));
    expect(siti.lastText()).toContain(h.t("rep-g-apotek"));
    const coopB = await h.prisma.cooperative.findFirstOrThrow({ where: { regencyCode: "61.71" } });
    await siti.pressRaw(coopPickCb.pack("l", coopB.id), 1001);
    expect(lastAlert()).toMatchObject({ text: h.t("error-not-allowed") });
  });
});
