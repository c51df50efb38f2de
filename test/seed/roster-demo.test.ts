// The demo roster of Kabupaten Kubu Raya (src/seed/roster-demo.ts, called by the demo seed): the
// coops on the bot are on it, many others are not joined yet, and /rekap and a BA's /koperasiku
// show the gap. Idempotent.
import { beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { seedDemo, STAFF } from "../../src/seed/demo.ts";
import { seedRosterDemo } from "../../src/seed/roster-demo.ts";
import { getWilayah } from "../../src/services/wilayah/index.ts";
import { KUBU_RAYA, findVillage, pressLabel, startProfile } from "../helpers/registration.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness(); // clock: 24 November 2026
  await seedDemo(h.prisma, h.clock);
}, 300_000);

const tg = (key: string) => Number(STAFF.find((s) => s.key === key)!.telegramId);

describe("demo roster of Kubu Raya", () => {
  it("lists every Kubu Raya coop on the bot (linked) and more not joined yet, with real codes; re-running adds nothing", async () => {
    const onBot = await h.prisma.cooperative.count({ where: { regencyCode: "61.12" } });
    const linked = await h.prisma.rosterCoop.count({ where: { coopId: { not: null } } });
    const missing = await h.prisma.rosterCoop.findMany({ where: { coopId: null } });
    expect(linked).toBe(onBot);
    expect(missing.length).toBeGreaterThan(20);
    const w = getWilayah();
    expect(missing.every((r) => r.regencyCode === "61.12" && w.village(r.villageCode))).toBe(true);
    expect(missing.filter((r) => r.ketuaPhone).length).toBeGreaterThan(missing.length / 2);
    expect(missing.filter((r) => r.assignedBaId).length).toBeGreaterThan(missing.length / 2);
    const before = await h.prisma.rosterCoop.count();
    await seedRosterDemo(h.prisma, h.clock.now());
    await seedDemo(h.prisma, h.clock);
    expect(await h.prisma.rosterCoop.count()).toBe(before);
    expect(await h.prisma.import.count()).toBe(1);
  });

  it("the PMO's /rekap shows rostered vs joined, and a BA's /koperasiku the coops to call", async () => {
    const missing = await h.prisma.rosterCoop.count({ where: { coopId: null } });
    const pmo = h.user(tg("hendra"));
    await pmo.command("rekap");
    expect(pmo.lastText()).toContain("📋 Daftar resmi");
    expect(pmo.lastText()).toContain(`belum ${missing}`);
    expect(pmo.lastText()).toContain(h.t("gap-recap-top", { list: "" }));
    expect(pmo.lastText()!.length).toBeLessThanOrEqual(600);
    const rina = h.user(tg("rina"));
    await rina.command("koperasiku");
    const mine = await h.prisma.rosterCoop.count({
      where: {
        coopId: null,
        assignedBaId: (await h.prisma.user.findUniqueOrThrow({ where: { telegramId: BigInt(tg("rina")) } })).id,
      },
    });
    expect(mine).toBeGreaterThan(0);
    expect(rina.lastText()).toContain(h.t("ws-gap-title", { count: mine, page: 1, pages: Math.ceil(mine / 4) }));
    expect(rina.lastText()).toContain("📞 +6285");
  });

  it("a new pengurus of a rostered desa sees 'Ini koperasi Anda?'", async () => {
    const row = await h.prisma.rosterCoop.findFirstOrThrow({
      where: { coopId: null },
      orderBy: { villageCode: "asc" },
    });
    const u = h.user(7_000_001);
    await startProfile(h, u);
    await findVillage(u, row.villageCode);
    expect(u.lastText()).toContain(row.name);
    expect(u.lastText()).toContain(row.legalNumber!);
    await pressLabel(h, u, "reg-claim-yes");
    expect(KUBU_RAYA.regency).toBe(row.regencyCode);
  });
});
