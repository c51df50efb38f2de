// Issue 15 in chat: /cari → cards → actions (role change, deactivate), /ubahkoperasi (details,
// AHU uniqueness, units, handover confirmed by the new ketua), /keluar; scope and forged data.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { ADMIN_ID, admin, coopWithKetua, staff, VILLAGES } from "./help-fixtures.ts";
import { cardCb, handoverCb } from "../../src/bot/features/people/callback-data.ts";
import { coopCardText } from "../../src/bot/features/people/render.ts";
import { roleMenu } from "../../src/bot/menu-sync.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

async function member(coopId: number, telegramId: number, position: "SEKRETARIS" | "BENDAHARA", name: string) {
  const user = await h.prisma.user.create({
    data: { telegramId: BigInt(telegramId), fullName: name, consentAt: new Date("2026-01-01") },
  });
  const m = await h.prisma.membership.create({ data: { userId: user.id, coopId, position, status: "ACTIVE" } });
  return { user, m };
}

const outboxTo = async (telegramId: number) =>
  (await h.prisma.outbox.findMany({ where: { chatId: BigInt(telegramId) }, orderBy: { id: "asc" } })).map(
    (r) => r.payload as { text: string; reply_markup?: { inline_keyboard: Array<Array<{ callback_data: string }>> } },
  );

