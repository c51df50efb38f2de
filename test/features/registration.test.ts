import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { KUBU_RAYA, consentAndProfile, pickVillage, registerNewCoop } from "./registration-flow.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

describe("registration wizard", () => {
  it("registers a new cooperative end to end with a real desa", async () => {
    const admin = h.user(900001, "Admin");
    await admin.command("start"); // bootstrap admin from ADMIN_TELEGRAM_IDS
    const u = h.user(5001, "Siti");
    await u.command("start");
    expect(u.texts()[1]).toContain(h.t("step-header", { step: 1, total: 9 }));
    expect(u.texts()[1]).toContain("UU PDP");
    await u.press("ok");
    const consented = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 5001n } });
    expect(consented.consentAt).not.toBeNull();

    await u.send("siti   AMINAH");
    expect(u.lastText()).toContain(h.t("reg-phone-ask"));
    const phonePrompt = h.fake.lastTo(5001)!;
    expect(phonePrompt.payload.reply_markup.keyboard[0][0].request_contact).toBe(true);
    await u.shareContact("+62 812-3456-7890");
    expect(u.texts()).toContain(h.t("reg-phone-saved", { phone: "+6281234567890" }));
    expect(h.fake.calls.some((c) => c.payload.reply_markup?.remove_keyboard === true)).toBe(true);

    await u.press("new");
    await pickVillage(u);
    expect(u.texts().join("\n")).toContain(KUBU_RAYA.villageName);
    await u.press("use");
    await u.send("ahu-0012345.ah.01.29.tahun 2025");
    expect(u.lastText()).toContain(h.t("reg-units-ask"));
    await u.press("u:GERAI_SEMBAKO");
    await u.press("u:KLINIK");
    await u.press("u:KLINIK"); // toggled off again
    await u.press("u:SIMPAN_PINJAM");
    await u.press("done");
    await u.press("p:KETUA");
    const summary = u.lastText()!;
    expect(summary).toContain("Siti Aminah");
    expect(summary).toContain("+6281234567890");
    expect(summary).toContain("Koperasi Desa Merah Putih Sungai Ambawang Kuala");
    expect(summary).toContain("AHU-0012345.AH.01.29.TAHUN 2025");
    expect(summary).toContain(`${h.t("unit-GERAI_SEMBAKO")}, ${h.t("unit-SIMPAN_PINJAM")}`);
    expect(summary).not.toContain(h.t("unit-KLINIK"));
    await u.press("ok");

    const coop = await h.prisma.cooperative.findUniqueOrThrow({ where: { villageCode: KUBU_RAYA.village }, include: { memberships: { include: { user: true } } } });
    expect(coop.name).toBe("Koperasi Desa Merah Putih Sungai Ambawang Kuala");
    expect(coop.legalNumber).toBe("AHU-0012345.AH.01.29.TAHUN 2025");
    expect(coop.units).toEqual(["GERAI_SEMBAKO", "SIMPAN_PINJAM"]);
    expect(coop.regencyCode).toBe("61.12");
    expect(coop.memberships).toHaveLength(1);
    expect(coop.memberships[0]!.position).toBe("KETUA");
    expect(coop.memberships[0]!.status).toBe("ACTIVE");
    expect(coop.memberships[0]!.user.fullName).toBe("Siti Aminah");
    expect(u.lastText()).toBe(h.t("reg-done-created", { name: coop.name }));
    // the admin is told about the new coop
    expect(admin.lastText()).toContain(coop.name);
    expect(admin.lastText()).toContain("Siti Aminah");
    // the readiness checklist starts from what registration told us
    const items = await h.prisma.readinessItem.findMany({ where: { coopId: coop.id } });
    expect(items.find((i) => i.item === "AHU")?.state).toBe("YES");
    // the conversation is over: the next text is not taken as a wizard answer
    await u.send("halo");
    expect(u.lastText()).toBe(h.t("unknown-input"));
  });

  it("finds a desa by typing its name and suggests a kelurahan name for kelurahan codes", async () => {
    const u = h.user(5002);
    await consentAndProfile(u);
    await u.press("new");
    await u.send("Sungai Ambawang Kuala");
    expect(u.lastText()).toContain(h.t("reg-wilayah-results", { query: "Sungai Ambawang Kuala" }));
    await u.press((label) => label.startsWith("Sungai Ambawang Kuala"));
    expect(u.texts().join("\n")).toContain(h.t("reg-coopname-ask", { suggestion: "Koperasi Desa Merah Putih Sungai Ambawang Kuala" }));
  });

  it("asks again with an example when a village does not exist, keeping earlier answers", async () => {
    const u = h.user(5003);
    await consentAndProfile(u, "Budi Santoso");
    await u.press("new");
    await u.send("Zzyzxqqq");
    expect(u.texts().at(-2)).toBe(h.t("reg-wilayah-not-found", { query: "Zzyzxqqq", where: h.t("reg-wilayah-indonesia") }));
    expect(u.lastText()).toContain(h.t("reg-wilayah-type-hint"));
    await u.send("x"); // too short
    expect(u.texts().at(-2)).toBe(h.t("reg-search-too-short"));
    await pickVillage(u);
    await u.press("use");
    await u.press("none");
    await u.press("u:KANTOR");
    await u.press("done");
    await u.press("p:SEKRETARIS");
    expect(u.lastText()).toContain("Budi Santoso");
  });

  it("rejects bad input at every typed step with a clear message and asks again", async () => {
    const u = h.user(5004);
    await u.command("start");
    // consent: text instead of a button
    await u.send("iya");
    expect(u.texts().at(-2)).toBe(h.t("reg-use-buttons"));
    expect(u.lastText()).toContain(h.t("reg-consent-again"));
    await u.press("ok");
    // name: empty-ish, emoji, too long, a sticker
    await u.send("😀😀😀");
    expect(u.texts().at(-2)).toBe(h.t("reg-name-invalid"));
    await u.send("a".repeat(5000));
    expect(u.texts().at(-2)).toBe(h.t("reg-name-too-long"));
    await u.sendSticker();
    expect(u.texts().at(-2)).toBe(h.t("reg-name-invalid"));
    expect(u.lastText()).toContain(h.t("reg-name-ask"));
    await u.send("Rina Wati");
    // phone: someone else's contact, garbage, then a typed number
    await u.shareContact("+6281111111111", 999999);
    expect(u.lastText()).toBe(h.t("reg-phone-not-own"));
    await u.send("nomor saya rahasia");
    expect(u.lastText()).toBe(h.t("reg-phone-invalid"));
    await u.send("0812 9999 8888");
    expect(u.texts().at(-2)).toBe(h.t("reg-phone-saved", { phone: "+6281299998888" }));
    // mode: text instead of a button
    await u.send("baru");
    expect(u.texts().at(-2)).toBe(h.t("reg-use-buttons"));
    await u.press("new");
    await pickVillage(u);
    // coop name: emoji and 5,000 characters
    await u.send("🏠🏠");
    expect(u.texts().at(-2)).toBe(h.t("reg-coopname-invalid"));
    await u.send("k".repeat(5000));
    expect(u.texts().at(-2)).toBe(h.t("reg-coopname-too-long"));
    await u.send("Koperasi Merah Putih Ambawang");
    // AHU in the wrong format
    await u.send("12345");
    expect(u.texts().at(-2)).toBe(h.t("reg-ahu-invalid"));
    await u.send("belum ada");
    // units: text, and "done" with nothing selected
    await u.send("gerai");
    expect(u.texts().at(-2)).toBe(h.t("reg-units-use-buttons"));
    await u.press("done");
    const alert = h.fake.byMethod("answerCallbackQuery").at(-1)!;
    expect(alert.payload.text).toBe(h.t("reg-units-none"));
    await u.press("u:LOGISTIK");
    await u.press("done");
    await u.send("ketua");
    expect(u.texts().at(-2)).toBe(h.t("reg-use-buttons"));
    await u.press("p:BENDAHARA");
    // summary keeps every earlier answer
    const summary = u.lastText()!;
    expect(summary).toContain("Rina Wati");
    expect(summary).toContain("+6281299998888");
    expect(summary).toContain("Koperasi Merah Putih Ambawang");
    expect(summary).toContain(h.t("reg-summary-ahu", { value: h.t("reg-ahu-none") }));
    expect(summary).toContain(h.t("position-BENDAHARA"));
  });

  it("lets the user change one field from the summary and returns to the summary", async () => {
    const u = h.user(5005);
    await consentAndProfile(u, "Ahmad");
    await u.press("new");
    await pickVillage(u);
    await u.press("use");
    await u.press("none");
    await u.press("u:KANTOR");
    await u.press("done");
    await u.press("p:KETUA");
    await u.press("e:name");
    await u.send("Ahmad Fauzi");
    expect(u.lastText()).toContain(h.t("reg-summary-name", { value: "Ahmad Fauzi" }));
    await u.press("e:position");
    await u.press("p:SEKRETARIS");
    expect(u.lastText()).toContain(h.t("position-SEKRETARIS"));
    await u.press("ok");
    const m = await h.prisma.membership.findFirstOrThrow({ include: { user: true } });
    expect(m.position).toBe("SEKRETARIS");
    expect(m.user.fullName).toBe("Ahmad Fauzi");
  });

  it("Kembali goes back one step and keeps the answers", async () => {
    const u = h.user(5010);
    await consentAndProfile(u, "Wati");
    await u.press("new");
    await pickVillage(u);
    await u.press("use");
    await u.press("bk"); // AHU step → back to the coop name
    expect(u.lastText()).toContain(h.t("step-header", { step: 6, total: 9 }));
    await u.send("Koperasi Ambawang Sejahtera");
    await u.press("none");
    await u.press("u:APOTEK");
    await u.press("done");
    await u.press("bk"); // position → back to units, APOTEK still ticked
    expect(u.buttons().find((b) => b.data === "u:APOTEK")!.text.startsWith("✅")).toBe(true);
    await u.press("done");
    await u.press("p:KETUA");
    expect(u.lastText()).toContain("Koperasi Ambawang Sejahtera");
  });

  it("ignores buttons of older prompts and forged picker data", async () => {
    const u = h.user(5006);
    await u.command("start");
    await u.press("ok");
    await u.send("Dewi");
    await u.shareContact("+6281234500000");
    await u.press("new");
    await u.pressRaw("pk:99", 1); // old message id, forged code
    expect(h.fake.byMethod("answerCallbackQuery").at(-1)!.payload.text).toBe(h.t("error-stale-button"));
    const current = h.fake.calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === 5006).length + 1000;
    await u.pressRaw("pk:99", current); // right message, code not on offer
    expect(u.lastText()).toBe(h.t("error-stale-button"));
    await pickVillage(u);
    expect(u.texts().join("\n")).toContain(KUBU_RAYA.villageName);
  });

  it("/batal leaves the wizard from any step", async () => {
    const u = h.user(5007);
    await consentAndProfile(u);
    await u.command("batal");
    expect(u.lastText()).toBe(h.t("cancel-done"));
    expect(await h.prisma.session.count()).toBe(0);
    await u.send("Koperasi");
    expect(u.lastText()).toBe(h.t("unknown-input"));
    await u.command("batal");
    expect(u.lastText()).toBe(h.t("cancel-nothing"));
  });

  it("/bahasa switches to English mid-wizard without losing the step", async () => {
    const u = h.user(5008);
    await u.command("start");
    await u.press("ok");
    await u.command("bahasa");
    await u.press("lang:en");
    expect(u.lastText()).toBe(h.t("language-set", {}, "en"));
    expect((await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 5008n } })).locale).toBe("en");
    await u.send("John Smith");
    expect(u.lastText()).toContain(h.t("reg-phone-ask", {}, "en"));
  });

  it("consent refused: nothing stored but the Telegram id", async () => {
    const u = h.user(5009);
    await u.command("start");
    await u.press("no");
    expect(u.lastText()).toBe(h.t("reg-consent-declined"));
    const user = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 5009n } });
    expect(user.consentAt).toBeNull();
    expect(user.fullName).toBeNull();
  });
});

