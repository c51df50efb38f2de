// Start-up cost of the embedded database: first start (create + migrate) vs a later start.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db/open.ts";

const dir = mkdtempSync(path.join(tmpdir(), "kdkmp-bench-"));
try {
  let t0 = performance.now();
  let db = await openDatabase({ dataDir: dir });
  const first = performance.now() - t0;
  await db.close();
  t0 = performance.now();
  db = await openDatabase({ dataDir: dir });
  const later = performance.now() - t0;
  const rss = process.memoryUsage().rss;
  await db.close();
  console.log(`first start (create + migrate): ${first.toFixed(0)} ms`);
  console.log(`later start (open only):        ${later.toFixed(0)} ms`);
  console.log(`ratio first/later: ${(first / later).toFixed(1)}×; rss after open ${(rss / 1e6).toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
