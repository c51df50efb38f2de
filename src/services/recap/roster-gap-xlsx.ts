// The roster gap in the recap XLSX: "Daftar resmi" (rostered / on the bot / reporting per area) and
// "Belum bergabung" (every rostered coop not yet on the bot, with the ketua's phone where known),
// written row by row through exceljs' streaming writer.
import type { Translate } from "../../lib/translate.ts";
import type ExcelJS from "exceljs";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Wilayah } from "../wilayah/index.ts";
import { missingRows, type GapFilter, type RosterGap } from "./roster-gap.ts";
import { gapAreaName } from "./roster-gap-render.ts";

function sheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, cols: Array<[string, number, string?]>) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = cols.map(([header, width, numFmt]) => ({ header, width, ...(numFmt ? { style: { numFmt } } : {}) }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  return ws;
}

export async function writeGapSheets(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  prisma: PrismaClient,
  w: Wilayah,
  f: GapFilter,
  gap: RosterGap,
  t: Translate,
): Promise<void> {
  const n = "#,##0";
  const areas = sheet(wb, t("gap-x-areas"), [
    [t("recap-x-code"), 15],
    [t("recap-x-name"), 30],
    [t("gap-chart-rostered"), 14, n],
    [t("gap-chart-joined"), 14, n],
    [t("gap-x-joined-rate"), 14, "0.0%"],
    [t("gap-chart-reporting"), 14, n],
    [t("gap-x-missing"), 16, n],
  ]);
  for (const c of [{ ...gap.total, key: "" }, ...gap.children]) {
    const name = c.key ? gapAreaName(w, gap.childLevel, c.key) : t("gap-x-total");
    const rate = c.rostered ? c.joined / c.rostered : 0;
    areas.addRow([c.key, name, c.rostered, c.joined, rate, c.reporting, c.rostered - c.joined]).commit();
  }
  areas.commit();

  const missing = sheet(wb, t("gap-x-missing-sheet"), [
    [t("recap-x-code"), 15],
    [t("recap-x-coop"), 40],
    ["AHU", 34],
    [t("recap-x-village"), 22],
    [t("recap-x-district"), 20],
    [t("recap-x-regency"), 24],
    [t("gap-x-ketua"), 22],
    [t("gap-x-phone"), 16],
    [t("recap-x-ba"), 22],
  ]);
  for await (const page of missingRows(prisma, f)) {
    for (const m of page) {
      const p = w.villagePath(m.villageCode);
      missing
        .addRow([
          m.villageCode,
          m.name,
          m.legalNumber ?? "",
          p?.village.name ?? "",
          p?.district.name ?? "",
          p?.regency.name ?? "",
          m.ketuaName ?? "",
          m.ketuaPhone ? `+${m.ketuaPhone}` : "",
          m.baName ?? "",
        ])
        .commit();
    }
  }
  missing.commit();
}
