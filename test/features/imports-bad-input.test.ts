// Bad roster files (issue 20, item 5): each gets a clear Indonesian message and nothing is written;
// awkward but readable ones (formulas, numbers stored as text or as numbers, codes with spaces or
// without dots, duplicates, 50,000 empty rows) are read as the office meant them.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { staff } from "./help-fixtures.ts";
import { COOP_HEADER, ahu, csvOf, xlsxOf } from "../helpers/roster-files.ts";
import { readSheet } from "../../src/services/imports/read.ts";
import { MAX_IMPORT_BYTES } from "../../src/services/imports/index.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await staff(h, 3001, "DINAS", { provinceCode: "61" });
});
const last = () => h.fake.textsTo(3001).at(-1)!;

async function send(name: string, bytes: Buffer, opts: { fileSize?: number } = {}) {
  await h.user(3001).sendFile(name, bytes, opts);
  return last();
}
async function nothingWritten() {
  expect(await h.prisma.import.count()).toBe(0);
  expect(await h.prisma.rosterCoop.count()).toBe(0);
}
const dryRunLine = (counts: { new: number; unchanged?: number; rejected: number }) =>
  `Baru: ${counts.new} · Berubah: 0 · Tetap: ${counts.unchanged ?? 0} · Ditolak: ${counts.rejected}`;

