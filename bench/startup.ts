// Where start-up time goes, step by step (bench/process.ts times the whole thing, spawn → first
// getUpdates, as `npm start` runs it): loading the app's modules (through tsx, and compiled in
// dist/ as npm start does), PGlite's WASM, creating a fresh embedded database by initdb + migrations
// or from the snapshot (src/db/pglite-snapshot.ts), opening an existing one, the wilayah data.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { record } from "./lib/figures.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
// Each step: wall ms, and CPU ms of this process (steadier when the machine is busy).
let wall0 = 0;
let cpu0 = process.cpuUsage();
const start = () => {
  wall0 = performance.now();
  cpu0 = process.cpuUsage();
};
function done(name: string) {
  const c = process.cpuUsage(cpu0);
  record(name, performance.now() - wall0, "ms");
  record(`${name}.cpu`, (c.user + c.system) / 1000, "ms");
}

// module loading, each in a new process (median of 3): what main.ts imports before it can start
function loadIn(name: string, args: string[], module: string) {
  const code = `const t=performance.now();await import(${JSON.stringify(module)});const c=process.cpuUsage();console.log(JSON.stringify([performance.now()-t,(c.user+c.system)/1000]));process.exit(0)`;
  const runs = [0, 1, 2].map(
    () =>
      JSON.parse(
        execFileSync(process.execPath, [...args, "--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8" }),
      ) as [number, number],
  );
  const med = (i: 0 | 1) => runs.map((r) => r[i]).sort((a, b) => a - b)[1]!;
  record(name, med(0), "ms");
  record(`${name}.cpu`, med(1), "ms"); // the process's CPU so far: node's own start included
}
loadIn("startup.breakdown.load_app_modules_tsx", ["--import", "tsx"], "./src/app.ts");
execFileSync(process.execPath, ["scripts/dist.mjs"], { cwd: ROOT }); // what npm start would do first
loadIn("startup.breakdown.load_app_modules_dist", [], "./dist/app.js");

start();
const { PGlite } = await import("@electric-sql/pglite");
const mem = new PGlite();
await mem.waitReady;
done("startup.breakdown.pglite_wasm_in_memory");
await mem.close();
const { migrate, readMigrations } = await import("../src/db/migrator.ts");
const { openDatabase } = await import("../src/db/open.ts");
const { findSnapshot, restoreSnapshot, saveSnapshot } = await import("../src/db/pglite-snapshot.ts");
const dir = mkdtempSync(path.join(tmpdir(), "kdkmp-bench-start-"));
try {
  mkdirSync(path.join(dir, "initdb"));
  start();
  const fresh = new PGlite(path.join(dir, "initdb", "pglite"));
  await fresh.waitReady;
  done("startup.breakdown.pglite_create_data_dir_initdb");
  start();
  const applied = await migrate(fresh as never);
  done(`startup.breakdown.migrate_fresh_${applied.length}_migrations`);
  start();
  await saveSnapshot(fresh, path.join(dir, "snapshots"), readMigrations());
  done("startup.breakdown.snapshot_save_once");
  await fresh.close();
  start();
  restoreSnapshot(
    findSnapshot(path.join(dir, "snapshots"), readMigrations())!.file,
    path.join(dir, "restored", "pglite"),
  );
  done("startup.breakdown.snapshot_restore_new_data_dir");
  start();
  const db = await openDatabase({ dataDir: path.join(dir, "initdb") });
  done("startup.breakdown.open_existing_pglite");
  await db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
start();
const { getWilayah } = await import("../src/services/wilayah/index.ts");
getWilayah();
done("startup.breakdown.wilayah_load_deferred"); // now after the first getUpdates (src/app.ts)
process.exit(0);
