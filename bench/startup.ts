// Where start-up time goes, step by step in one fresh process (bench/process.ts times the whole
// thing, spawn → first getUpdates): loading the app's TypeScript through tsx, PGlite's WASM,
// creating + migrating a fresh embedded database, opening an existing one, the wilayah data.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { record } from "./lib/figures.ts";

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
start();
await import("../src/app.ts");
done("startup.breakdown.load_app_modules_tsx");
start();
const { PGlite } = await import("@electric-sql/pglite");
const mem = new PGlite();
await mem.waitReady;
done("startup.breakdown.pglite_wasm_in_memory");
await mem.close();
const { migrate } = await import("../src/db/migrator.ts");
const { openDatabase } = await import("../src/db/open.ts");
const dir = mkdtempSync(path.join(tmpdir(), "kdkmp-bench-start-"));
try {
  start();
  const fresh = new PGlite(path.join(dir, "pglite"));
  await fresh.waitReady;
  done("startup.breakdown.pglite_create_data_dir");
  start();
  const applied = await migrate(fresh as never);
  done(`startup.breakdown.migrate_fresh_${applied.length}_migrations`);
  await fresh.close();
  start();
  const db = await openDatabase({ dataDir: dir });
  done("startup.breakdown.open_existing_pglite");
  await db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
start();
const { getWilayah } = await import("../src/services/wilayah/index.ts");
getWilayah();
done("startup.breakdown.wilayah_load");
process.exit(0);
