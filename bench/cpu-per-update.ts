// CPU per update on the report and registration paths (issue 22, item 3), before and after, in
// one interleaved run: this checkout ("after") and a checkout of BASE ("before": CPU_BASE_REF,
// default the commit before the CPU work; CPU_BASE_DIR=<checkout> to use one you have) each run
// bench/_cpu-probe.ts in a fresh process, alternating ABBA for ROUNDS rounds, on PGlite and (with
// BENCH_DATABASE_URL) PostgreSQL. Figure: median process CPU time (user + system, the bot and
// the fake Bot API it talks to) per update; CPU time, not wall time, since the machine is shared.
// The goal is on the steady figure (after warm-up rounds, as a worker that has been up a while);
// "cold" is the first round after start-up, JIT compiles included (see bench/_cpu-probe.ts).
// CPU_ROUNDS=n rounds (default 2, BENCH_FULL 6).
import { spawnSync, execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { throwawayPostgres } from "./lib/database.ts";
import { record } from "./lib/figures.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const ROUNDS = Number(process.env.CPU_ROUNDS ?? (process.env.BENCH_FULL === "1" ? 6 : 2));
const BASE_REF = process.env.CPU_BASE_REF ?? "f316010";
const GOALS = { report: 2, registration: 1.5 };
type Dialogue = keyof typeof GOALS;
type Figure = Dialogue | `${Dialogue}_cold`;
const FIGURES: Figure[] = ["report", "registration", "report_cold", "registration_cold"];

function baseCheckout(): { dir: string; cleanup(): void } | undefined {
  if (process.env.CPU_BASE_DIR) return { dir: process.env.CPU_BASE_DIR, cleanup() {} };
  const dir = mkdtempSync(path.join(tmpdir(), "kdkmp-cpu-base-"));
  try {
    execFileSync("git", ["-C", ROOT, "worktree", "add", "--detach", dir, BASE_REF], { stdio: "ignore" });
  } catch {
    console.log(`before: no checkout of ${BASE_REF} (not a git checkout?), only "after" is measured`);
    return undefined;
  }
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  cpSync(path.join(ROOT, "src/generated"), path.join(dir, "src/generated"), { recursive: true });
  return {
    dir,
    cleanup: () => execFileSync("git", ["-C", ROOT, "worktree", "remove", "--force", dir], { stdio: "ignore" }),
  };
}

function probe(root: string, where: string, flags: string[] = []): Record<Figure, number> | undefined {
  const r = spawnSync(
    process.execPath,
    [...flags, "--import", "tsx", path.join(ROOT, "bench/_cpu-probe.ts"), root, where],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, LOG_LEVEL: "silent" },
    },
  );
  const line = r.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line);
  } catch {
    console.log(`probe failed in ${root}: ${r.stderr.slice(-600)}`);
    return undefined;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const base = baseCheckout();
// CPU_NODE_FLAGS="--max-semi-space-size=16": also this checkout under those node flags ("flags")
const flags = process.env.CPU_NODE_FLAGS?.split(" ").filter(Boolean) ?? [];
const variants = [
  { name: "after", dir: ROOT, flags: [] as string[] },
  ...(base ? [{ name: "before", dir: base.dir, flags: [] }] : []),
  ...(flags.length ? [{ name: "flags", dir: ROOT, flags }] : []),
];
try {
  const places: Array<{ label: string; open(): Promise<{ where: string; drop(): Promise<void> }> }> = [
    { label: "pglite", open: async () => ({ where: "pglite", drop: async () => {} }) },
  ];
  if (process.env.BENCH_DATABASE_URL)
    places.push({
      label: "postgres",
      async open() {
        const t = await throwawayPostgres(process.env.BENCH_DATABASE_URL!, "cpu");
        return { where: t.url, drop: t.drop };
      },
    });
  // CPU_PLACES=postgres: only those databases
  for (const place of places.filter((p) => !process.env.CPU_PLACES || process.env.CPU_PLACES.includes(p.label))) {
    const got = new Map<string, Record<Figure, number[]>>(
      variants.map((v) => [v.name, { report: [], registration: [], report_cold: [], registration_cold: [] }]),
    );
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? [...variants].reverse() : variants; // ABBA: neither side always goes first
      for (const v of order) {
        const db = await place.open();
        try {
          const r = probe(v.dir, db.where, v.flags);
          if (r) for (const k of FIGURES) got.get(v.name)![k].push(r[k]);
        } finally {
          await db.drop();
        }
      }
    }
    for (const k of Object.keys(GOALS) as Dialogue[]) {
      const after = median(got.get("after")![k]);
      const before = got.has("before") ? median(got.get("before")![k]) : NaN;
      if (!Number.isNaN(before)) record(`cpu.${place.label}.${k}.before`, before, "ms");
      record(`cpu.${place.label}.${k}.after`, after, "ms", { op: "<", value: GOALS[k] + 1e-9 });
      if (!Number.isNaN(before)) record(`cpu.${place.label}.${k}.after_over_before`, after / before, "×");
      if (got.has("flags")) record(`cpu.${place.label}.${k}.with_node_flags`, median(got.get("flags")![k]), "ms");
      const cold = `${k}_cold` as const;
      if (got.has("before")) record(`cpu.${place.label}.${k}.cold_before`, median(got.get("before")![cold]), "ms");
      record(`cpu.${place.label}.${k}.cold_after`, median(got.get("after")![cold]), "ms");
    }
  }
} finally {
  base?.cleanup();
}
process.exit(0);
