// The recap XLSX read back with exceljs and checked cell by cell against the fixture; the chart is
// a valid PNG of sensible size.
import { describe, it, expect, beforeAll } from "vitest";
import ExcelJS from "exceljs";
import { resetDb } from "../helpers/db.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { getWilayah } from "../../src/services/wilayah/index.ts";
import { openArea, recapOf, type Recap } from "../../src/services/recap/index.ts";
import { buildRecapXlsx, FIGURES, RUPIAH, PERCENT } from "../../src/services/recap/xlsx.ts";
import { recapChartPng } from "../../src/services/recap/chart.ts";
import { createI18n, LocaleCache } from "../../src/i18n.ts";
import { DUE_DAY, NOW, PERIOD, seedRecapFixture } from "./recap-fixture.ts";

let prisma: PrismaClient;
let fx: Awaited<ReturnType<typeof seedRecapFixture>>;
const w = getWilayah();
const i18n = createI18n("id", new LocaleCache());
const t = (k: string, v?: Record<string, string | number>) => i18n.t("id", k, v);

async function recap(key: string, user = fx.dinasKalbar): Promise<Recap> {
  return recapOf(prisma, w, (await openArea(prisma, w, user, key))!, PERIOD, NOW, DUE_DAY);
}

async function load(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}

const values = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);

beforeAll(async () => {
  prisma = (await resetDb()).prisma;
  fx = await seedRecapFixture(prisma);
});

