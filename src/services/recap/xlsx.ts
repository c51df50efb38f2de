// The recap as an XLSX file (exceljs streaming writer: rows are written and committed page by
// page, so a national file does not hold every row in memory). Sheets: Ringkasan, Per wilayah,
// Per koperasi, Laporan, Kesiapan, Permintaan bantuan, Belum ada koperasi — each with a frozen
// header row, a filter, column widths, rupiah and percent formats. Data rows go through
// xlsx-rows.ts (exceljs' own XML without its per-cell objects) and style ids are cached
// (xlsx-styles.ts): the national file's 150,000 rows take ~6 s of CPU instead of ~19 s.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { nextPeriod } from "../../lib/dates.ts";
import type { Translate } from "../../lib/translate.ts";
import { periodStart } from "../reports/view.ts";
import type { Wilayah } from "../wilayah/index.ts";
import type { Recap } from "./recap.ts";
import { zoneOfArea } from "./sql.ts";
import { rosterGap } from "./roster-gap.ts";
import { writeGapSheets } from "./roster-gap-xlsx.ts";
import { figureColumns, openWorkbook, type SheetEnv } from "./xlsx-book.ts";
import { writeAreasSheet, writeReadinessSheet, writeSummarySheet } from "./xlsx-sheets.ts";
import { writeCoopsSheet, writeHelpSheet, writeNoCoopSheet, writeReportsSheet } from "./xlsx-row-sheets.ts";

export { COUNT, FIGURES, PERCENT, RUPIAH } from "./xlsx-book.ts";

/** "rekap-kalimantan-barat-2026-10.xlsx" */
export function recapFileName(r: Pick<Recap, "name" | "period">, ext: string): string {
  const slug = r.name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `rekap-${slug || "wilayah"}-${r.period}.${ext}`;
}

export interface XlsxInput {
  recap: Recap;
  now: Date;
  dueDay: number;
  t: Translate;
}

export async function buildRecapXlsx(
  prisma: PrismaClient,
  w: Wilayah,
  input: XlsxInput,
): Promise<{ filename: string; bytes: Buffer }> {
  const { recap: r, t } = input;
  const { wb, close } = openWorkbook();
  const tz = zoneOfArea(r.area.code);
  const env: SheetEnv = {
    wb,
    prisma,
    w,
    recap: r,
    t,
    f: { area: r.area, baId: r.baId },
    now: input.now,
    dueDay: input.dueDay,
    tz,
    helpEnd: periodStart(nextPeriod(r.period), tz),
    figureCols: figureColumns(t),
  };
  writeSummarySheet(env);
  writeAreasSheet(env);
  await writeCoopsSheet(env);
  await writeReportsSheet(env);
  writeReadinessSheet(env);
  await writeHelpSheet(env);
  await writeNoCoopSheet(env);
  // Daftar resmi, Belum bergabung (only where the area has a roster)
  const gap = await rosterGap(prisma, env.f, r.period);
  if (gap) await writeGapSheets(wb, prisma, w, env.f, gap, t);
  return { filename: recapFileName(r, "xlsx"), bytes: await close() };
}
