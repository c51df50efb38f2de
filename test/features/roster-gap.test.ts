// The roster gap made visible (issue 20 item 4): /rekap counts rostered coops, coops on the bot and
// reporting, and names the areas with the most not yet joined; a BA's /koperasiku lists their
// rostered coops not yet on the bot with a phone to call, paged, each page ≤ 600 characters.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { rosterCoop, rosterImport } from "../helpers/roster.ts";
import { admin, callbackAnswers, coopWithKetua, staff, VILLAGES } from "./help-fixtures.ts";
import { wsGapCb } from "../../src/bot/features/workspace/callback-data.ts";
import { gapNudgeCb } from "../../src/bot/features/workspace/gap-nudge.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

/** Not on the bot: 4 in Batu Ampar, 2 in Sungai Raya (one without a phone); 2 on the bot. */
const MISSING = [
  ["61.12.05.2015", "Medan Mas", "6281200000001"],
  ["61.12.05.2014", "Muara Tiga", "6281200000002"],
  ["61.12.05.2009", "Nipah Panjang", "6281200000003"],
  ["61.12.05.2005", "Padang Tikar Dua", "6281200000004"],
  ["61.12.01.2003", "Arang Limbung", null],
  ["61.12.01.2009", "Gunung Tamang", "6281200000006"],
] as const;

async function seed() {
  const boss = await admin(h);
  await rosterImport(h, boss.id);
  const budi = await staff(h, 2001, "BA", { name: "Budi" });
  const ani = await staff(h, 2002, "BA", { name: "Ani" });
  await staff(h, 2101, "PMO", { name: "Pak PMO" });
  const a = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001, name: "Siti" }, { baId: budi.id });
  const b = await coopWithKetua(h, VILLAGES.batuAmpar, { telegramId: 5002, name: "Rahmat" }, { baId: budi.id });
  await h.prisma.monthlyReport.create({ data: { coopId: a.coop.id, period: "2026-10", status: "ACCEPTED" } });
  for (const c of [a, b])
    await rosterCoop(h, {
      villageCode: c.coop.villageCode,
      name: c.coop.name,
      coopId: c.coop.id,
      assignedBaId: budi.id,
    });
  for (const [code, name, phone] of MISSING)
    await rosterCoop(h, {
      villageCode: code,
      name: `Koperasi Desa Merah Putih ${name}`,
      ketuaName: `Ketua ${name}`,
      ketuaPhone: phone,
      assignedBaId: budi.id,
    });
  return { budi, ani };
}

