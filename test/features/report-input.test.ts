// Bad input at each kind of step of the report wizard: the user gets a clear message with an
// example, valid parts are kept, and the same question is asked again.
import {
  checkDoneBtn,
  checkItemBtn,
  landBtn,
  oddNoBtn,
  oddYesBtn,
  photosDoneBtn,
  sendBtn,
} from "../../src/bot/features/report/callback-data.ts";
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, FakeClock, type Harness } from "../helpers/harness.ts";
import { seedCoop } from "./report-seed.ts";
import type { TestUser } from "../helpers/test-user.ts";

let h: Harness;
let u: TestUser;
let reportId: number;

async function values() {
  const rows = await h.prisma.reportValue.findMany({ where: { reportId } });
  return Object.fromEntries(rows.map((r) => [r.field, r.intValue !== null ? r.intValue.toString() : r.text]));
}

beforeEach(async () => {
  h = await createHarness({ clock: new FakeClock(new Date("2026-11-03T03:00:00Z")) });
  const { coop } = await seedCoop(h, {
    units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM"],
    members: [{ tg: 301, name: "Wati" }],
  });
  u = h.user(301);
  await u.command("lapor");
  reportId = (await h.prisma.monthlyReport.findFirstOrThrow({ where: { coopId: coop.id } })).id;
});

const label = (key: string) => h.t(`rep-f-${key.replace(/\./g, "-")}`);

