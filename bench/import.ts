// Roster import (issue 20, item 6): validate + apply a province (Kalimantan Barat: 2,143 coops,
// 245 staff, 2,143 assignments) and the country (80,000 coops), real Kemendagri codes, on PGlite
// and on PostgreSQL when BENCH_DATABASE_URL is set. Goals: province < 10 s; national < 2 min and
// < 400 MB peak RSS (PostgreSQL deployment). Each database runs in its own process
// (bench/_import-run.ts) so its peak RSS is its own; the files are written here first.
//   npm run bench import      ·   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench import
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { nationalFile, provinceFiles } from "./_import-files.ts";

const dir = mkdtempSync(path.join(tmpdir(), "kdkmp-import-bench-"));
const NATIONAL = Number(process.env.IMPORT_BENCH_NATIONAL ?? 80_000);
try {
  await provinceFiles(dir);
  await nationalFile(dir, NATIONAL);
  const dbs = ["pglite", ...(process.env.BENCH_DATABASE_URL ? ["postgres"] : [])];
  for (const db of dbs) {
    console.log(`-- ${db}`);
    // the heap limit `npm run import` runs with (package.json): V8 otherwise grows its heap lazily
    spawnSync(
      process.execPath,
      ["--max-old-space-size=320", "--import", "tsx", path.join(import.meta.dirname, "_import-run.ts")],
      {
        stdio: "inherit",
        env: {
          ...process.env,
          IMPORT_BENCH_DB: db,
          IMPORT_BENCH_DIR: dir,
          IMPORT_BENCH_NATIONAL: String(NATIONAL),
          LOG_LEVEL: "silent",
        },
      },
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
