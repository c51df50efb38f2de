// The recap workbook's building blocks (xlsx.ts): the streaming workbook in memory, a sheet with its
// frozen, filtered header, the number formats, the figure columns, and what every sheet writer gets.
import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { formatDateTimeId } from "../../lib/dates.ts";
import type { Translate } from "../../lib/translate.ts";
import { keySlug, MEMBERS_GROUP, UNIT_GROUPS, type FieldDef } from "../reports/questions.ts";
import { timezoneOfCode, type Wilayah } from "../wilayah/index.ts";
import type { Recap } from "./recap.ts";
import type { CoopFilter } from "./sql.ts";
import { cacheStyleIds } from "./xlsx-styles.ts";
import { rowWriter, type CellValue, type RowWriter } from "./xlsx-rows.ts";

export type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;

export const RUPIAH = '"Rp"#,##0';
export const COUNT = "#,##0";
export const PERCENT = "0.0%";

/** Every numeric report field, in question order, with its group. */
export const FIGURES: Array<{ field: FieldDef; group: string }> = [...UNIT_GROUPS, MEMBERS_GROUP].flatMap((g) =>
  g.fields.filter((f) => f.kind !== "text").map((field) => ({ field, group: g.id })),
);

/** A label without its leading emoji. */
export const plain = (s: string) => s.replace(/^[^\p{L}\p{N}]+/u, "");

export function figureLabel(t: Translate, f: { field: FieldDef; group: string }): string {
  return `${plain(t(`rep-g-${f.group}`))} — ${t(`rep-f-${keySlug(f.field.key)}`)}`;
}

export interface Col {
  header: string;
  width: number;
  fmt?: string;
}

/** One column per numeric report field. */
export function figureColumns(t: Translate): Col[] {
  return FIGURES.map((x) => ({ header: figureLabel(t, x), width: 16, fmt: x.field.kind === "money" ? RUPIAH : COUNT }));
}

/** What every sheet writer of the recap file gets. */
export interface SheetEnv {
  wb: Workbook;
  prisma: PrismaClient;
  w: Wilayah;
  recap: Recap;
  t: Translate;
  f: CoopFilter;
  now: Date;
  dueDay: number;
  /** the recap area's time zone */
  tz: string;
  /** the first instant after the recap's period (help requests opened before it count) */
  helpEnd: Date;
  /** one column per numeric report field */
  figureCols: Col[];
}

export function sheet(wb: Workbook, name: string, cols: Col[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = cols.map((c) => ({
    header: c.header,
    width: c.width,
    ...(c.fmt ? { style: { numFmt: c.fmt } } : {}),
  }));
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: cols.length },
  };
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.commit();
  return ws;
}

/** A sheet with its header committed and a fast writer for its data rows. */
export function sheetWithRows(wb: Workbook, name: string, cols: Col[]): { ws: ExcelJS.Worksheet; rows: RowWriter } {
  const ws = sheet(wb, name, cols);
  return { ws, rows: rowWriter(wb, ws, cols.length) };
}

/**
 * A sheet of rows read page by page (`pages`: an async generator over the database, or a list):
 * each page is written with `rowOf` and flushed before the next is read; the sheet is committed after
 * the last.
 */
export async function writeRowSheet<T>(
  wb: Workbook,
  name: string,
  cols: Col[],
  pages: AsyncIterable<readonly T[]>,
  rowOf: (x: T) => readonly CellValue[],
): Promise<void> {
  const { ws, rows } = sheetWithRows(wb, name, cols);
  for await (const page of pages) {
    for (const x of page) rows.add(rowOf(x));
    rows.flush();
  }
  ws.commit();
}

/** Province, regency, district and village name of a village code (the code's prefix where unknown). */
export function villagePathNames(w: Wilayah, villageCode: string): [string, string, string, string] {
  const p = w.villagePath(villageCode);
  return [
    p?.province.name ?? villageCode.slice(0, 2),
    p?.regency.name ?? villageCode.slice(0, 5),
    p?.district.name ?? villageCode.slice(0, 8),
    p?.village.name ?? villageCode,
  ];
}

/** A timestamp in the village's own time zone, or empty. */
export function localTime(d: Date | null, villageCode: string): string {
  return d ? formatDateTimeId(d, timezoneOfCode(villageCode) ?? "Asia/Jakarta") : "";
}

/** A streaming workbook writing into memory; `close()` commits it and returns the file's bytes. */
export function openWorkbook(): { wb: Workbook; close(): Promise<Buffer> } {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  cacheStyleIds(wb);
  wb.creator = "Asisten KDKMP";
  const close = async () => {
    await wb.commit();
    await done;
    return Buffer.concat(chunks);
  };
  return { wb, close };
}