describe("/cari and cards", () => {
  it("an admin finds a coop by part of its desa name, opens its card and deactivates it (audited)", async () => {
    await admin(h);
    const x = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 });
    const adm = h.user(ADMIN_ID);
    await adm.command("cari", "ambara");
    expect(adm.lastText()).toBe(h.t("ppl-search-results", { query: "ambara", total: 1, page: 1, pages: 1 }));
    await adm.press((l) => l.startsWith("🏠 Koperasi"));
    expect(adm.lastText()).toContain(x.coop.name);
    expect(adm.lastText()).toContain("Ambarawa");
    await adm.press((l) => l === h.t("ppl-btn-deactivate"));
    expect((await h.prisma.cooperative.findUniqueOrThrow({ where: { id: x.coop.id } })).status).toBe("INACTIVE");
    expect(await h.prisma.auditLog.count({ where: { action: "COOP_DEACTIVATED", entityId: String(x.coop.id) } })).toBe(
      1,
    );
    expect(adm.lastText()).toContain(h.t("history-COOP_DEACTIVATED"));
  });

  it("an admin changes a person's role with its area; the person and the PMO are told; the menu is refreshed", async () => {
    await admin(h);
    const pmo = await staff(h, 2101, "PMO");
    const ba = await staff(h, 2001, "BA", { name: "Rina Ba" });
    await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 }, { baId: ba.id });
    const adm = h.user(ADMIN_ID);
    await adm.command("cari");
    expect(adm.lastText()).toBe(h.t("ppl-search-ask"));
    await adm.send("x"); // too short: told what to type, asked again
    expect(adm.texts().slice(-2)).toEqual([h.t("ppl-search-too-short"), h.t("ppl-search-ask")]);
    await adm.send("rina");
    await adm.press((l) => l.startsWith("👤 Rina Ba"));
    await adm.press((l) => l === h.t("ppl-btn-role"));
    await adm.press((l) => l === h.t("role-DINAS"));
    await adm.send("Kalimantan Barat"); // type-to-search in the province picker
    await adm.press((l) => l === "Kalimantan Barat");
    await adm.press((l) => l === h.t("role-confirm-yes"));
    const after = await h.prisma.user.findUniqueOrThrow({ where: { id: ba.id } });
    expect([after.role, after.provinceCode, after.regencyCode]).toEqual(["DINAS", "61", null]);
    expect(adm.texts().at(-1)).toBe(h.t("role-done-unassigned", { count: 1 }));
    expect((await outboxTo(2001))[0]!.text).toContain(h.t("role-DINAS"));
    expect((await outboxTo(2101))[0]!.text).toBe(h.t("role-notice-pmo", { name: "Rina Ba", count: 1 }));
    const menu = h.fake.calls.find((c) => c.method === "setMyCommands" && c.payload.scope?.chat_id === 2001);
    expect(menu?.payload.scope.chat_id).toBe(2001);
    expect((menu?.payload.commands as Array<{ command: string }>).map((c) => c.command)).toContain("cari");
    // the version is stored: Rina's next update does not publish the menu again
    expect(after.menuVersion).toBe(roleMenu("DINAS", (k) => h.t(k)).version);
    await h.user(2001).command("bantuan");
    expect(h.fake.byMethod("setMyCommands").filter((c) => c.payload.scope?.chat_id === 2001)).toHaveLength(1);
    expect(pmo.id).toBeGreaterThan(0);
  });

  it("scope: a PMO finds nothing outside their kab/kota, a forged card button is refused, pengurus may not search", async () => {
    await admin(h);
    await staff(h, 2101, "PMO");
    const y = await coopWithKetua(h, VILLAGES.pallima, { telegramId: 5002 });
    const pmo = h.user(2101);
    await pmo.command("cari", "Merah Putih");
    expect(pmo.lastText()).toBe(h.t("ppl-search-none", { query: "Merah Putih" }));
    await pmo.pressRaw(cardCb.pack("c", y.coop.id), 1);
    expect(h.fake.calls.at(-1)).toMatchObject({
      method: "answerCallbackQuery",
      payload: { text: h.t("error-not-allowed") },
    });
    await pmo.pressRaw(cardCb.pack("d", y.coop.id), 1); // only admins deactivate
    expect((await h.prisma.cooperative.findUniqueOrThrow({ where: { id: y.coop.id } })).status).toBe("ACTIVE");
    await pmo.pressRaw("pc:z:1", 1);
    expect(h.fake.calls.at(-1)).toMatchObject({
      method: "answerCallbackQuery",
      payload: { text: h.t("error-not-allowed") },
    });
    const ketua = h.user(5002);
    await ketua.command("cari", "Merah");
    expect(ketua.lastText()).toBe(h.t("ppl-not-allowed"));
  });

  it("a coop card with a long name and a full board fits in 600 characters", async () => {
    const t = (k: string, v?: Record<string, string | number>) => h.t(k, v);
    const text = coopCardText(t, {
      id: 1,
      name: "Koperasi Desa Merah Putih ".repeat(6),
      villageCode: VILLAGES.ambarawa,
      provinceCode: "61",
      regencyCode: "61.12",
      legalNumber: "AHU-0001234.AH.01.29.TAHUN 2025",
      units: ["KANTOR", "GERAI_SEMBAKO", "SIMPAN_PINJAM", "KLINIK", "APOTEK", "COLD_STORAGE", "LOGISTIK", "LAINNYA"],
      status: "ACTIVE",
      assignedBaId: 1,
      baName: "Pendamping Dengan Nama Yang Sangat Panjang Sekali",
      board: Array.from({ length: 10 }, (_, i) => ({
        membershipId: i,
        userId: i,
        name: `Nama Pengurus Yang Panjang Sekali ${i}`,
        position: "WAKIL_ANGGOTA",
      })),
      history: Array.from({ length: 3 }, () => ({
        action: "KETUA_HANDOVER_PROPOSED",
        at: new Date(),
        actorName: "Seseorang Dengan Nama Panjang",
      })),
    });
    expect(text.length).toBeLessThanOrEqual(600);
  });
});

