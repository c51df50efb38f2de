// Roster files for the import tests: .xlsx (exceljs) and .csv made from rows of cells.
import ExcelJS from "exceljs";

export type CellValue = string | number | Date | { formula: string; result: string | number } | null;

export async function xlsxOf(
  rows: CellValue[][],
  opts: { merges?: string[]; emptyRowsAfter?: number; sheetName?: string } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheetName ?? "Data");
  for (const r of rows) ws.addRow(r);
  for (const m of opts.merges ?? []) ws.mergeCells(m);
  if (opts.emptyRowsAfter) {
    // rows with a style but no value, as Excel leaves them after deleting data
    const start = rows.length + 1;
    for (let i = 0; i < opts.emptyRowsAfter; i++) ws.getRow(start + i).getCell(1).numFmt = "@";
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function csvOf(rows: string[][], opts: { delimiter?: string; bom?: boolean } = {}): Buffer {
  const d = opts.delimiter ?? ",";
  const quote = (s: string) => (/[",;\n\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const text = rows.map((r) => r.map(quote).join(d)).join("\r\n") + "\r\n";
  return Buffer.from((opts.bom ? "\uFEFF" : "") + text, "utf8");
}

export const COOP_HEADER = [
  "Nama Koperasi",
  "Nomor Badan Hukum (AHU)",
  "Kode Desa",
  "Nama Ketua",
  "HP Ketua",
  "Unit Usaha",
];
export const ahu = (n: number) => `AHU-${String(n).padStart(7, "0")}.AH.01.29.TAHUN 2025`;
