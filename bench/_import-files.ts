// Roster files for the import bench (not a bench itself): real Kemendagri codes from idn-area-data.
//  province: Kalimantan Barat, 2,143 coops, 215 BA + 30 PMO over its 14 kab/kota, 2,143 assignments
//  national: the first 80,000 villages of the country, one coop each
import ExcelJS from "exceljs";
import { getWilayah } from "../src/services/wilayah/index.ts";
import { COOP_HEADER, ahu } from "../test/helpers/roster-files.ts";

const phone = (base: number, i: number) => `0${base + i}`;
const UNITS = ["Gerai Sembako", "Gerai Sembako, Simpan Pinjam", "Klinik, Apotek", ""];

async function writeXlsx(path: string, header: string[], rows: Iterable<Array<string | number>>) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet("Data");
  ws.addRow(header).commit();
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
}

function* coopRows(codes: readonly string[]) {
  for (let i = 0; i < codes.length; i++)
    yield [
      `Koperasi Desa Merah Putih ${i + 1}`,
      ahu(i + 1),
      codes[i]!,
      `Ketua Nomor ${i + 1}`,
      phone(8120000000, i),
      UNITS[i % 4]!,
    ];
}

export async function provinceFiles(dir: string) {
  const w = getWilayah();
  const villages = w.villagesIn("61").slice(0, 2143);
  const regencies = w.regencies("61").map((r) => r.code);
  await writeXlsx(`${dir}/coops-61.xlsx`, COOP_HEADER, coopRows(villages.map((v) => v.code)));
  const staff: Array<[string, string, string, string]> = [];
  for (let i = 0; i < 215; i++)
    staff.push([`Pendamping Nomor ${i + 1}`, phone(8130000000, i), "BA", regencies[i % 14]!]);
  for (let i = 0; i < 30; i++) staff.push([`Pengawas Nomor ${i + 1}`, phone(8140000000, i), "PMO", regencies[i % 14]!]);
  await writeXlsx(`${dir}/staff-61.xlsx`, ["Nama", "No HP", "Peran", "Kode Wilayah"], staff);
  const basOf = new Map(regencies.map((g) => [g, staff.filter((s) => s[2] === "BA" && s[3] === g)]));
  const seen = new Map<string, number>();
  const assignments = villages.map((v) => {
    const g = v.code.slice(0, 5);
    const bas = basOf.get(g)!;
    const n = seen.get(g) ?? 0;
    seen.set(g, n + 1);
    return [bas[n % bas.length]![1], v.code];
  });
  await writeXlsx(`${dir}/assignments-61.xlsx`, ["HP BA", "Kode Desa"], assignments);
}

export async function nationalFile(dir: string, count: number) {
  const codes = getWilayah()
    .villagesIn(null)
    .slice(0, count)
    .map((v) => v.code);
  await writeXlsx(`${dir}/coops-national.xlsx`, COOP_HEADER, coopRows(codes));
}
