import { describe, it, expect, beforeAll, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { testDb } from "../helpers/db.ts";
import {
  DEFAULT_AHU,
  KUBU_RAYA,
  findVillage,
  joinCoop,
  pressLabel,
  registerCoop,
  startProfile,
} from "../helpers/registration.ts";
import { w } from "../../src/bot/kit/index.ts";

let h: Harness;
// open the worker's database outside the per-test hook budget (slow on a busy machine)
beforeAll(() => testDb().then(() => undefined), 300_000);
beforeEach(async () => {
  h = await createHarness();
});

const header = (step: number) => h.t("step-header", { step, total: 7 });
const SUGGESTED = "Koperasi Desa Merah Putih Sungai Ambawang Kuala";

describe("registration wizard", () => {
  it("the consent press is answered and the prompt becomes consent text + answer in one edit (buttons gone)", async () => {
    const u = h.user(5002, "Siti");
    await u.command("start");
    const before = h.fake.calls.length;
    await pressLabel(h, u, "reg-consent-agree");
    const calls = h.fake.calls.slice(before).filter((c) => Number(c.payload.chat_id ?? 5002) === 5002);
    const methods = calls.map((c) => c.method);
    expect(methods.filter((m) => m === "answerCallbackQuery")).toHaveLength(1);
    expect(methods).not.toContain("editMessageReplyMarkup");
    const edit = calls.find((c) => c.method === "editMessageText")!;
    expect(edit.payload.text).toContain(h.t("reg-consent-agree"));
    expect(edit.payload.text).not.toContain(h.t("cancel-hint"));
    expect(edit.payload.reply_markup).toBeUndefined();
  });

  it("registers a new cooperative end to end with a real desa", async () => {
    const admin = h.user(900001, "Admin");
    await admin.command("start"); // bootstrap admin from ADMIN_TELEGRAM_IDS
    const u = h.user(5001, "Siti");
    await u.command("start");
    expect(u.texts()[1]).toContain(header(1));
    expect(u.texts()[1]).toContain(h.t("reg-consent"));
    await pressLabel(h, u, "reg-consent-agree");
    const consented = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 5001n } });
    expect(consented.consentAt).not.toBeNull();

    await u.send("siti   AMINAH");
    expect(u.lastText()).toContain(h.t("reg-phone-ask"));
    const phonePrompt = h.fake.lastTo(5001)!;
    expect(phonePrompt.payload.reply_markup.keyboard[0][0].request_contact).toBe(true);
    await u.shareContact("+62 812-3456-7890");
    expect(u.texts()).toContain(h.t("reg-phone-saved", { phone: "+6281234567890" }));
    expect(h.fake.calls.some((c) => c.payload.reply_markup?.remove_keyboard === true)).toBe(true);
    expect(u.lastText()).toContain(header(4));

    await findVillage(u);
    expect(u.texts()).toContain(h.t("reg-village-new", { village: KUBU_RAYA.villageName, name: SUGGESTED }));
    expect(u.lastText()).toContain(header(5));
    await pressLabel(h, u, "position-KETUA");
    expect(u.lastText()).toContain(header(6));
    await u.send("ahu-0012345.ah.01.29.tahun 2025");
    expect(u.lastText()).toContain(h.t("reg-units-ask"));
    expect(u.lastText()).toContain(header(7));
    await u.press(w("u:GERAI_SEMBAKO"));
    await u.press(w("u:KLINIK"));
    await u.press(w("u:KLINIK")); // toggled off again
    await u.press(w("u:SIMPAN_PINJAM"));
    await pressLabel(h, u, "reg-units-done");
    const summary = u.lastText()!;
    expect(summary).toContain("Siti Aminah");
    expect(summary).toContain("+6281234567890");
    expect(summary).toContain(SUGGESTED);
    expect(summary).toContain(DEFAULT_AHU);
    expect(summary).toContain(`${h.t("unit-GERAI_SEMBAKO")}, ${h.t("unit-SIMPAN_PINJAM")}`);
    expect(summary).not.toContain(h.t("unit-KLINIK"));
    expect(u.buttons().map((b) => b.text)).toContain(h.t("reg-edit-coopName"));
    await pressLabel(h, u, "reg-send");

    const coop = await h.prisma.cooperative.findUniqueOrThrow({
      where: { villageCode: KUBU_RAYA.village },
      include: { memberships: { include: { user: true } } },
    });
    expect(coop.name).toBe(SUGGESTED);
    expect(coop.legalNumber).toBe(DEFAULT_AHU);
    expect(coop.units).toEqual(["GERAI_SEMBAKO", "SIMPAN_PINJAM"]);
    expect(coop.regencyCode).toBe("61.12");
    expect(coop.memberships).toHaveLength(1);
    expect(coop.memberships[0]!.position).toBe("KETUA");
    expect(coop.memberships[0]!.status).toBe("ACTIVE");
    expect(coop.memberships[0]!.user.fullName).toBe("Siti Aminah");
    expect(u.lastText()).toBe(h.t("reg-done-created", { name: coop.name }));
    expect(u.lastText()).toContain("/lapor");
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

  it("the standard path of a new koperasi takes 12 actions, the join path 9", async () => {
    let actions = 0;
    const handle = h.handle;
    h.handle = async (update) => {
      actions += 1;
      await handle(update);
    };
    const ketua = h.user(5101, "Ketua");
    await registerCoop(h, ketua, { units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM"] });
    expect(actions).toBe(12);
    actions = 0;
    const m = await joinCoop(h, h.user(5102, "Bendahara"));
    expect(actions).toBe(9);
    expect(m.status).toBe("PENDING");
  });

  it("finds a desa typed with its kecamatan or kabupaten, and pages a long result list with its count", async () => {
    const u = h.user(5002);
    await startProfile(h, u);
    await u.send("Durian");
    expect(u.lastText()).toContain(h.t("reg-wilayah-results-more", { query: "Durian", count: 60, page: 1, pages: 6 }));
    expect(u.buttons().filter((b) => b.data.startsWith(w("p:")))).toHaveLength(10);
    await pressLabel(h, u, "btn-next");
    expect(u.lastText()).toContain(h.t("reg-wilayah-results-more", { query: "Durian", count: 60, page: 2, pages: 6 }));
    await u.send("Durian Sungai Ambawang");
    expect(u.lastText()).toContain(
      h.t("reg-wilayah-results", { query: "Durian Sungai Ambawang", count: 1, page: 1, pages: 1 }),
    );
    await u.press((l) => l.startsWith("Durian, Sungai Ambawang"));
    expect(u.texts()).toContain(
      h.t("reg-village-new", { village: "Durian", name: "Koperasi Desa Merah Putih Durian" }),
    );
  });

  it("a typed kabupaten or 'Kec. …' offers that area to browse into", async () => {
    const u = h.user(5015);
    await startProfile(h, u);
    await u.send("Kab. Kubu Raya");
    expect(u.buttons().map((b) => b.data)).toContain(w("p:61.12"));
    await u.send("Kec. Sungai Ambawang");
    await u.press(w(`p:${KUBU_RAYA.district}`));
    expect(u.lastText()).toContain(h.t("reg-wilayah-village", { parent: "Sungai Ambawang", page: 1, pages: 2 }));
    if (!u.buttons().some((b) => b.data === w(`p:${KUBU_RAYA.village}`))) await pressLabel(h, u, "btn-next");
    await u.press(w(`p:${KUBU_RAYA.village}`));
    expect(u.lastText()).toContain(h.t("reg-position-ask"));
  });

  it("browses province → kab/kota → kecamatan → desa with Kembali going up a level", async () => {
    const u = h.user(5011);
    await startProfile(h, u);
    await pressLabel(h, u, "btn-next"); // Kalimantan Barat is on page 2 of the provinces
    await u.press(w(`p:${KUBU_RAYA.province}`));
    await u.press(w(`p:${KUBU_RAYA.regency}`));
    await pressLabel(h, u, "btn-back"); // back to the kab/kota list
    expect(u.lastText()).toContain(h.t("reg-wilayah-regency", { parent: "Kalimantan Barat", page: 1, pages: 2 }));
    await u.press(w(`p:${KUBU_RAYA.regency}`));
    await u.press(w(`p:${KUBU_RAYA.district}`));
    if (!u.buttons().some((b) => b.data === w(`p:${KUBU_RAYA.village}`))) await pressLabel(h, u, "btn-next");
    await u.press(w(`p:${KUBU_RAYA.village}`));
    expect(u.lastText()).toContain(h.t("reg-position-ask"));
  });

  it("asks again with an example when a village does not exist, keeping earlier answers", async () => {
    const u = h.user(5003);
    await startProfile(h, u, "Budi Santoso");
    await u.send("Zzyzxqqq");
    expect(u.texts().at(-2)).toBe(
      h.t("reg-wilayah-not-found", { query: "Zzyzxqqq", where: h.t("reg-wilayah-indonesia") }),
    );
    expect(u.lastText()).toContain(header(4));
    await u.send("x"); // too short
    expect(u.texts().at(-2)).toBe(h.t("reg-search-too-short"));
    await findVillage(u);
    await pressLabel(h, u, "position-SEKRETARIS");
    await pressLabel(h, u, "reg-ahu-none");
    await u.press(w("u:KANTOR"));
    await pressLabel(h, u, "reg-units-done");
    expect(u.lastText()).toContain("Budi Santoso");
  });

  it("rejects bad input at every typed step with a clear message and asks again", async () => {
    const u = h.user(5004);
    await u.command("start");
    // consent: text instead of a button
    await u.send("iya");
    expect(u.texts().at(-2)).toBe(h.t("kit-use-buttons"));
    expect(u.lastText()).toContain(h.t("reg-consent"));
    await pressLabel(h, u, "reg-consent-agree");
    // name: emoji, too long, a sticker
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
    expect(u.texts().at(-2)).toBe(h.t("reg-phone-not-own"));
    await u.send("nomor saya rahasia");
    expect(u.texts().at(-2)).toBe(h.t("reg-phone-invalid"));
    await u.send("0812 9999 8888");
    expect(u.texts().at(-2)).toBe(h.t("reg-phone-saved", { phone: "+6281299998888" }));
    await findVillage(u);
    // position: text instead of a button
    await u.send("ketua");
    expect(u.texts().at(-2)).toBe(h.t("kit-use-buttons"));
    await pressLabel(h, u, "position-BENDAHARA");
    // AHU in the wrong format, then "belum ada" typed
    await u.send("12345");
    expect(u.texts().at(-2)).toBe(h.t("reg-ahu-invalid"));
    await u.send("belum ada");
    // units: text, and "done" with nothing selected
    await u.send("gerai");
    expect(u.texts().at(-2)).toBe(h.t("reg-units-use-buttons"));
    await pressLabel(h, u, "reg-units-done");
    const alert = h.fake.byMethod("answerCallbackQuery").at(-1)!;
    expect(alert.payload.text).toBe(h.t("reg-units-none"));
    await u.press(w("u:LOGISTIK"));
    await pressLabel(h, u, "reg-units-done");
    // summary: text instead of a button; every earlier answer kept
    await u.send("oke");
    expect(u.texts().at(-2)).toBe(h.t("reg-summary-use-buttons"));
    const summary = u.lastText()!;
    expect(summary).toContain("Rina Wati");
    expect(summary).toContain("+6281299998888");
    expect(summary).toContain(SUGGESTED);
    expect(summary).toContain(h.t("reg-summary-ahu", { value: h.t("reg-ahu-none") }));
    expect(summary).toContain(h.t("position-BENDAHARA"));
    // coop name from the summary: emoji and 5,000 characters, then a typed name
    await pressLabel(h, u, "reg-edit-coopName");
    await u.send("🏠🏠");
    expect(u.texts().at(-2)).toBe(h.t("reg-coopname-invalid"));
    await u.send("k".repeat(5000));
    expect(u.texts().at(-2)).toBe(h.t("reg-coopname-too-long"));
    await u.send("Koperasi Merah Putih Ambawang");
    expect(u.lastText()).toContain(h.t("reg-summary-coop", { value: "Koperasi Merah Putih Ambawang" }));
  });

  it("lets the user change one field from the summary and returns to the summary", async () => {
    const u = h.user(5005);
    await startProfile(h, u, "Ahmad");
    await findVillage(u);
    await pressLabel(h, u, "position-KETUA");
    await pressLabel(h, u, "reg-ahu-none");
    await u.press(w("u:KANTOR"));
    await pressLabel(h, u, "reg-units-done");
    await pressLabel(h, u, "reg-edit-name");
    await u.send("Ahmad Fauzi");
    expect(u.lastText()).toContain(h.t("reg-summary-name", { value: "Ahmad Fauzi" }));
    await pressLabel(h, u, "reg-edit-position");
    await pressLabel(h, u, "position-SEKRETARIS");
    expect(u.lastText()).toContain(h.t("position-SEKRETARIS"));
    // a typed koperasi name is kept when the desa changes; the suggestion follows the desa otherwise
    await pressLabel(h, u, "reg-edit-wilayah");
    await findVillage(u, "Durian, Kubu Raya");
    expect(u.lastText()).toContain(h.t("reg-summary-coop", { value: "Koperasi Desa Merah Putih Durian" }));
    await pressLabel(h, u, "reg-send");
    const m = await h.prisma.membership.findFirstOrThrow({ include: { user: true, coop: true } });
    expect(m.position).toBe("SEKRETARIS");
    expect(m.user.fullName).toBe("Ahmad Fauzi");
    expect(m.coop.villageCode).toBe("61.12.03.2007");
  });

  it("Kembali goes back one step and keeps the answers", async () => {
    const u = h.user(5010);
    await startProfile(h, u, "Wati");
    await findVillage(u);
    await pressLabel(h, u, "position-KETUA");
    await pressLabel(h, u, "btn-back"); // AHU step → back to the position
    expect(u.lastText()).toContain(header(5));
    await pressLabel(h, u, "position-BENDAHARA");
    await pressLabel(h, u, "reg-ahu-none");
    await u.press(w("u:APOTEK"));
    await pressLabel(h, u, "btn-back"); // units → back to AHU (APOTEK stays ticked)
    expect(u.lastText()).toContain(header(6));
    await pressLabel(h, u, "reg-ahu-none");
    expect(
      u
        .buttons()
        .find((b) => b.data === w("u:APOTEK"))!
        .text.startsWith("✅"),
    ).toBe(true);
    await pressLabel(h, u, "reg-units-done");
    expect(u.lastText()).toContain(h.t("position-BENDAHARA"));
    expect(u.lastText()).toContain(h.t("unit-APOTEK"));
  });

  it("ignores buttons of older prompts and forged picker data", async () => {
    const u = h.user(5006);
    await startProfile(h, u, "Dewi");
    await u.pressRaw(w("p:99"), 1); // old message id, forged code
    expect(h.fake.byMethod("answerCallbackQuery").at(-1)!.payload.text).toBe(h.t("error-stale-button"));
    await u.pressRaw(w("p:99"), u.keyboardMessage()!.messageId); // right message, code not on offer
    expect(h.fake.byMethod("answerCallbackQuery").at(-1)!.payload.text).toBe(h.t("error-stale-button"));
    await findVillage(u);
    expect(u.lastText()).toContain(h.t("reg-position-ask"));
  });

  it("/koperasi or a menu label typed mid-registration is not taken as an answer", async () => {
    const u = h.user(5012);
    await u.command("start");
    await pressLabel(h, u, "reg-consent-agree");
    await u.command("koperasi");
    expect(u.lastText()).toBe(h.t("coop-none"));
    await u.send(h.t("menu-my-coop"));
    expect(u.texts()).not.toContain(h.t("reg-name-invalid"));
    await u.send("Sri Rahayu");
    expect(u.lastText()).toContain(h.t("reg-phone-ask"));
    expect(u.texts()).not.toContain(h.t("reg-name-invalid"));
  });

  it("/batal leaves the wizard from any step", async () => {
    const u = h.user(5007);
    await startProfile(h, u);
    await u.command("batal");
    expect(u.lastText()).toBe(h.t("cancel-done"));
    expect(await h.prisma.session.count({ where: { key: { startsWith: "conv:" } } })).toBe(0);
    await u.send("Koperasi");
    expect(u.lastText()).toBe(h.t("unknown-input-new"));
    await u.command("batal");
    expect(u.lastText()).toBe(h.t("cancel-nothing"));
  });

  it("/bahasa switches to English mid-wizard without losing the step", async () => {
    const u = h.user(5008);
    await u.command("start");
    await pressLabel(h, u, "reg-consent-agree");
    await u.command("bahasa");
    await u.press((l) => l === h.t("language-en"));
    expect(u.lastText()).toBe(h.t("language-set", {}, "en"));
    expect((await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 5008n } })).locale).toBe("en");
    await u.send("John Smith");
    expect(u.lastText()).toContain(h.t("reg-phone-ask", {}, "en"));
  });

  it("consent refused: nothing stored but the Telegram id", async () => {
    const u = h.user(5009);
    await u.command("start");
    await pressLabel(h, u, "reg-consent-decline");
    expect(u.lastText()).toBe(h.t("reg-consent-declined"));
    const user = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 5009n } });
    expect(user.consentAt).toBeNull();
    expect(user.fullName).toBeNull();
  });

  it("an AHU number already used says which koperasi has it and how to join it", async () => {
    await registerCoop(h, h.user(5013), { name: "Pak Ketua" });
    const u = h.user(5014);
    await startProfile(h, u, "Bu Lain");
    await findVillage(u, "Durian, Kubu Raya");
    await pressLabel(h, u, "position-KETUA");
    await u.send(DEFAULT_AHU);
    await u.press(w("u:KANTOR"));
    await pressLabel(h, u, "reg-units-done");
    await pressLabel(h, u, "reg-send");
    expect(u.texts()).toContain(
      h.t("reg-ahu-taken", { name: SUGGESTED, where: "Sungai Ambawang Kuala, Sungai Ambawang" }),
    );
    expect(u.lastText()).toContain(h.t("reg-ahu-ask"));
    await pressLabel(h, u, "reg-ahu-none");
    expect(u.lastText()).toContain(h.t("reg-summary-ahu", { value: h.t("reg-ahu-none") }));
    await pressLabel(h, u, "reg-send");
    expect(await h.prisma.cooperative.count()).toBe(2);
  });
});

