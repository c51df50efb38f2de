// /koperasiku: the BA sees only their coops (report status, open requests, details); PMO sees
// their BAs' load and overdue requests; DINAS and admins see per kab/kota; scope on every button.
import { coopShortName } from "../../src/lib/button-label.ts";
import { wsCb } from "../../src/bot/features/workspace/callback-data.ts";
import { categoryBtn, helpCb, skipFileBtn } from "../../src/bot/features/help-request/callback-data.ts";
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { admin, callbackAnswers, coopWithKetua, staff, VILLAGES } from "./help-fixtures.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

async function seed() {
  await admin(h);
  const budi = await staff(h, 2001, "BA", { name: "Budi" });
  const ani = await staff(h, 2002, "BA", { name: "Ani" });
  await staff(h, 2101, "PMO", { name: "Pak PMO" });
  await staff(h, 2102, "PMO", { name: "PMO Pontianak", regencyCode: "61.71" });
  await staff(h, 2201, "DINAS", { name: "Dinas Kalbar", provinceCode: "61" });
  const a = await coopWithKetua(
    h,
    VILLAGES.ambarawa,
    { telegramId: 5001, name: "Siti", phone: "+6281200005001" },
    { baId: budi.id },
  );
  const b = await coopWithKetua(h, VILLAGES.batuAmpar, { telegramId: 5002, name: "Rahmat" }, { baId: budi.id });
  const c = await coopWithKetua(h, VILLAGES.medanMas, { telegramId: 5003, name: "Dewi" }, { baId: ani.id });
  await coopWithKetua(h, VILLAGES.kualaMandorA, { telegramId: 5004, name: "Yanti" });
  // this month's report (October 2026, due in November) submitted for Ambarawa
  await h.prisma.monthlyReport.create({
    data: { coopId: a.coop.id, period: "2026-10", status: "SUBMITTED", version: 1 },
  });
  // one open request on Batu Ampar
  const rahmat = h.user(5002);
  await rahmat.send(h.t("menu-help-request"));
  await rahmat.press(categoryBtn.pack("OTHER"));
  await rahmat.send("Bagaimana cara mendaftarkan anggota baru?");
  await rahmat.press(skipFileBtn.pack());
  return { budi, ani, a, b, c };
}

describe("workspace", () => {
  it("a BA sees their own coops with report status and open requests, and details per coop", async () => {
    const { a, b, c } = await seed();
    const budi = h.user(2001);
    await budi.command("koperasiku");
    const list = budi.lastText()!;
    expect(list).toContain(h.t("ws-ba-title", { count: 2 }));
    // the list names each coop by its desa (the title already says they are coops)
    expect(list).toContain(`${coopShortName(a.coop.name)} · Kec.`);
    expect(list).toContain(coopShortName(b.coop.name));
    expect(list).not.toContain(coopShortName(c.coop.name));
    expect(list).toContain(h.t("ws-report-line", { period: "Oktober 2026", status: h.t("ws-report-SUBMITTED") }));
    expect(list).toContain(h.t("ws-report-line", { period: "Oktober 2026", status: h.t("ws-report-none") }));
    expect(list).toContain(h.t("ws-open-requests", { count: 1 }));
    await budi.press(wsCb.pack("c", a.coop.id));
    expect(budi.lastText()).toContain("Siti — Ketua · +6281200005001");
    await budi.press(wsCb.pack("c", b.coop.id));
    expect(budi.lastText()).toContain("#PB-000001");
    expect(budi.buttons().map((x) => x.data)).toEqual(["hr:v:1"]);
  });

  it("a BA cannot open another BA's coop or request (refused and audited)", async () => {
    const { c, budi } = await seed();
    const ani = h.user(2002);
    await ani.command("koperasiku");
    expect(ani.lastText()).toContain(coopShortName(c.coop.name));
    await ani.pressRaw(
      wsCb.pack("c", (await h.prisma.cooperative.findFirstOrThrow({ where: { assignedBaId: budi.id } })).id),
      1001,
    );
    await ani.pressRaw(helpCb.pack("v", 1), 1001);
    await ani.pressRaw(wsCb.pack("b", budi.id), 1001);
    await ani.pressRaw("ws:z:1", 1001);
    expect(callbackAnswers(h).slice(-4)).toEqual(Array(4).fill(h.t("error-not-allowed")));
    expect(
      await h.prisma.auditLog.count({
        where: {
          action: "REFUSED",
          actorId: (await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 2002n } })).id,
        },
      }),
    ).toBe(4);
  });

  it("the PMO sees their BAs' load and overdue requests and can open a BA's list; another PMO cannot", async () => {
    const { budi } = await seed();
    h.clock.set("2026-12-01T03:00:00Z"); // past the 24-working-hour SLA
    const pmo = h.user(2101);
    await pmo.command("koperasiku");
    const text = pmo.lastText()!;
    expect(text).toContain("📊 Kabupaten Kubu Raya");
    expect(text).toContain(h.t("ws-sup-coops", { count: 4, unassigned: 1 }));
    expect(text).toContain(h.t("ws-sup-requests", { open: 1, overdue: 1 }));
    expect(text).toContain(h.t("ws-sup-ba-line", { name: "Budi", load: 2, open: 1, overdue: 1 }));
    expect(text).toContain(h.t("ws-sup-ba-line", { name: "Ani", load: 1, open: 0, overdue: 0 }));
    expect(text).toContain("#PB-000001");
    await pmo.press(wsCb.pack("b", budi.id));
    expect(pmo.lastText()).toContain(h.t("ws-ba-title-other", { count: 2, name: "Budi" }));
    const other = h.user(2102);
    await other.command("koperasiku");
    expect(other.lastText()).toContain(h.t("ws-sup-coops", { count: 0, unassigned: 0 }));
    await other.pressRaw(wsCb.pack("b", budi.id), 1001);
    expect(callbackAnswers(h).at(-1)).toBe(h.t("error-not-allowed"));
  });

  it("DINAS and admins see figures per kab/kota; pengurus are pointed to /koperasi", async () => {
    await seed();
    await h.user(2201).command("koperasiku");
    expect(h.user(2201).lastText()).toContain("📊 Kalimantan Barat");
    expect(h.user(2201).lastText()).toContain(
      h.t("ws-sup-area-line", { area: "Kabupaten Kubu Raya", coops: 4, unassigned: 1, overdue: 0 }),
    );
    await h.user(900001).command("koperasiku");
    expect(h.user(900001).lastText()).toContain(h.t("ws-all-areas"));
    await h.user(5001).command("koperasiku");
    expect(h.user(5001).lastText()).toBe(h.t("ws-not-staff"));
  });
});
