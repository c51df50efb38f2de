// Every message a user sees is ≤ 600 characters: the longest realistic cases rendered and driven
// through the real bot — a coop running every unit (summary, "✏️ Ubah", the reviewer's copy,
// /riwayat), a report returned three times (/riwayat per version), /bantuan for an admin.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, FakeClock, type Harness } from "../helpers/harness.ts";
import { seedCoop } from "../features/report-seed.ts";
import { fileReport } from "../helpers/report.ts";
import { ALL_UNITS, fullView } from "./fixtures.ts";
import { createI18n, LocaleCache, LOCALES, type Translate } from "../../src/i18n.ts";
import { summaryPages } from "../../src/bot/features/report/render.ts";
import { historyPages } from "../../src/bot/features/report/history.ts";
import type { HistoryEvent } from "../../src/services/reports/history.ts";
import { ALL_GROUPS } from "../../src/services/reports/questions.ts";
import { editBtn, reviewCb, viewCb } from "../../src/bot/features/report/callback-data.ts";
import { MESSAGE_LIMIT } from "../../src/lib/text.ts";

const i18n = createI18n("id", new LocaleCache());
const tr =
  (locale: string): Translate =>
  (k, v) =>
    i18n.t(locale, k, v);

/** Three return cycles: each version changes every money field and is returned with a long comment. */
function threeReturns(): HistoryEvent[] {
  const money = ALL_GROUPS.flatMap((g) => g.fields)
    .filter((f) => f.kind === "money")
    .map((f) => f.key);
  const ev: HistoryEvent[] = [];
  const at = "2026-11-03T03:00:00.000Z";
  for (let v = 1; v <= 4; v++) {
    if (v > 1)
      for (const k of money)
        ev.push({
          action: "VALUE_SET",
          field: k,
          before: "9876543210",
          after: "1234567890",
          version: v,
          at,
          by: "Siti Aminah Nurhaliza",
        });
    ev.push({
      action: "SUBMITTED",
      field: null,
      before: null,
      after: null,
      version: v,
      at,
      by: "Siti Aminah Nurhaliza",
    });
    if (v < 4)
      ev.push({
        action: "RETURNED",
        field: money.join(","),
        before: null,
        after: "x".repeat(500),
        version: v,
        at,
        by: "Budi Santoso Wibowo",
      });
  }
  ev.push({ action: "ACCEPTED", field: null, before: null, after: null, version: 4, at, by: "Budi Santoso Wibowo" });
  return ev;
}

describe("message length (rendered)", () => {
  for (const locale of LOCALES) {
    it(`${locale}: the summary of a coop with every unit is paged, each page ≤ ${MESSAGE_LIMIT}`, () => {
      const pages = summaryPages(tr(locale), fullView());
      expect(pages.length).toBeGreaterThan(1);
      for (const p of pages) expect(p.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    });

    it(`${locale}: /riwayat of a report returned three times: one page per version, each ≤ ${MESSAGE_LIMIT}`, () => {
      const pages = historyPages(tr(locale), threeReturns(), "Asia/Jakarta");
      expect(pages.length).toBeGreaterThanOrEqual(4);
      for (const p of pages) expect(p.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    });
  }
});

describe("message length (through the bot)", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ clock: new FakeClock(new Date("2026-11-03T03:00:00Z")) });
  });

  it("a coop with every unit: prompts, summary pages, Ubah, the reviewer's copy and /riwayat all fit; count questions show no money hint", async () => {
    const long = "Koperasi Kelurahan Merah Putih Sungai Raya Dalam Kecamatan Sungai Raya";
    await seedCoop(h, {
      name: long,
      units: ALL_UNITS,
      members: [{ tg: 151, name: "Siti Aminah Nurhaliza" }],
      ba: { tg: 251, name: "Budi Santoso Wibowo" },
    });
    const u = h.user(151);
    const ba = h.user(251);
    const big = (n: number) => Array.from({ length: n }, () => "9,8 M").join(" / ");
    await fileReport(u, {
      numbers: [
        "9,8 M / 99999 / 9,8 M",
        "9,8 M / 99999 / 9,8 M / 9,8 M / 9,8 M",
        "9,8 M / 99999",
        "9,8 M / 99999",
        big(1) + " / 99999 / 99999",
        big(1) + " / 99999 / 99999",
        "9,8 M / 99999",
        "99999 / 9999 / 99",
      ],
      kendala:
        "Stok beras sering terlambat datang dari distributor kabupaten, listrik sering padam sehingga kulkas vaksin tidak bisa dipakai.",
      send: false,
    });
    const members = u.texts().find((x) => x.includes(h.t("rep-g-anggota")) && x.includes(h.t("rep-zero-hint")))!;
    expect(members).not.toContain(h.t("rep-money-hint"));
    expect(u.texts().find((x) => x.includes(h.t("rep-g-gerai")))).toContain(h.t("rep-money-hint"));
    expect(u.buttons().some((b) => b.text === h.t("btn-next"))).toBe(true); // the summary has pages
    await u.press((l) => l === h.t("btn-next"));
    await u.press(editBtn.pack());
    await u.press((l) => l === h.t("rep-edit-back"));
    await u.press((l) => l === h.t("rep-send"));
    const report = await h.prisma.monthlyReport.findFirstOrThrow();
    expect(report.status).toBe("SUBMITTED");
    expect(ba.buttons().map((b) => b.data)).toContain(reviewCb.pack("a", report.id, 1));
    await u.command("riwayat");
    await u.press(viewCb.pack(report.id));
    for (const who of [u, ba])
      for (const text of who.texts()) expect(text.length, text).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });

  it("/bantuan for an admin (the most commands): each topic page fits, every topic button is answered", async () => {
    await h.prisma.user.create({
      data: { telegramId: 9001n, fullName: "Admin", role: "ADMIN", consentAt: new Date() },
    });
    const a = h.user(9001);
    await a.command("bantuan");
    const topics = a.buttons().map((b) => b.data);
    expect(topics.length).toBeGreaterThanOrEqual(2);
    for (const data of topics) await a.press(data);
    for (const text of a.texts()) expect(text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(h.fake.byMethod("answerCallbackQuery")).toHaveLength(topics.length);
  });
});
