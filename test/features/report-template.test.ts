// /templat and a pasted template: valid lines saved after confirmation, unknown and invalid lines
// listed, the wizard then asks only what is missing.
import { tplCancelBtn, tplSaveBtn } from "../../src/bot/features/report/callback-data.ts";
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, FakeClock, type Harness } from "../helpers/harness.ts";
import { seedCoop } from "./report-seed.ts";
import type { Cooperative } from "../../src/generated/prisma/client.ts";

let h: Harness;
let coop: Cooperative;

beforeEach(async () => {
  h = await createHarness({ clock: new FakeClock(new Date("2026-11-03T03:00:00Z")) });
  ({ coop } = await seedCoop(h, { units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM"], members: [{ tg: 901, name: "Rahmat" }] }));
});

async function values() {
  const rows = await h.prisma.reportValue.findMany({ where: { report: { coopId: coop.id } } });
  return Object.fromEntries(rows.map((r) => [r.field, r.intValue !== null ? r.intValue.toString() : r.text]));
}

describe("/templat", () => {
  it("sends a fill-in template with the already answered values", async () => {
    const u = h.user(901);
    await u.command("lapor");
    await u.send("12 jt / 300 / 5 jt");
    await u.command("templat");
    const [howto, template] = u.texts().slice(-2);
    expect(howto).toBe(h.t("rep-tpl-howto", { period: "Oktober 2026" }));
    expect(template!.split("\n")).toEqual([
      `#LAPORAN K${coop.id} 2026-10`,
      "🛒 Gerai sembako – Omzet (Rp): 12.000.000",
      "🛒 Gerai sembako – Transaksi: 300",
      "🛒 Gerai sembako – Belanja stok (Rp): 5.000.000",
      "💰 Simpan pinjam – Pendapatan jasa (Rp):",
      "💰 Simpan pinjam – Transaksi:",
      "💰 Simpan pinjam – Pinjaman disalurkan (Rp):",
      "💰 Simpan pinjam – Sisa pinjaman (Rp):",
      "💰 Simpan pinjam – Tunggakan (Rp):",
      "👥 Anggota & pengurus – Jumlah anggota:",
      "👥 Anggota & pengurus – Anggota baru:",
      "👥 Anggota & pengurus – Pengurus aktif:",
      "Kendala:",
    ]);
  });

  it("a pasted template: unknown and invalid lines are listed, the rest saved after Simpan, then only the missing parts are asked", async () => {
    const u = h.user(901);
    const pasted = [
      `#LAPORAN K${coop.id} 2026-10`,
      "🛒 Gerai sembako – Omzet (Rp): Rp 12.500.000,-",
      "gerai sembako transaksi: 340",
      "Gerai sembako - belanja stok: 8jt",
      "Simpan pinjam – Pendapatan jasa (Rp): 1,2 jt",
      "Simpan pinjam – Transaksi: dua puluh",
      "Savings and loans – Loans disbursed (Rp): 30 jt",
      "Simpan pinjam – Sisa pinjaman (Rp): 120 jt",
      "Simpan pinjam – Tunggakan (Rp): 4 jt",
      "Anggota & pengurus – Jumlah anggota: 250",
      "Anggota & pengurus – Anggota baru: 12",
      "Anggota & pengurus – Pengurus aktif: 5",
      "Klinik – Omzet (Rp): 5 jt",
      "Catatan bebas tanpa label",
      "Kendala: Stok beras sering terlambat.",
      "Harga naik juga.",
    ].join("\n");
    await u.send(pasted);
    const texts = u.texts();
    const problems = texts.find((x) => x.startsWith(h.t("rep-tpl-problems")))!;
    expect(problems).toContain(
      h.t("rep-err-invalid-count", { label: "💰 Simpan pinjam – Transaksi", input: "dua puluh", example: "25" }),
    );
    expect(problems).toContain('"Klinik – Omzet (Rp): 5 jt"');
    expect(problems).toContain('"Catatan bebas tanpa label"');
    const read = u.lastText()!;
    expect(read).toContain(h.t("rep-tpl-read", { count: 11 }));
    expect(read).toContain("• 💰 Simpan pinjam – Pinjaman disalurkan: Rp30.000.000");
    expect(await values()).toEqual({}); // nothing saved before Simpan
    await u.press(tplSaveBtn.pack());
    expect(u.texts().at(-2)).toBe(h.t("rep-tpl-saved", { count: 11 }));
    expect(await values()).toMatchObject({
      "gerai.omzet": "12500000",
      "gerai.trx": "340",
      "gerai.stok": "8000000",
      "sp.salur": "30000000",
      "anggota.baru": "12",
      kendala: "Stok beras sering terlambat.\nHarga naik juga.",
    });
    // the invalid line is the only figure still asked
    expect(u.lastText()).toContain(h.t("rep-ask-one", { labels: "Transaksi", period: "Oktober 2026" }));
    await u.send("20");
    expect(u.lastText()).toContain(h.t("rep-ck-ask"));
  });

  it("Batal saves nothing; a template whose first line was changed is not read", async () => {
    const u = h.user(901);
    await u.send(`#LAPORAN K${coop.id} 2026-10\nGerai sembako – Omzet (Rp): 9 jt`);
    await u.press(tplCancelBtn.pack());
    expect(u.lastText()).toBe(h.t("rep-tpl-cancelled"));
    expect(await values()).toEqual({});
    await u.send("#LAPORAN koperasi saya\nGerai sembako – Omzet (Rp): 9 jt");
    expect(u.lastText()).toBe(h.t("rep-tpl-no-header"));
    expect(await values()).toEqual({});
  });

  it("a template pasted in the middle of the wizard is read too; an implausible value is marked", async () => {
    const u = h.user(901);
    await u.command("lapor");
    await u.send(`#LAPORAN K${coop.id} 2026-10\nGerai sembako – Omzet (Rp): 50 M`);
    expect(u.lastText()).toContain("⚠️ 🛒 Gerai sembako – Omzet: Rp50.000.000.000");
    expect(u.lastText()).toContain(h.t("rep-tpl-odd"));
    await u.press(tplSaveBtn.pack());
    expect(await values()).toMatchObject({ "gerai.omzet": "50000000000" });
  });
});