describe("join requests", () => {
  async function withKetua() {
    const ketua = h.user(6001, "Ketua");
    const coop = await registerNewCoop(h, ketua, "Pak Ketua");
    return { ketua, coop };
  }

  it("registering a desa that already has a coop becomes a join request; the ketua approves", async () => {
    const { ketua, coop } = await withKetua();
    const b = h.user(6002, "Bendahara");
    await consentAndProfile(b, "Bu Bendahara");
    await b.press("new");
    await pickVillage(b);
    expect(b.texts()).toContain(h.t("reg-village-taken", { name: coop.name, village: KUBU_RAYA.villageName }));
    await b.press("p:BENDAHARA");
    expect(b.lastText()).toContain(h.t("reg-summary-join-coop", { value: coop.name }));
    await b.press("ok");
    expect(b.lastText()).toBe(h.t("reg-join-sent-ketua", { name: coop.name }));
    expect(ketua.lastText()).toContain("Bu Bendahara");
    expect(ketua.lastText()).toContain(h.t("position-BENDAHARA"));
    const decision = ketua.keyboardMessage()!;
    await ketua.press((l) => l === h.t("join-approve"));
    expect(ketua.lastText()).toBe(h.t("join-approved-by", { person: "Bu Bendahara", coop: coop.name, by: "Pak Ketua" }));
    expect(b.lastText()).toBe(h.t("join-approved-to-requester", { coop: coop.name, by: "Pak Ketua" }));
    const m = await h.prisma.membership.findFirstOrThrow({ where: { user: { telegramId: 6002n } } });
    expect(m.status).toBe("ACTIVE");
    // pressing again: already decided, nothing changes
    await ketua.pressRaw(decision.buttons.find((b) => b.text === h.t("join-reject"))!.data, decision.messageId);
    expect(h.fake.byMethod("answerCallbackQuery").at(-1)!.payload.text).toBe(h.t("join-already-decided", { person: "Bu Bendahara", status: h.t("membership-ACTIVE") }));
    expect((await h.prisma.membership.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("ACTIVE");
  });

  it("join path: the ketua rejects and the requester is told", async () => {
    const { ketua, coop } = await withKetua();
    const b = h.user(6003, "X");
    await consentAndProfile(b, "Pak Ragu");
    await b.press("join");
    await pickVillage(b);
    await b.press("p:LAINNYA");
    await b.press("ok");
    await ketua.press((l) => l === h.t("join-reject"));
    expect(b.lastText()).toBe(h.t("join-rejected-to-requester", { coop: coop.name, by: "Pak Ketua" }));
    const m = await h.prisma.membership.findFirstOrThrow({ where: { user: { telegramId: 6003n } } });
    expect(m.status).toBe("REJECTED");
  });

  it("join path on a desa with no coop offers to register it instead", async () => {
    const u = h.user(6004);
    await consentAndProfile(u);
    await u.press("join");
    await pickVillage(u);
    expect(u.lastText()).toBe(h.t("reg-village-no-coop", { village: KUBU_RAYA.villageName }));
    await u.press("new");
    expect(u.lastText()).toContain(h.t("reg-coopname-title").slice(0, 0) + "Koperasi Desa Merah Putih Sungai Ambawang Kuala");
  });

  it("a join request with no ketua goes to the admins", async () => {
    const admin = h.user(900001, "Admin");
    await admin.command("start");
    const { coop } = await withKetua();
    await h.prisma.membership.updateMany({ data: { position: "SEKRETARIS" } }); // no ketua any more
    const b = h.user(6005);
    await consentAndProfile(b, "Calon Anggota");
    await b.press("join");
    await pickVillage(b);
    await b.press("p:PENGAWAS");
    await b.press("ok");
    expect(b.lastText()).toBe(h.t("reg-join-sent-admin", { name: coop.name }));
    expect(admin.lastText()).toContain("Calon Anggota");
    await admin.press((l) => l === h.t("join-approve"));
    expect((await h.prisma.membership.findFirstOrThrow({ where: { user: { telegramId: 6005n } } })).status).toBe("ACTIVE");
  });

  it("someone who is neither ketua nor admin cannot decide (forged callback is refused and audited)", async () => {
    await withKetua();
    const b = h.user(6006);
    await consentAndProfile(b, "Peminta");
    await b.press("join");
    await pickVillage(b);
    await b.press("p:LAINNYA");
    await b.press("ok");
    const m = await h.prisma.membership.findFirstOrThrow({ where: { status: "PENDING" } });
    const intruder = h.user(6007);
    await intruder.command("bantuan");
    await intruder.pressRaw(`jn:a:${m.id}`, 1);
    expect(h.fake.byMethod("answerCallbackQuery").at(-1)!.payload.text).toBe(h.t("error-not-allowed"));
    expect((await h.prisma.membership.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("PENDING");
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED" } })).toBe(1);
    await intruder.pressRaw(`jn:a:abc`, 1);
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED" } })).toBe(2);
  });
});
