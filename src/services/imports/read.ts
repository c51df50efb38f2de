// Reading a roster file into rows of text cells, whatever it is: .xlsx (exceljs; files up to
// FULL_READ_BYTES are read whole so merged cells are seen, larger ones are streamed) or .csv
// (csv-parse: quoted fields, a BOM, ';' or tab from Indonesian-locale Excel, Windows-1252 text).
// Empty rows are skipped but row numbers stay those of the file. No database here.
import { Readable } from "node:stream";
import { parse as parseCsvStream } from "csv-parse";
import { asExcelBytes } from "../../lib/casts.ts";
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

/** A sheet whose non-empty rows are read as they are consumed (big files are never held whole). */
export interface SheetStream {
  format: "xlsx" | "csv";
  merges: Merge[];
  /** throws FileProblemError when the file turns out unreadable or too long part-way */
  rows: AsyncIterable<SheetRow>;
}

export class FileProblemError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.key);
  }
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

/** Why a file is none we read, before reading it. */
function refusal(bytes: Buffer): FileProblem | undefined {
  if (bytes.length > MAX_IMPORT_BYTES) return tooBig(bytes.length);
  if (bytes.length === 0) return { key: "imp-file-empty" };
  const kind = sniff(bytes);
  if (kind === "pdf") return { key: "imp-file-wrong-type", args: { what: "PDF" } };
  if (kind === "image") return { key: "imp-file-wrong-type", args: { what: "gambar" } };
  if (kind === "xls") return { key: "imp-file-old-xls" };
  if (kind === "binary") return { key: "imp-file-wrong-type", args: { what: "biner" } };
  return undefined;
}

const tooManyRows = (rows: number): FileProblem => ({
  key: "imp-file-too-many-rows",
  args: { rows, limit: MAX_DATA_ROWS },
});

/**
 * Opens a roster file. `fullReadBytes`: xlsx files up to this size are read whole (merged cells are
 * seen); larger ones, and every CSV, are streamed row by row (tests lower it to exercise streaming).
 */
export async function openSheet(
  bytes: Buffer,
  fullReadBytes = FULL_READ_BYTES,
): Promise<{ ok: true; sheet: SheetStream } | { ok: false; problem: FileProblem }> {
  const problem = refusal(bytes);
  if (problem) return { ok: false, problem };
  const format = sniff(bytes) === "xlsx" ? "xlsx" : "csv";
  const bad = () => new FileProblemError({ key: format === "xlsx" ? "imp-file-bad-xlsx" : "imp-file-bad-csv" });
  if (format === "xlsx" && bytes.length <= fullReadBytes) {
    try {
      const whole = await readXlsxWhole(bytes);
      return { ok: true, sheet: { format, merges: whole.merges, rows: fromArray(whole.rows) } };
    } catch (e) {
      return { ok: false, problem: e instanceof FileProblemError ? e.problem : bad().problem };
    }
  }
  const source = format === "xlsx" ? streamXlsx(bytes) : streamCsv(bytes);
  return { ok: true, sheet: { format, merges: [], rows: guarded(source, bad) } };
}

/** Every row at once (small files, tests). */
export async function readSheet(bytes: Buffer, fullReadBytes = FULL_READ_BYTES): Promise<ReadResult> {
  const open = await openSheet(bytes, fullReadBytes);
  if (!open.ok) return open;
  const rows: SheetRow[] = [];
  try {
    for await (const r of open.sheet.rows) rows.push(r);
  } catch (e) {
    if (e instanceof FileProblemError) return { ok: false, problem: e.problem };
    throw e;
  }
  return { ok: true, sheet: { format: open.sheet.format, merges: open.sheet.merges, rows } };
}

// eslint-disable-next-line @typescript-eslint/require-await -- an async source over rows already read
async function* fromArray(rows: SheetRow[]): AsyncGenerator<SheetRow> {
  yield* rows;
}

/** non-empty rows only, at most MAX_DATA_ROWS (+ a header's worth); parser errors become FileProblemError */
async function* guarded(source: AsyncIterable<SheetRow>, bad: () => FileProblemError): AsyncGenerator<SheetRow> {
  let count = 0;
  try {
    for await (const row of source) {
      const cells = trimmed(row.cells);
      if (!cells) continue;
      if (++count > MAX_DATA_ROWS + 50) throw new FileProblemError(tooManyRows(count));
      yield { n: row.n, cells };
    }
  } catch (e) {
    throw e instanceof FileProblemError ? e : bad();
  }
}

/** the cells without trailing empties, or undefined for an empty row */
function trimmed(cells: string[]): string[] | undefined {
  if (!cells.some((c) => c !== "")) return undefined;
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

/** exceljs row.values: sparse, 1-based */
function rowCells(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  const out: string[] = [];
  for (let i = 1; i < values.length; i++) out.push(cellText(values[i]));
  return out;
}

async function readXlsxWhole(bytes: Buffer): Promise<Sheet> {
  const ExcelJS = (await import("exceljs")).default;
  const rows: SheetRow[] = [];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(asExcelBytes(bytes));
  const ws = wb.worksheets[0];
  if (!ws) return { format: "xlsx", rows, merges: [] };
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells = trimmed(rowCells(row.values));
    if (!cells) return;
    rows.push({ n, cells });
    if (rows.length > MAX_DATA_ROWS + 50) throw new FileProblemError(tooManyRows(rows.length));
  });
  const merges = (ws.model.merges ?? []).map(parseRange).filter((m): m is Merge => m !== undefined);
  return { format: "xlsx", rows, merges };
}

async function* streamXlsx(bytes: Buffer): AsyncGenerator<SheetRow> {
  const ExcelJS = (await import("exceljs")).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    entries: "ignore",
  });
  for await (const ws of reader) {
    for await (const row of ws as AsyncIterable<{ number: number; values: unknown }>)
      yield { n: row.number, cells: rowCells(row.values) };
    return; // the first sheet only
  }
}

function parseRange(ref: string): Merge | undefined {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return undefined;
  return { left: colNumber(m[1]!), top: Number(m[2]), right: colNumber(m[3]!), bottom: Number(m[4]) };
}

function colNumber(letters: string): number {
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

async function* streamCsv(bytes: Buffer): AsyncGenerator<SheetRow> {
  const text = decodeText(bytes);
  const parser = Readable.from([text]).pipe(
    parseCsvStream({
      delimiter: delimiterOf(text),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: true,
    }),
  );
  let n = 0;
  for await (const record of parser as AsyncIterable<string[]>) yield { n: ++n, cells: record.map((c) => c.trim()) };
}