describe("join requests", () => {
  async function withKetua() {
    const ketua = h.user(6001, "Ketua");
    const coop = await registerCoop(h, ketua, { name: "Pak Ketua" });
    return { ketua, coop };
  }

  it("a desa that already has a koperasi asks 'gabung?'; the ketua approves", async () => {
    const { ketua, coop } = await withKetua();
    const b = h.user(6002, "Bendahara");
    await startProfile(h, b, "Bu Bendahara");
    await findVillage(b);
    expect(b.lastText()).toContain(h.t("reg-join-ask", { name: coop.name, village: KUBU_RAYA.villageName }));
    await pressLabel(h, b, "reg-join-yes");
    expect(b.lastText()).toContain(header(5)); // the same count as before the fork
    expect(b.lastText()).toContain(h.t("reg-position-ask-join", { name: coop.name }));
    await pressLabel(h, b, "position-BENDAHARA");
    expect(b.lastText()).toContain(h.t("reg-summary-join-coop", { value: coop.name }));
    await pressLabel(h, b, "reg-send-join");
    expect(b.lastText()).toBe(h.t("reg-join-sent-ketua", { name: coop.name }));
    expect(ketua.lastText()).toContain("Bu Bendahara");
    expect(ketua.lastText()).toContain(h.t("position-BENDAHARA"));
    const decision = ketua.keyboardMessage()!;
    await pressLabel(h, ketua, "join-approve");
    expect(ketua.lastText()).toBe(
      h.t("join-approved-by", { person: "Bu Bendahara", coop: coop.name, by: "Pak Ketua" }),
    );
    expect(b.lastText()).toBe(h.t("join-approved-to-requester", { coop: coop.name, by: "Pak Ketua" }));
    const m = await h.prisma.membership.findFirstOrThrow({ where: { user: { telegramId: 6002n } } });
    expect(m.status).toBe("ACTIVE");
    // pressing again: already decided, nothing changes
    await ketua.pressRaw(decision.buttons.find((x) => x.text === h.t("join-reject"))!.data, decision.messageId);
    expect(h.fake.byMethod("answerCallbackQuery").at(-1)!.payload.text).toBe(
      h.t("join-already-decided", { person: "Bu Bendahara", status: h.t("membership-ACTIVE") }),
    );
    expect((await h.prisma.membership.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("ACTIVE");
  });

  it("headers on the join path count up by one with the same total", async () => {
    await withKetua();
    const b = h.user(6008);
    await joinCoop(h, b);
    const headers = b
      .texts()
      .map((x) => /Langkah (\d+) dari (\d+)/.exec(x))
      .filter((m): m is RegExpExecArray => !!m);
    expect(new Set(headers.map((m) => m[2]))).toEqual(new Set(["7"]));
    const steps = [...new Set(headers.map((m) => Number(m[1])))];
    expect(steps).toEqual([1, 2, 3, 4, 5]);
  });

  it("'pilih desa lain' goes back to the search", async () => {
    await withKetua();
    const b = h.user(6009);
    await startProfile(h, b);
    await findVillage(b);
    await pressLabel(h, b, "reg-join-other");
    expect(b.lastText()).toContain(header(4));
    await findVillage(b, "Durian, Kubu Raya");
    expect(b.lastText()).toContain(h.t("reg-position-ask"));
  });

  it("changing the desa from the join summary to one without a koperasi asks the AHU and units", async () => {
    await withKetua();
    const b = h.user(6010);
    await startProfile(h, b, "Sekar Arum");
    await findVillage(b);
    await pressLabel(h, b, "reg-join-yes");
    await pressLabel(h, b, "position-SEKRETARIS");
    await pressLabel(h, b, "reg-edit-wilayah");
    await findVillage(b, "Durian, Kubu Raya");
    expect(b.lastText()).toContain(h.t("reg-ahu-ask"));
    await pressLabel(h, b, "btn-back"); // back to the summary: still missing, so asked again on Kirim
    await pressLabel(h, b, "reg-send");
    expect(b.lastText()).toContain(h.t("reg-ahu-ask"));
    await pressLabel(h, b, "reg-ahu-none");
    await b.press(w("u:KANTOR"));
    await pressLabel(h, b, "reg-units-done");
    expect(b.lastText()).toContain(h.t("reg-summary-coop", { value: "Koperasi Desa Merah Putih Durian" }));
    await pressLabel(h, b, "reg-send");
    const m = await h.prisma.membership.findFirstOrThrow({
      where: { user: { telegramId: 6010n } },
      include: { coop: true },
    });
    expect(m.coop.villageCode).toBe("61.12.03.2007");
    expect(m.position).toBe("SEKRETARIS");
    expect(m.status).toBe("ACTIVE");
  });

  it("join path: the ketua rejects and the requester is told", async () => {
    const { ketua, coop } = await withKetua();
    await joinCoop(h, h.user(6003, "X"), { name: "Pak Ragu", position: "LAINNYA" });
    await pressLabel(h, ketua, "join-reject");
    const b = h.user(6003, "X");
    expect(b.lastText()).toBe(h.t("join-rejected-to-requester", { coop: coop.name, by: "Pak Ketua" }));
    expect(b.lastText()).toContain("/start");
    const m = await h.prisma.membership.findFirstOrThrow({ where: { user: { telegramId: 6003n } } });
    expect(m.status).toBe("REJECTED");
  });

  it("a join request with no ketua goes to the admins", async () => {
    const admin = h.user(900001, "Admin");
    await admin.command("start");
    const { coop } = await withKetua();
    await h.prisma.membership.updateMany({ data: { position: "SEKRETARIS" } }); // no ketua any more
    const b = h.user(6005);
    await joinCoop(h, b, { name: "Calon Anggota", position: "PENGAWAS" });
    expect(b.lastText()).toBe(h.t("reg-join-sent-admin", { name: coop.name }));
    expect(admin.lastText()).toContain("Calon Anggota");
    await pressLabel(h, admin, "join-approve");
    expect((await h.prisma.membership.findFirstOrThrow({ where: { user: { telegramId: 6005n } } })).status).toBe(
      "ACTIVE",
    );
  });

  it("someone who is neither ketua nor admin cannot decide (forged callback is refused and audited)", async () => {
    await withKetua();
    const m = await joinCoop(h, h.user(6006), { name: "Peminta", position: "LAINNYA" });
    const intruder = h.user(6007);
    await intruder.command("bantuan");
    const { joinCb } = await import("../../src/bot/features/registration/join-keyboard.ts");
    await intruder.pressRaw(joinCb.pack("a", m.id), 1);
    expect(h.fake.byMethod("answerCallbackQuery").at(-1)!.payload.text).toBe(h.t("error-not-allowed"));
    expect((await h.prisma.membership.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("PENDING");
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED" } })).toBe(1);
    await intruder.pressRaw(`jn:a:abc`, 1); // malformed on purpose
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED" } })).toBe(2);
  });
});