describe("roster gap", () => {
  it("/rekap of the kab/kota counts rostered, on the bot, reporting, and the areas most not joined", async () => {
    await seed();
    const pmo = h.user(2101);
    await pmo.command("rekap");
    const text = pmo.lastText()!;
    expect(text).toContain(h.t("gap-recap-line", { rostered: 8, joined: 2, pct: "25%", reporting: 1, missing: 6 }));
    expect(text).toContain(h.t("gap-recap-top", { list: "Batu Ampar 4, Sungai Raya 2" }));
    expect(text.split("\n")[2]).toBe(
      h.t("gap-recap-line", { rostered: 8, joined: 2, pct: "25%", reporting: 1, missing: 6 }),
    );
    expect(text.length).toBeLessThanOrEqual(600);
    // a kecamatan: its villages not joined
    await pmo.press("rk:v:202610:61.12.05:0");
    expect(pmo.texts().at(-1)).toContain(
      h.t("gap-recap-line", { rostered: 6, joined: 2, pct: "33%", reporting: 1, missing: 4 }),
    );
    expect(pmo.texts().at(-1)).toContain(
      h.t("gap-recap-top", { list: "Padang Tikar Dua 1, Nipah Panjang 1, Muara Tiga 1" }),
    );
  });

  it("an area without a roster shows no roster line", async () => {
    await staff(h, 2101, "PMO", { name: "Pak PMO" });
    const pmo = h.user(2101);
    await pmo.command("rekap");
    expect(pmo.lastText()).not.toContain("📋");
  });

  it("a BA's /koperasiku lists their rostered coops not yet on the bot with the phone, paged", async () => {
    const { budi } = await seed();
    const ba = h.user(2001);
    await ba.command("koperasiku");
    const page1 = ba.lastText()!;
    expect(page1).toContain(h.t("ws-gap-title", { count: 6, page: 1, pages: 2 }));
    // ordered by village code: Sungai Raya (61.12.01) first
    expect(page1).toContain("1. Arang Limbung, Kec. Sungai Raya\n   " + h.t("ws-gap-no-phone"));
    expect(page1).toContain(h.t("ws-gap-phone", { phone: "+6281200000006", ketua: " (Ketua Gunung Tamang)" }));
    expect(page1).not.toContain("Muara Tiga");
    expect(page1.length).toBeLessThanOrEqual(600);
    await ba.press(wsGapCb.pack(budi.id, 1));
    const page2 = ba.lastText()!;
    expect(page2).toContain(h.t("ws-gap-title", { count: 6, page: 2, pages: 2 }));
    expect(page2).toContain("5. Muara Tiga, Kec. Batu Ampar");
    expect(page2).toContain(h.t("ws-gap-phone", { phone: "+6281200000001", ketua: " (Ketua Medan Mas)" }));
    expect(page2.length).toBeLessThanOrEqual(600);
  });

  it("another BA cannot page someone else's list; the PMO can (refused and audited otherwise)", async () => {
    const { budi } = await seed();
    await h.user(2002).pressRaw(wsGapCb.pack(budi.id, 1), 1001);
    await h.user(5001).pressRaw(wsGapCb.pack(budi.id, 0), 1001);
    await h.user(2002).pressRaw("wg:x:1", 1001);
    expect(callbackAnswers(h)).toEqual(Array(3).fill(h.t("error-not-allowed")));
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED" } })).toBe(3);
    const pmo = h.user(2101);
    await pmo.pressRaw(wsGapCb.pack(budi.id, 1), 1001);
    expect(callbackAnswers(h).at(-1)).toBe("");
  });

  it("a BA with no coop on the bot yet still sees the rostered ones to call", async () => {
    const { ani } = await seed();
    await rosterCoop(h, {
      villageCode: "61.12.02.2002",
      name: "Koperasi Desa Merah Putih Kubu Padi",
      ketuaPhone: "6281300000009",
      assignedBaId: ani.id,
    });
    const u = h.user(2002);
    await u.command("koperasiku");
    expect(u.texts().join("\n")).toContain(h.t("ws-ba-none", { name: "Ani" }));
    expect(u.lastText()).toContain("+6281300000009");
    expect(u.lastText()).toContain(h.t("ws-gap-title", { count: 1, page: 1, pages: 1 }));
  });

  it("the PMO sees the gap on /koperasiku and reminds its BAs once a day; a BA may not", async () => {
    await seed();
    const pmo = h.user(2101);
    await pmo.command("koperasiku");
    expect(pmo.lastText()).toContain(h.t("ws-gap-sup", { missing: 6, bas: 1 }));
    await pressNudge(pmo);
    expect(h.user(2001).lastText()).toBe(h.t("ws-gap-nudge-msg", { by: "Pak PMO", count: 6 }));
    expect(callbackAnswers(h).at(-1)).toBe(h.t("ws-gap-nudged", { sent: 1, already: 0 }));
    await pressNudge(pmo);
    expect(callbackAnswers(h).at(-1)).toBe(h.t("ws-gap-nudged", { sent: 0, already: 1 }));
    expect(
      h
        .user(2001)
        .texts()
        .filter((x) => x.startsWith("🔔")),
    ).toHaveLength(1);
    await h.user(2001).pressRaw(gapNudgeCb.pack(), 1001);
    expect(callbackAnswers(h).at(-1)).toBe(h.t("error-not-allowed"));
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED" } })).toBe(1);
  });
});

const pressNudge = (u: ReturnType<Harness["user"]>) => u.press(gapNudgeCb.pack());