describe("/ubahkoperasi, handover, /keluar", () => {
  it("the ketua renames, meets a taken AHU, changes units, and hands over; the new ketua confirms", async () => {
    const x = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001, name: "Budi Ketua" });
    const other = await coopWithKetua(h, VILLAGES.batuAmpar, { telegramId: 5002 });
    await h.prisma.cooperative.update({
      where: { id: other.coop.id },
      data: { legalNumber: "AHU-0001234.AH.01.29.TAHUN 2025" },
    });
    const sek = await member(x.coop.id, 6001, "SEKRETARIS", "Sari Sekretaris");
    const ketua = h.user(5001);
    await ketua.command("ubahkoperasi");
    await ketua.press((l) => l === h.t("edit-name"));
    await ketua.send("Kop"); // too short
    expect(ketua.texts().slice(-2)).toEqual([h.t("edit-name-invalid"), h.t("edit-name-ask")]);
    await ketua.send("Koperasi Desa Merah Putih Ambarawa Jaya");
    expect(ketua.texts().at(-2)).toBe(h.t("edit-saved"));
    await ketua.press((l) => l === h.t("edit-ahu"));
    await ketua.send("ahu 0001234.ah.01.29.tahun 2025");
    expect(ketua.texts().at(-2)).toBe(h.t("edit-ahu-taken", { name: other.coop.name }));
    await ketua.press((l) => l === h.t("edit-units"));
    await ketua.press((l) => l === h.t("unit-KLINIK"));
    await ketua.press((l) => l === h.t("edit-done-button"));
    expect((await h.prisma.cooperative.findUniqueOrThrow({ where: { id: x.coop.id } })).units).toEqual([
      "GERAI_SEMBAKO",
      "KLINIK",
    ]);
    await ketua.press((l) => l === h.t("edit-handover"));
    await ketua.press((l) => l.startsWith("Sari Sekretaris"));
    await ketua.press((l) => l === h.t("edit-yes"));
    const ask = (await outboxTo(6001)).at(-1)!;
    expect(ask.text).toBe(h.t("handover-ask", { from: "Budi Ketua", coop: "Koperasi Desa Merah Putih Ambarawa Jaya" }));
    const yes = ask.reply_markup!.inline_keyboard[0]![0]!.callback_data;
    // only the addressee may answer
    await h.user(5002).pressRaw(yes, 1);
    expect(h.fake.calls.at(-1)!.payload.text).toBe(h.t("error-not-allowed"));
    await h.user(6001).pressRaw(yes, 1);
    const board = await h.prisma.membership.findMany({ where: { coopId: x.coop.id }, orderBy: { id: "asc" } });
    expect(board.map((m) => m.position)).toEqual(["SEKRETARIS", "KETUA"]);
    expect((await outboxTo(5001)).at(-1)!.text).toBe(
      h.t("handover-notice-accepted", {
        name: "Sari Sekretaris",
        coop: "Koperasi Desa Merah Putih Ambarawa Jaya",
        position: h.t("position-SEKRETARIS"),
      }),
    );
    await h.user(6001).pressRaw(handoverCb.pack(999, "y"), 1);
    expect(h.fake.calls.filter((c) => c.method === "answerCallbackQuery").length).toBeGreaterThan(0);
    expect(sek.user.id).toBeGreaterThan(0);
  });

  it("/keluar: a sekretaris leaves (data kept, ketua told); a ketua with a board must hand over first", async () => {
    const x = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 });
    await member(x.coop.id, 6001, "SEKRETARIS", "Sari Sekretaris");
    const sek = h.user(6001);
    await sek.command("keluar");
    await sek.press((l) => l === h.t("leave-yes"));
    expect(sek.lastText()).toBe(h.t("leave-done", { coop: x.coop.name }));
    expect((await outboxTo(5001)).at(-1)!.text).toBe(
      h.t("leave-notice-ketua", { name: "Sari Sekretaris", coop: x.coop.name }),
    );
    await member(x.coop.id, 6002, "BENDAHARA", "Bayu Bendahara");
    const ketua = h.user(5001);
    await ketua.command("keluar");
    await ketua.press((l) => l === h.t("leave-yes"));
    expect(ketua.lastText()).toBe(h.t("leave-ketua", { coop: x.coop.name }));
    expect(await h.prisma.membership.count({ where: { coopId: x.coop.id, status: "ACTIVE" } })).toBe(2);
  });
});
