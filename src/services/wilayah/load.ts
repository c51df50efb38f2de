/** Reads the four idn-area-data CSV files (provinces, regencies, districts, villages) from disk, synchronously. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parseCsv } from "./csv.ts";

/** One CSV row: Kemendagri code, parent code ("" for provinces) and the name as written in the file. */
export interface AreaRow {
  code: string;
  parentCode: string;
  name: string;
}

export interface WilayahData {
  provinces: AreaRow[];
  regencies: AreaRow[];
  districts: AreaRow[];
  villages: AreaRow[];
}

/** The `data/` directory of the installed idn-area-data package. */
export function defaultDataDir(): string {
  const pkg = createRequire(import.meta.url).resolve("idn-area-data/package.json");
  return join(dirname(pkg), "data");
}

export function loadWilayahData(dataDir: string = defaultDataDir()): WilayahData {
  const read = (file: string, parentColumn: string | null) => readAreaCsv(join(dataDir, file), parentColumn);
  return {
    provinces: read("provinces.csv", null),
    regencies: read("regencies.csv", "province_code"),
    districts: read("districts.csv", "regency_code"),
    villages: read("villages.csv", "district_code"),
  };
}

function readAreaCsv(path: string, parentColumn: string | null): AreaRow[] {
  const [header, ...records] = parseCsv(readFileSync(path, "utf8"));
  if (!header) throw new Error(`${path}: empty file`);
  const column = (name: string) => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`${path}: missing column "${name}" (header: ${header.join(",")})`);
    return at;
  };
  const codeAt = column("code");
  const nameAt = column("name");
  const parentAt = parentColumn === null ? -1 : column(parentColumn);

  return records.map((r, i) => {
    const code = r[codeAt]?.trim();
    const name = r[nameAt]?.replace(/\s+/g, " ").trim();
    const parentCode = parentAt < 0 ? "" : r[parentAt]?.trim();
    if (!code || !name || parentCode === undefined) throw new Error(`${path}: malformed row ${i + 2}: ${r.join(",")}`);
    return { code, parentCode, name };
  });
}
