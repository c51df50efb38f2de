// npm run bench: runs every bench/*.ts (except this file and _helpers) one after another, each in
// its own process, then prints one table of every figure recorded through bench/lib/figures.ts,
// beside its goal, and writes it to bench/results.json. Benchmarks print; they never assert.
//   npm run bench [name-part]      only the benches whose file name contains name-part
// BENCH_DATABASE_URL=postgresql://…  also on PostgreSQL (each bench makes its own throwaway DB)
// BENCH_FULL=1                       the long variants (more sessions, 10,000 parked users, …)
// capacity.ts (PostgreSQL only) posts to the real webhook at fixed arrival rates with 1 and 2 workers.
// BENCH_PAID_RECIPIENTS=…            paid-broadcast.ts recipients (default 100,000; the paid-rate run)
// cpu-per-update.ts measures CPU per update (report, registration) of this checkout and of a base commit, interleaved.
import { readdirSync, readFileSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { fmt, met, type Figure } from "./lib/figures.ts";

const dir = import.meta.dirname;
const only = process.argv[2];
const figuresFile = path.join(tmpdir(), `kdkmp-bench-${process.pid}.jsonl`);
const started = Date.now();
const durations: Record<string, number> = {};
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.startsWith("_"))
  .sort()) {
  if (only && !f.includes(only)) continue;
  console.log(`\n### ${f}`);
  const t0 = Date.now();
  spawnSync(process.execPath, ["--import", "tsx", path.join(dir, f)], {
    stdio: "inherit",
    env: { ...process.env, LOG_LEVEL: "silent", BENCH_FIGURES: figuresFile },
  });
  durations[f] = Math.round((Date.now() - t0) / 1000);
}

const figures: Figure[] = existsSync(figuresFile)
  ? readFileSync(figuresFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Figure)
  : [];
rmSync(figuresFile, { force: true });
console.log(
  `\n## Figures (${figures.length}) — ${new Date().toISOString()}, ${Math.round((Date.now() - started) / 1000)} s`,
);
console.log(`${"figure".padEnd(52)} ${"value".padStart(12)}  goal`);
for (const f of figures) {
  const goal = f.goal
    ? `${f.goal.op === ">=" ? "≥" : "<"} ${fmt(f.goal.value, f.unit)}  ${met(f) ? "met" : "NOT MET"}`
    : "";
  console.log(`${f.name.padEnd(52)} ${fmt(f.value, f.unit).padStart(12)}  ${goal}`);
}
console.log(`bench durations (s): ${JSON.stringify(durations)}`);
const out = path.join(dir, "results.json");
const previous =
  existsSync(out) && only ? (JSON.parse(readFileSync(out, "utf8")) as { figures: Figure[] }).figures : [];
const merged = [...previous.filter((p) => !figures.some((f) => f.name === p.name)), ...figures];
writeFileSync(
  out,
  JSON.stringify(
    {
      at: new Date().toISOString(),
      full: process.env.BENCH_FULL === "1",
      postgres: !!process.env.BENCH_DATABASE_URL,
      durations,
      figures: merged,
    },
    null,
    2,
  ) + "\n",
);
console.log(`written: ${path.relative(process.cwd(), out)}`);