describe("bad roster files", () => {
  it("a PDF renamed .xlsx", async () => {
    expect(await send("daftar.xlsx", Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"))).toBe(
      h.t("imp-file-wrong-type", { what: "PDF" }),
    );
    await nothingWritten();
  });

  it("an old .xls renamed .xlsx, and a binary file named .csv", async () => {
    expect(await send("lama.xlsx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe(
      h.t("imp-file-old-xls"),
    );
    expect(await send("x.csv", Buffer.from([1, 2, 3, 0, 5]))).toBe(h.t("imp-file-wrong-type", { what: "biner" }));
    await nothingWritten();
  });

  it("a sheet with no recognisable header", async () => {
    const file = await xlsxOf([
      ["No", "Nama", "Alamat"],
      ["1", "Koperasi Desa Merah Putih Durian", "Jl. Desa"],
    ]);
    expect(await send("daftar.xlsx", file)).toBe(h.t("imp-file-no-header"));
    await nothingWritten();
  });

  it("merged cells in the data (a merged title above the header is fine)", async () => {
    const rows = [
      ["DAFTAR KOPERASI"],
      ["Nama Koperasi", "Kode Desa", "Kabupaten/Kota"],
      ["Koperasi Desa Merah Putih Durian", "61.12.03.2007", "Kubu Raya"],
      ["Koperasi Desa Merah Putih Korek", "61.12.03.2010", null],
    ];
    expect(await send("a.xlsx", await xlsxOf(rows, { merges: ["C3:C4"] }))).toBe(
      h.t("imp-file-merged", { range: "C3:C4" }),
    );
    await nothingWritten();
    expect(await send("b.xlsx", await xlsxOf(rows, { merges: ["A1:C1"] }))).toContain(
      dryRunLine({ new: 2, rejected: 0 }),
    );
  });

  it("formulas give their computed value", async () => {
    const file = await xlsxOf([
      ["Nama Koperasi", "Kode Desa"],
      [
        { formula: 'CONCAT("Koperasi Desa ","Merah Putih Durian")', result: "Koperasi Desa Merah Putih Durian" },
        { formula: 'CONCAT("61.12.03.","2007")', result: "61.12.03.2007" },
      ],
    ]);
    expect(await send("f.xlsx", file)).toContain(dryRunLine({ new: 1, rejected: 0 }));
    const imp = await h.prisma.import.findFirstOrThrow();
    expect(imp.plan).toMatchObject([{ v: "61.12.03.2007", name: "Koperasi Desa Merah Putih Durian" }]);
  });

  it("numbers stored as text or as numbers, codes with spaces or without dots", async () => {
    const file = await xlsxOf([
      [...COOP_HEADER],
      ["Koperasi Desa Merah Putih Durian", ahu(1), 6112032007, "Siti", 81234567890, ""],
      ["Koperasi Desa Merah Putih Korek", ahu(2), "61.12.03. 2010", "Budi", "0812 3456 7891", ""],
      ["Koperasi Desa Merah Putih Ampera", ahu(3), " 61 12 03 2014 ", "Ani", "6281234567892", ""],
      ["Koperasi Desa Merah Putih Bengkarek", ahu(4), "61.12.032003", "", "", ""],
    ]);
    expect(await send("n.xlsx", file)).toContain(dryRunLine({ new: 4, rejected: 0 }));
    const plan = (await h.prisma.import.findFirstOrThrow()).plan as Array<{ v: string; kp: string | null }>;
    expect(plan.map((p) => [p.v, p.kp])).toEqual([
      ["61.12.03.2007", "6281234567890"],
      ["61.12.03.2010", "6281234567891"],
      ["61.12.03.2014", "6281234567892"],
      ["61.12.03.2003", null],
    ]);
  });

  it("duplicate rows: the second is rejected with the row of the first", async () => {
    const row = ["Koperasi Desa Merah Putih Durian", ahu(1), "61.12.03.2007"];
    const text = await send("d.csv", csvOf([COOP_HEADER, row, row]));
    expect(text).toContain(dryRunLine({ new: 1, rejected: 1 }));
    expect(text).toContain(`Baris 3: ${h.t("imp-err-duplicate-row", { first: 2, code: "61.12.03.2007" })}`);
  });

  it("50,000 empty rows are skipped; a header with only empty rows says there is no data", async () => {
    const rows = [COOP_HEADER, ["Koperasi Desa Merah Putih Durian", ahu(1), "61.12.03.2007"]];
    expect(await send("e.xlsx", await xlsxOf(rows, { emptyRowsAfter: 50_000 }))).toContain(
      dryRunLine({ new: 1, rejected: 0 }),
    );
    const empty = csvOf([COOP_HEADER, ...Array.from({ length: 50_000 }, () => ["", "", ""])], { delimiter: ";" });
    expect(await send("e.csv", empty)).toBe(h.t("imp-file-no-rows"));
    expect(await h.prisma.import.count()).toBe(1);
  });

  it("a file over the size limit is refused before it is downloaded, saying the limit", async () => {
    const text = await send("besar.xlsx", Buffer.from("x"), { fileSize: MAX_IMPORT_BYTES + 1 });
    expect(text).toBe(h.t("imp-file-too-big", { size: "20,0 MB", limit: "20 MB" }));
    expect(h.fake.byMethod("getFile")).toHaveLength(0);
    await nothingWritten();
  });

  it("the streaming reader (large files) reads what the whole-file reader reads", async () => {
    const file = await xlsxOf(
      [
        ["Nama Koperasi", "Kode Desa", "Tanggal Kantor"],
        [
          "Koperasi Desa Merah Putih Durian",
          { formula: '"61.12.03.2007"', result: "61.12.03.2007" },
          new Date("2025-09-01"),
        ],
        [],
        ["Koperasi Desa Merah Putih Korek", 6112032010, "01/09/2025"],
      ],
      { emptyRowsAfter: 1000 },
    );
    const whole = await readSheet(file);
    const streamed = await readSheet(file, 0);
    expect(whole.ok && streamed.ok).toBe(true);
    if (whole.ok && streamed.ok) {
      expect(streamed.sheet.rows).toEqual(whole.sheet.rows);
      expect(whole.sheet.rows.map((r) => r.n)).toEqual([1, 2, 4]);
      expect(whole.sheet.rows[1]!.cells).toEqual(["Koperasi Desa Merah Putih Durian", "61.12.03.2007", "2025-09-01"]);
    }
  });
});
