// Registration's limits: every message ≤ 600 characters in the longest realistic case, and every
// button press answered at every step (an unexpected wizard button, a stale one, a foreign one).
import { describe, it, expect, beforeAll, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { testDb } from "../helpers/db.ts";
import { findVillage, joinCoop, pressLabel, registerCoop, startProfile } from "../helpers/registration.ts";
import type { TestUser } from "../helpers/test-user.ts";
import { w } from "../../src/bot/kit/index.ts";
import { UNITS } from "../../src/bot/features/registration/options.ts";

let h: Harness;
// open the worker's database outside the per-test hook budget (slow on a busy machine)
beforeAll(() => testDb().then(() => undefined), 300_000);
beforeEach(async () => {
  h = await createHarness();
});

/** The longest "desa, kecamatan, kabupaten, provinsi" in idn-area-data (110 characters). */
const LONGEST_VILLAGE = "16.09.12.2016";
const LONG_NAME = `Raden Ayu ${"Kusumawardhani ".repeat(3)}Sastrodiningrat Binti Hadi`.slice(0, 60);
const LONG_COOP = `Koperasi Desa Merah Putih ${"Sejahtera Bersama ".repeat(5)}`.trim().slice(0, 100);

/** Every text the bot sent or edited into any chat. */
const allTexts = () => h.fake.calls.map((c) => String(c.payload.text ?? c.payload.caption ?? "")).filter(Boolean);

describe("registration message lengths", () => {
  it("every message stays within 600 characters with all units and the longest names", async () => {
    const admin = h.user(900001, "Admin");
    await admin.command("start");
    for (const locale of ["id", "en"]) {
      h.fake.clear();
      const ketua = h.user(locale === "id" ? 5201 : 5211, "K", locale);
      await startProfile(h, ketua, LONG_NAME);
      await findVillage(ketua, LONGEST_VILLAGE);
      await ketua.press((l) => l === h.t("position-WAKIL_ANGGOTA", {}, locale));
      await ketua.send("AHU-0012345.AH.01.29.TAHUN 2025");
      for (const u of UNITS) await ketua.press(w(`u:${u}`));
      await ketua.press((l) => l === h.t("reg-units-done", {}, locale));
      await ketua.press((l) => l === h.t("reg-edit-coopName", {}, locale));
      await ketua.send(LONG_COOP);
      const summary = ketua.lastText()!;
      expect(summary).toContain(LONG_COOP);
      expect(summary).toContain(h.t("unit-LAINNYA", {}, locale));
      await ketua.press((l) => l === h.t("reg-send", {}, locale));
      expect(await h.prisma.cooperative.count({ where: { name: LONG_COOP } })).toBe(1);
      // the AHU number taken, then a join request from a long-named person, and its approval
      const other = h.user(locale === "id" ? 5202 : 5212, "J", locale);
      await joinCoop(h, other, { village: LONGEST_VILLAGE, name: LONG_NAME, position: "WAKIL_USAHA" });
      const longest = allTexts().reduce((a, b) => (b.length > a.length ? b : a), "");
      expect(longest.length, JSON.stringify(longest)).toBeLessThanOrEqual(600);
      await h.prisma.membership.deleteMany({});
      await h.prisma.cooperative.deleteMany({});
    }
  }, 180_000);
});

/** Id of the newest message the bot sent to this chat (the fake numbers them per chat from 1001). */
function lastMessageId(u: TestUser): number {
  return (
    1000 +
    h.fake.calls.filter(
      (c) =>
        ["sendMessage", "sendDocument", "sendPhoto", "copyMessage"].includes(c.method) &&
        Number(c.payload.chat_id) === u.id,
    ).length
  );
}

describe("every callback is answered at every registration step", () => {
  it("an unexpected wizard button, a stale one and a foreign one are answered at each step", async () => {
    await registerCoop(h, h.user(5301), { village: "61.12.03.2007" }); // Durian has a koperasi: the join question shows
    const u = h.user(5302);
    const answered = async (step: string) => {
      for (const [data, messageId] of [
        [w("zz:unexpected"), lastMessageId(u)],
        [w("ok"), 1001], // an old prompt (the consent)
        ["zz:foreign", lastMessageId(u)],
      ] as const) {
        const before = h.fake.byMethod("answerCallbackQuery").length;
        await u.pressRaw(data, messageId);
        expect(h.fake.byMethod("answerCallbackQuery").length, `${step}: ${data}`).toBe(before + 1);
      }
    };
    await u.command("start");
    await answered("consent");
    await pressLabel(h, u, "reg-consent-agree");
    await answered("name");
    await u.send("Sri Rahayu");
    await answered("phone");
    await u.send("0812 1111 2222");
    await answered("wilayah list");
    await u.send("Durian");
    await answered("wilayah results");
    await u.send("Durian, Kubu Raya");
    await u.press(w("p:61.12.03.2007"));
    await answered("join question");
    await pressLabel(h, u, "reg-join-other");
    await findVillage(u, "Sungai Ambawang Kuala, Sungai Ambawang");
    await answered("position");
    await pressLabel(h, u, "position-KETUA");
    await answered("ahu");
    await pressLabel(h, u, "reg-ahu-none");
    await answered("units");
    await u.press(w("u:KANTOR"));
    await pressLabel(h, u, "reg-units-done");
    await answered("summary");
    await pressLabel(h, u, "reg-edit-coopName");
    await answered("coop name");
    await pressLabel(h, u, "btn-back");
    await pressLabel(h, u, "reg-send");
    await answered("after the wizard");
    expect(await h.prisma.cooperative.count()).toBe(2);
  }, 120_000);
});
