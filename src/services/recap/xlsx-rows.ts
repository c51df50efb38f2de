// Data rows written straight into an exceljs streaming worksheet as the XML exceljs itself would
// write for them (same cells, styles, spans; a test compares the two byte for byte), without
// exceljs' Row and Cell objects: for the national file's 150,000 rows × 30 columns those objects,
// their style look-ups and the generic XML builder were most of the process's CPU.
// Values: string, number or null (a null takes its column's number format, as in exceljs).
// Precondition: the header row is committed and no other row is pending (see `sheet` in xlsx.ts).
import type ExcelJS from "exceljs";
import { sheetInternals, workbookStyles } from "../../lib/casts.ts";

const FLUSH_ROWS = 64;

export type CellValue = string | number | null;

/** exceljs' Enums.ValueType */
const NULL = 0;
const NUMBER = 2;
const STRING = 3;

const STYLE_PARTS = ["numFmt", "font", "alignment", "border", "fill", "protection"];

const ESCAPES: Record<string, string> = { '"': "&quot;", "&": "&amp;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };
// control characters other than tab, newline and carriage return are dropped (as exceljs does)
// eslint-disable-next-line no-control-regex
const SPECIAL = /["&'<>\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex
const SPECIAL_ALL = /["&'<>\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
export const xmlText = (s: string): string => (SPECIAL.test(s) ? s.replace(SPECIAL_ALL, (c) => ESCAPES[c] ?? "") : s);

function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export interface RowWriter {
  /** Writes one row below the previous one. */
  add(values: readonly CellValue[]): void;
  /** Hands the rows not yet written to the sheet's stream (`add` does so every 64 rows; call after the last). */
  flush(): void;
}

export function rowWriter(wb: ExcelJS.stream.xlsx.WorkbookWriter, ws: ExcelJS.Worksheet, columns: number): RowWriter {
  const sheet = sheetInternals(ws);
  if (!sheet.startedData || sheet._rows.length !== 0) throw new Error("rowWriter: commit the header row first");
  const styles = workbookStyles(wb);
  const letters: string[] = [];
  const styleOf: Array<Record<string, unknown>> = [];
  for (let c = 1; c <= columns; c++) {
    letters[c] = columnLetter(c);
    // a cell's style is its column's (exceljs' Cell._mergeStyle with an unstyled row)
    const col = (ws.getColumn(c).style ?? {}) as Record<string, unknown>;
    styleOf[c] = Object.fromEntries(STYLE_PARTS.filter((k) => col[k]).map((k) => [k, col[k]]));
  }
  // ` s="n"` (or "") per column and cell type, looked up at first use as exceljs does, so that the
  // style table gets the same entries in the same order
  const sids = new Map<number, string>();
  const s = (c: number, type: number): string => {
    const key = c * 8 + type;
    let attr = sids.get(key);
    if (attr === undefined) {
      const id = styles.addStyleModel(styleOf[c], type);
      sids.set(key, (attr = id ? ` s="${id}"` : ""));
    }
    return attr;
  };
  let out = "";
  let pending = 0;
  const flush = () => {
    if (out) sheet.stream.write(out);
    out = "";
    pending = 0;
  };
  const add = (values: readonly CellValue[]) => {
    const r = sheet._rowZero++;
    let cells = "";
    let any = false;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const c = i + 1;
      if (v === null || v === undefined) {
        const a = s(c, NULL);
        if (a) cells += `<c r="${letters[c]}${r}"${a}/>`;
      } else if (typeof v === "number") {
        any = true;
        cells += `<c r="${letters[c]}${r}"${s(c, NUMBER)}><v>${v}</v></c>`;
      } else {
        any = true;
        cells += `<c r="${letters[c]}${r}"${s(c, STRING)} t="str"><v>${xmlText(v)}</v></c>`;
      }
    }
    // exceljs skips a row without a value (its number is used all the same)
    if (any) out += `<row r="${r}" spans="1:${values.length}" x14ac:dyDescent="0.25">${cells}</row>`;
    // written in small pieces: short strings die young, a page-long one costs full garbage collections
    if (++pending === FLUSH_ROWS) flush();
  };
  return { add, flush };
}