describe("report wizard: bad input", () => {
  it("figures: an unreadable part is reported with an example, the rest is saved, only that part is asked again", async () => {
    await u.send("dua belas juta / 340 / 8 jt");
    const [err, again] = u.texts().slice(-2);
    expect(err).toContain(
      h.t("rep-err-invalid-money", { label: "🛒 Gerai sembako – Omzet", input: "dua belas juta", example: "12,5 jt" }),
    );
    expect(err).toContain(h.t("rep-err-again"));
    expect(await values()).toMatchObject({ "gerai.trx": "340", "gerai.stok": "8000000" });
    expect(await values()).not.toHaveProperty("gerai.omzet");
    expect(again).toContain(h.t("rep-ask-one", { labels: `${label("gerai.omzet")} (Rp)`, period: "Oktober 2026" }));

    await u.send("-5 jt");
    expect(u.texts().at(-2)).toBe(
      `${h.t("rep-err-negative", { label: "🛒 Gerai sembako – Omzet", input: "-5 jt", example: "12,5 jt" })}\n${h.t("rep-err-again")}`,
    );
    await u.send("12,5");
    expect(u.texts().at(-2)).toContain(
      h.t("rep-err-fraction", { label: "🛒 Gerai sembako – Omzet", input: "12,5", example: "12,5 jt" }),
    );
    await u.sendPhoto("early-photo");
    expect(u.texts().at(-3)).toBe(h.t("rep-photo-early", { count: 1 }));
    expect(u.texts().at(-2)).toBe(h.t("rep-type-numbers", { example: "12,5 jt" }));
    expect((await h.prisma.reportPhoto.findMany({ where: { reportId } })).map((p) => p.fileId)).toEqual([
      "early-photo",
    ]);
    expect(u.lastText()).toContain(
      h.t("rep-ask-one", { labels: `${label("gerai.omzet")} (Rp)`, period: "Oktober 2026" }),
    );
    await u.send("12,5 jt");
    expect(await values()).toMatchObject({ "gerai.omzet": "12500000" });
    expect(u.lastText()).toContain(h.t("rep-g-sp"));
  });

  it("figures: too many numbers, a blank part, a fraction for a count, and a rule between fields", async () => {
    await u.send("1 / 2 / 3 / 4");
    expect(u.texts().at(-2)).toBe(
      h.t("rep-err-too-many", {
        count: 3,
        labels: "Omzet / Transaksi / Belanja stok",
        example: "12,5 jt / 340 / 8 jt",
      }),
    );
    expect(await values()).toEqual({});
    await u.send("12 jt //8 jt");
    expect(u.texts().at(-2)).toContain(
      h.t("rep-err-empty", { label: "🛒 Gerai sembako – Transaksi", input: "", example: "340" }),
    );
    await u.send("12,5");
    expect(u.texts().at(-2)).toContain(
      h.t("rep-err-fraction", { label: "🛒 Gerai sembako – Transaksi", input: "12,5", example: "340" }),
    );
    await u.send("340");
    await u.send("1 jt / 20 / 10 jt / 50 jt / 60 jt");
    expect(u.texts().at(-2)).toContain(h.t("rep-err-arrears-above-outstanding"));
    expect(await values()).not.toHaveProperty("sp.tunggakan");
    expect(u.lastText()).toContain(
      h.t("rep-ask-one", { labels: `${label("sp.tunggakan")} (Rp)`, period: "Oktober 2026" }),
    );
    await u.send("5 jt");
    await u.send("100 / 120 / 5");
    expect(u.texts().at(-2)).toContain(h.t("rep-err-new-above-total"));
    await u.send("8");
    expect(await values()).toMatchObject({ "anggota.total": "100", "anggota.baru": "8", "pengurus.aktif": "5" });
  });

  it("figures: an implausible amount is confirmed first (Ketik ulang keeps the rest; Ya saves it)", async () => {
    await u.send("20 M / 340 / 8 jt");
    expect(u.lastText()).toContain(
      h.t("rep-odd-max", { label: "🛒 Gerai sembako – Omzet", value: "Rp20.000.000.000" }),
    );
    await u.press(oddNoBtn.pack());
    expect(await values()).toMatchObject({ "gerai.trx": "340" });
    expect(await values()).not.toHaveProperty("gerai.omzet");
    expect(u.lastText()).toContain(
      h.t("rep-ask-one", { labels: `${label("gerai.omzet")} (Rp)`, period: "Oktober 2026" }),
    );
    await u.send("11 M");
    await u.send("ya"); // typing at a yes/no question: use the buttons
    expect(u.texts().at(-2)).toBe(h.t("rep-use-buttons"));
    await u.press(oddYesBtn.pack());
    expect(await values()).toMatchObject({ "gerai.omzet": "11000000000" });
  });

  it("far above last month asks to confirm", async () => {
    const prev = await h.prisma.monthlyReport.create({
      data: {
        coopId: (await h.prisma.monthlyReport.findUniqueOrThrow({ where: { id: reportId } })).coopId,
        period: "2026-09",
        status: "ACCEPTED",
        version: 1,
      },
    });
    await h.prisma.reportValue.create({ data: { reportId: prev.id, field: "gerai.omzet", intValue: 5_000_000n } });
    await u.command("lapor"); // reopened: the wizard reads last month now
    expect(u.texts().at(-2)).toContain(h.t("rep-intro-resume", { due: "10 November 2026 23.59 WIB", count: 0 }));
    await u.send("90 jt / 340 / 8 jt");
    expect(u.lastText()).toContain(
      h.t("rep-odd-last", { label: "🛒 Gerai sembako – Omzet", value: "Rp90.000.000", last: "Rp5.000.000" }),
    );
    await u.press(oddYesBtn.pack());
    expect(await values()).toMatchObject({ "gerai.omzet": "90000000" });
  });

  it("checklist, kendala, photos and summary: typing where buttons are expected, stale buttons, a land pin", async () => {
    await u.send("12 jt / 300 / 5 jt");
    await u.send("1 jt / 20 / 10 jt / 50 jt / 0");
    await u.send("100 / 5 / 4");
    // checklist: typed text → use the buttons, asked again
    await u.send("sudah semua");
    expect(u.texts().at(-2)).toBe(h.t("rep-ck-use-buttons"));
    expect(u.lastText()).toContain(h.t("rep-ck-ask"));
    // the buttons of the earlier checklist message are removed: only the new one is live
    const dropped = h.fake.byMethod("editMessageReplyMarkup").at(-1)!.payload;
    expect(dropped.reply_markup).toBeUndefined();
    const sent = h.fake.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === 301);
    const checklistIds = sent.flatMap((c, i) => (String(c.payload.text).includes(h.t("rep-ck-ask")) ? [1001 + i] : []));
    expect(checklistIds).toHaveLength(2);
    expect(dropped.message_id).toBe(checklistIds[0]);
    // a location pin → which land? → saved with the checklist
    await h.handle({
      message: {
        message_id: 9001,
        date: 0,
        chat: { id: 301, type: "private", first_name: "Wati" },
        from: u.from,
        location: { latitude: -0.0263, longitude: 109.3425 },
      },
    });
    expect(u.lastText()).toBe(h.t("rep-ck-pin-which"));
    await u.press(landBtn.pack("LAND_GUDANG"));
    expect(u.texts().at(-2)).toBe(h.t("rep-ck-pin-saved", { item: h.t("rep-ck-short-LAND_GUDANG") }));
    expect(u.buttons().find((b) => b.data === checkItemBtn.pack("LAND_GUDANG"))!.text).toBe(
      h.t("rep-ck-LAND_GUDANG", { state: "✅" }),
    );
    // a button on the old checklist message is stale
    await u.pressRaw(checkDoneBtn.pack(), 1001);
    expect(h.fake.byMethod("answerCallbackQuery").at(-1)!.payload.text).toBe(h.t("error-stale-button"));
    await u.press(checkDoneBtn.pack());
    // kendala: too short, then a sticker
    await u.send("x");
    expect(u.texts().at(-2)).toBe(h.t("rep-kendala-type"));
    await u.sendSticker();
    expect(u.texts().at(-2)).toBe(h.t("rep-kendala-type"));
    expect(u.lastText()).toContain(h.t("rep-kendala-ask"));
    await u.send("tidak ada");
    expect(await values()).toMatchObject({ kendala: "" });
    // photos: text instead of a photo
    await u.send("nanti saja");
    expect(u.texts().at(-2)).toBe(h.t("rep-photo-use"));
    await u.press(photosDoneBtn.pack());
    // summary: text instead of a button
    await u.send("kirim");
    expect(u.texts().at(-2)).toBe(h.t("rep-summary-use-buttons"));
    expect(u.lastText()).toContain(h.t("rep-sum-check"));
    await u.press(sendBtn.pack());
    const pin = await h.prisma.readinessItem.findFirstOrThrow({ where: { item: "LAND_GUDANG" } });
    expect(pin).toMatchObject({ state: "YES", latitude: -0.0263, longitude: 109.3425 });
  });

  it("commands and menu buttons pass through without being taken as answers; the wizard keeps waiting", async () => {
    await u.command("riwayat");
    expect(u.lastText()).toBe(h.t("rep-hist-title", { coop: "Koperasi Desa Merah Putih Sukamaju" }));
    await u.send(h.t("menu-my-coop"));
    expect(await values()).toEqual({});
    await u.send("12 jt / 300 / 5 jt");
    expect(await values()).toMatchObject({ "gerai.omzet": "12000000" });
  });
});
