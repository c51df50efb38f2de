// npm run bench: runs every bench/*.ts (except this file) one after another, each in its own
// process, and prints their figures. Benchmarks print; they never assert.
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";

const dir = import.meta.dirname;
const only = process.argv[2];
for (const f of readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.startsWith("_")).sort()) {
  if (only && !f.includes(only)) continue;
  console.log(`\n### ${f}`);
  spawnSync(process.execPath, ["--import", "tsx", path.join(dir, f)], { stdio: "inherit", env: { ...process.env, LOG_LEVEL: "silent" } });
}
