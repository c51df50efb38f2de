// Reading a roster file into rows of text cells, whatever it is: .xlsx (exceljs; files up to
// FULL_READ_BYTES are read whole so merged cells are seen, larger ones are streamed) or .csv
// (csv-parse: quoted fields, a BOM, ';' or tab from Indonesian-locale Excel, Windows-1252 text).
// Empty rows are skipped but row numbers stay those of the file. No database here.
import { Readable } from "node:stream";
import { parse as parseCsv } from "csv-parse/sync";
import { cellText } from "./cells.ts";
import { FULL_READ_BYTES, MAX_DATA_ROWS, MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from "./limits.ts";

export interface SheetRow {
  /** row number as the spreadsheet shows it (1 = first line) */
  n: number;
  cells: string[];
}

/** A merged range (1-based, inclusive) */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  format: "xlsx" | "csv";
  rows: SheetRow[];
  merges: Merge[];
}

/** Why a file cannot be read: a locale key and its arguments. */
export interface FileProblem {
  key: string;
  args?: Record<string, string | number>;
}

export type ReadResult = { ok: true; sheet: Sheet } | { ok: false; problem: FileProblem };

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

type Sniffed = "xlsx" | "csv" | "pdf" | "xls" | "image" | "binary";

export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "xlsx";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return "xls";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])) return "image";
  if (bytes.subarray(0, 8192).includes(0)) return "binary";
  return "csv";
}

export const tooBig = (size: number): FileProblem => ({
  key: "imp-file-too-big",
  args: { size: `${(size / 1024 / 1024).toFixed(1).replace(".", ",")} MB`, limit: MAX_IMPORT_LABEL },
});

/** `fullReadBytes`: xlsx files up to this size are read whole (tests lower it to exercise streaming) */
export async function readSheet(bytes: Buffer, fullReadBytes = FULL_READ_BYTES): Promise<ReadResult> {
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, problem: tooBig(bytes.length) };
  if (bytes.length === 0) return { ok: false, problem: { key: "imp-file-empty" } };
  const kind = sniff(bytes);
  if (kind === "pdf") return { ok: false, problem: { key: "imp-file-wrong-type", args: { what: "PDF" } } };
  if (kind === "image") return { ok: false, problem: { key: "imp-file-wrong-type", args: { what: "gambar" } } };
  if (kind === "xls") return { ok: false, problem: { key: "imp-file-old-xls" } };
  if (kind === "binary") return { ok: false, problem: { key: "imp-file-wrong-type", args: { what: "biner" } } };
  try {
    const sheet = kind === "xlsx" ? await readXlsx(bytes, fullReadBytes) : readCsv(bytes);
    const data = sheet.rows.length;
    if (data > MAX_DATA_ROWS + 50)
      return { ok: false, problem: { key: "imp-file-too-many-rows", args: { rows: data, limit: MAX_DATA_ROWS } } };
    return { ok: true, sheet };
  } catch (e) {
    if (e instanceof TooManyRows)
      return { ok: false, problem: { key: "imp-file-too-many-rows", args: { rows: e.rows, limit: MAX_DATA_ROWS } } };
    return { ok: false, problem: { key: kind === "xlsx" ? "imp-file-bad-xlsx" : "imp-file-bad-csv" } };
  }
}

class TooManyRows extends Error {
  constructor(readonly rows: number) {
    super("too many rows");
  }
}

function pushRow(rows: SheetRow[], n: number, cells: string[]) {
  if (!cells.some((c) => c !== "")) return;
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  rows.push({ n, cells });
  if (rows.length > MAX_DATA_ROWS + 50) throw new TooManyRows(rows.length);
}

/** exceljs row.values: sparse, 1-based */
function rowCells(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  const out: string[] = [];
  for (let i = 1; i < values.length; i++) out.push(cellText(values[i]));
  return out;
}

async function readXlsx(bytes: Buffer, fullReadBytes: number): Promise<Sheet> {
  const ExcelJS = (await import("exceljs")).default;
  const rows: SheetRow[] = [];
  if (bytes.length <= fullReadBytes) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const ws = wb.worksheets[0];
    if (!ws) return { format: "xlsx", rows, merges: [] };
    ws.eachRow({ includeEmpty: false }, (row, n) => pushRow(rows, n, rowCells(row.values)));
    const merges = (ws.model.merges ?? []).map(parseRange).filter((m): m is Merge => m !== undefined);
    return { format: "xlsx", rows, merges };
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    entries: "ignore",
  });
  for await (const ws of reader) {
    for await (const row of ws as AsyncIterable<{ number: number; values: unknown }>)
      pushRow(rows, row.number, rowCells(row.values));
    break; // the first sheet only
  }
  return { format: "xlsx", rows, merges: [] };
}

function parseRange(ref: string): Merge | undefined {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return undefined;
  return { left: colNumber(m[1]!), top: Number(m[2]), right: colNumber(m[3]!), bottom: Number(m[4]) };
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function colLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** ';' (Indonesian-locale Excel), tab or ',': whichever the first line has most of, outside quotes. */
function delimiterOf(text: string): string {
  const line = (text.replace(/^\uFEFF/, "").match(/^[^\r\n]*/)?.[0] ?? "").replace(/"[^"]*"/g, "");
  const count = (c: string) => line.split(c).length - 1;
  const best = [";", "\t", ","].map((d) => ({ d, n: count(d) })).sort((a, b) => b.n - a.n)[0]!;
  return best.n > 0 ? best.d : ",";
}

function readCsv(bytes: Buffer): Sheet {
  const text = decodeText(bytes);
  const records = parseCsv(text, {
    delimiter: delimiterOf(text),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    trim: true,
  }) as string[][];
  const rows: SheetRow[] = [];
  records.forEach((r, i) =>
    pushRow(
      rows,
      i + 1,
      r.map((c) => c.trim()),
    ),
  );
  return { format: "csv", rows, merges: [] };
}
