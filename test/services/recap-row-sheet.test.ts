// writeRowSheet (src/services/recap/xlsx-book.ts): the recap's row sheets read page by page. Every
// page's rows land in order under the header, each page is asked for only after the previous one
// was written, and a sheet without pages is just its header.
import { describe, it, expect } from "vitest";
import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import { COUNT, writeRowSheet } from "../../src/services/recap/xlsx-book.ts";

const COLUMNS = [
  { header: "ID", width: 8, fmt: COUNT },
  { header: "Nama", width: 30 },
];

async function book(fill: (wb: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>): Promise<ExcelJS.Workbook> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  await fill(wb);
  await wb.commit();
  await ended;
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return read;
}

const values = (ws: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
};

describe("writeRowSheet", () => {
  it("writes every page's rows in order, reading a page only once the one before is written", async () => {
    const asked: number[] = [];
    async function* pages() {
      for (let p = 0; p < 3; p++) {
        asked.push(p);
        yield Array.from({ length: 70 }, (_, i) => ({ id: p * 70 + i + 1, name: `Koperasi ${p}-${i}` }));
      }
    }
    const seen: number[] = [];
    const wb = await book((w) =>
      writeRowSheet(w, "Data", COLUMNS, pages(), (x) => {
        seen.push(asked.length);
        return [x.id, x.name];
      }),
    );
    const rows = values(wb.getWorksheet("Data")!);
    expect(rows[0]).toEqual(["ID", "Nama"]);
    expect(rows.length).toBe(1 + 210);
    expect(rows[1]).toEqual([1, "Koperasi 0-0"]);
    expect(rows[210]).toEqual([210, "Koperasi 2-69"]);
    // rows of page p are made while exactly p + 1 pages have been asked for
    expect(seen.slice(0, 70).every((n) => n === 1)).toBe(true);
    expect(seen.slice(140).every((n) => n === 3)).toBe(true);
  });

  it("a sheet without pages has its header only", async () => {
    async function* none(): AsyncGenerator<never[]> {}
    const wb = await book((w) => writeRowSheet(w, "Kosong", COLUMNS, none(), () => []));
    expect(values(wb.getWorksheet("Kosong")!)).toEqual([["ID", "Nama"]]);
  });
});
