// The recap's fast row writer (src/services/recap/xlsx-rows.ts) must write exactly the XML exceljs
// writes for the same rows: same cells, styles (and style table), spans, escaping, skipped rows.
// Two one-sheet workbooks, one through exceljs' addRow and one through rowWriter, compared byte
// for byte after unzipping (jszip is exceljs' own dependency).
import { describe, it, expect } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PassThrough } from "node:stream";
import { rowWriter, xmlText, type CellValue } from "../../src/services/recap/xlsx-rows.ts";
import { cacheStyleIds } from "../../src/services/recap/xlsx-styles.ts";
import { COUNT, PERCENT, RUPIAH } from "../../src/services/recap/xlsx.ts";

const COLUMNS = [
  { header: "ID", width: 8 },
  { header: "Nama", width: 30 },
  { header: "Omzet", width: 16, style: { numFmt: RUPIAH } },
  { header: "Jumlah", width: 12, style: { numFmt: COUNT } },
  { header: "Tingkat", width: 12, style: { numFmt: PERCENT } },
  { header: "Catatan", width: 40 },
];

const ROWS: CellValue[][] = [
  [1, "Koperasi K1", 10_000_000, 38, 0.4, "lancar"],
  [2, `A & B <"quoted"> 'x'`, null, 0, null, null], // escaping; null under a format keeps its style
  [null, "tanpa ID", -12.5, 1e21, 1 / 3, ""], // a leading null; an empty string
  [null, null, null, null, null, null], // no value at all: exceljs writes no row (the number is used)
  [4, "kontrol\u0001\u0007 dibuang\ttab\nbaris\r", 3, null, 1, "é — ✓ 😀"],
  [5, "angka di kolom teks", "teks di kolom angka", 7, null, null],
];

async function build(fast: boolean): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  if (fast) cacheStyleIds(wb);
  const ws = wb.addWorksheet("Data", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = COLUMNS;
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.commit();
  if (fast) {
    const rows = rowWriter(wb, ws, COLUMNS.length);
    for (const r of ROWS) rows.add(r);
    rows.flush();
  } else for (const r of ROWS) ws.addRow(r).commit();
  ws.addRow(["exceljs again after the fast rows", 1]).commit();
  ws.commit();
  await wb.commit();
  await ended;
  return Buffer.concat(chunks);
}

const part = async (bytes: Buffer, name: string) => (await JSZip.loadAsync(bytes)).file(name)!.async("string");

describe("recap XLSX fast rows", () => {
  it("write the sheet and style table byte for byte as exceljs does", async () => {
    const [slow, fast] = await Promise.all([build(false), build(true)]);
    const sheet = await part(fast, "xl/worksheets/sheet1.xml");
    expect(sheet).toBe(await part(slow, "xl/worksheets/sheet1.xml"));
    expect(await part(fast, "xl/styles.xml")).toBe(await part(slow, "xl/styles.xml"));
    // and the comparison is not vacuous
    expect(sheet).toContain('<c r="B3" t="str"><v>A &amp; B &lt;&quot;quoted&quot;&gt; &apos;x&apos;</v></c>');
    expect(sheet).not.toContain('<row r="5"');
    expect(sheet).toContain('<row r="8"');
  });

  it("read back with the values, formats and row numbers given", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await build(true)) as never);
    const ws = wb.getWorksheet("Data")!;
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([1, "Koperasi K1", 10_000_000, 38, 0.4, "lancar"]);
    expect(ws.getRow(2).getCell(3).numFmt).toBe(RUPIAH);
    expect(ws.getRow(3).getCell(3).numFmt).toBe(RUPIAH);
    expect(ws.getRow(6).getCell(2).value).toBe("kontrol dibuang\ttab\nbaris\n"); // XML reads \r as \n
    expect(ws.getRow(8).getCell(1).value).toBe("exceljs again after the fast rows");
  });

  it("escapes like exceljs", () => {
    expect(xmlText("plain")).toBe("plain");
    expect(xmlText(`<a href="x">&'</a>\u0000\u007f`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  });

  it("refuses a sheet whose header is not committed yet", () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough() });
    const ws = wb.addWorksheet("x");
    ws.columns = COLUMNS;
    expect(() => rowWriter(wb, ws, COLUMNS.length)).toThrow(/header/);
  });
});