describe("recap XLSX", () => {
  it("has every sheet with a frozen, filtered header, and the file name names area and period", async () => {
    const { filename, bytes } = await buildRecapXlsx(prisma, w, {
      recap: await recap("61"),
      now: NOW,
      dueDay: DUE_DAY,
      t,
    });
    expect(filename).toBe("rekap-kalimantan-barat-2026-10.xlsx");
    const wb = await load(bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "Ringkasan",
      "Per wilayah",
      "Per koperasi",
      "Laporan",
      "Kesiapan",
      "Permintaan bantuan",
      "Belum ada koperasi",
    ]);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.getRow(1).font?.bold).toBe(true);
      expect(ws.getColumn(2).width).toBeGreaterThan(8);
    }
  });

  it("Ringkasan, Per wilayah and Kesiapan hold the fixture's figures", async () => {
    const wb = await load(
      (
        await buildRecapXlsx(prisma, w, {
          recap: await recap("61"),
          now: NOW,
          dueDay: DUE_DAY,
          t,
        })
      ).bytes,
    );
    const sum = wb.getWorksheet("Ringkasan")!;
    const byLabel = new Map<string, ExcelJS.Row>();
    sum.eachRow((row) => byLabel.set(String(row.getCell(1).value), row));
    expect(byLabel.get("Wilayah")!.getCell(2).value).toBe("Kalimantan Barat");
    expect(byLabel.get("Periode")!.getCell(2).value).toBe("Oktober 2026");
    expect(byLabel.get("Desa/kelurahan")!.getCell(2).value).toBe(w.villageCount("61"));
    expect(byLabel.get("Koperasi")!.getCell(2).value).toBe(6);
    expect(byLabel.get("Dengan BA")!.getCell(2).value).toBe(4);
    expect(byLabel.get("Wajib lapor")!.getCell(2).value).toBe(5);
    expect(byLabel.get("Terlambat")!.getCell(2).value).toBe(3);
    const rate = byLabel.get("Tingkat pelaporan")!.getCell(2);
    expect(rate.value).toBe(0.4);
    expect(rate.numFmt).toBe(PERCENT);
    const omzet = byLabel.get("Gerai sembako — Omzet")!;
    expect(omzet.getCell(2).value).toBe(15_000_000);
    expect(omzet.getCell(3).value).toBe(8_000_000);
    expect(omzet.getCell(2).numFmt).toBe(RUPIAH);
    expect(byLabel.get("Permintaan bantuan: median jam sampai dijawab")!.getCell(2).value).toBe(2);

    const areas = wb.getWorksheet("Per wilayah")!;
    expect(areas.rowCount).toBe(15);
    const kubu = [...Array(14).keys()].map((i) => values(areas, i + 2)).find((v) => v[0] === "61.12")!;
    expect(kubu).toEqual(["61.12", "Kabupaten Kubu Raya", w.villageCount("61.12"), 5, 3, 4, 1, 1, 1, 0, 1, 2, 0.5]);

    const ready = wb.getWorksheet("Kesiapan")!;
    expect(values(ready, 2)).toEqual([undefined, "Kalimantan Barat", 6, 4, 1, 0, 1, 0, 0, 0]);
  });

  it("Per koperasi, Laporan, Permintaan bantuan and Belum ada koperasi, row by row", async () => {
    const wb = await load(
      (
        await buildRecapXlsx(prisma, w, {
          recap: await recap("61.12.01", fx.pmo),
          now: NOW,
          dueDay: DUE_DAY,
          t,
        })
      ).bytes,
    );
    const coops = wb.getWorksheet("Per koperasi")!;
    expect(coops.rowCount).toBe(5); // K1 K2 K3 K8
    const omzetCol = 13 + FIGURES.findIndex((x) => x.field.key === "gerai.omzet");
    const k1 = coops.getRow(2);
    expect(values(coops, 2).slice(0, 12)).toEqual([
      fx.k1.id,
      "Koperasi K1",
      "61.12.01.2001",
      "Kalimantan Barat",
      "Kabupaten Kubu Raya",
      "Sungai Raya",
      "Sungai Raya",
      "Budi",
      "diterima",
      "tidak",
      "Lahan siap",
      0,
    ]);
    expect(k1.getCell(omzetCol).value).toBe(10_000_000);
    expect(k1.getCell(omzetCol).numFmt).toBe(RUPIAH);
    expect(values(coops, 3).slice(7, 12)).toEqual(["Budi", "dikirim, menunggu diperiksa", "tidak", "Badan hukum", 1]);
    expect(values(coops, 4).slice(7, 11)).toEqual([undefined, "draf", "ya", "Terdaftar"]);
    expect(coops.getRow(4).getCell(omzetCol).value).toBeNull(); // a draft's figures are not official
    expect(values(coops, 5).slice(8, 10)).toEqual(["belum wajib lapor", "tidak"]); // K8: registered after October

    const reports = wb.getWorksheet("Laporan")!;
    expect(reports.rowCount).toBe(4); // K1, K2, K3 (draft) for October
    const omzetRepCol = 7 + FIGURES.findIndex((x) => x.field.key === "gerai.omzet");
    expect(
      [2, 3, 4].map((i) => [
        reports.getRow(i).getCell(2).value,
        reports.getRow(i).getCell(4).value,
        reports.getRow(i).getCell(omzetRepCol).value,
      ]),
    ).toEqual([
      ["Koperasi K1", "diterima", 10_000_000],
      ["Koperasi K2", "dikirim, menunggu diperiksa", 5_000_000],
      ["Koperasi K3", "draf", 1_000_000],
    ]);

    const help = wb.getWorksheet("Permintaan bantuan")!;
    expect(help.rowCount).toBe(3);
    expect(values(help, 2)).toEqual([
      "#PB-000001",
      "Koperasi K1",
      "61.12.01.2001",
      "Lainnya", // in Indonesian, not the codes OTHER / CLOSED
      "Selesai",
      "5 Oktober 2026 10.00 WIB",
      2,
      "6 Oktober 2026 10.00 WIB",
      "tidak",
    ]);
    expect(values(help, 3).slice(0, 2)).toEqual(["#PB-000002", "Koperasi K2"]);
    expect(values(help, 1)).toContain("Terlambat dijawab"); // not "Lewat SLA"
    // no code (CLOSED, SUBMITTED, OTHER …) and no English in any cell of the file
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (typeof c.value === "string") expect(c.value).not.toMatch(/^[A-Z_]{4,}$|SLA/);
        }),
      );
    expect(help.getRow(3).getCell(9).value).toBe("ya");

    const none = wb.getWorksheet("Belum ada koperasi")!;
    expect(none.rowCount - 1).toBe(w.villageCount("61.12.01") - 4);
    const codes = new Set<string>();
    none.eachRow((row, i) => i > 1 && codes.add(String(row.getCell(1).value)));
    expect(codes.has("61.12.01.2001")).toBe(false);
    expect(codes.has("61.12.01.2005")).toBe(true);
    expect(values(none, 2).slice(2)).toEqual(["Desa", "Sungai Raya", "Kabupaten Kubu Raya", "Kalimantan Barat"]);
  });

  it("a BA's file has only their coops and no village list", async () => {
    const wb = await load(
      (
        await buildRecapXlsx(prisma, w, {
          recap: await recap("N", fx.budi),
          now: NOW,
          dueDay: DUE_DAY,
          t,
        })
      ).bytes,
    );
    const names: string[] = [];
    wb.getWorksheet("Per koperasi")!.eachRow((row, i) => i > 1 && names.push(String(row.getCell(2).value)));
    expect(names).toEqual(["Koperasi K1", "Koperasi K2", "Koperasi K4"]);
    expect(wb.getWorksheet("Belum ada koperasi")!.rowCount).toBe(1);
  });
});

describe("recap chart", () => {
  it("is a PNG of phone-friendly size", async () => {
    const { bytes, width, height } = recapChartPng(await recap("61"), t, "Oktober 2026");
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.readUInt32BE(16)).toBe(width);
    expect(bytes.readUInt32BE(20)).toBe(height);
    expect(width).toBe(1080);
    expect(height).toBeGreaterThan(800);
    expect(height).toBeLessThan(2400);
    expect(bytes.length).toBeGreaterThan(20_000);
    expect(bytes.length).toBeLessThan(2_000_000);
  });
});
