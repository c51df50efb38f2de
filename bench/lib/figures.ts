// Figures a bench reports: printed as it goes and appended (one JSON line each) to the file named
// by BENCH_FIGURES, which bench/run.ts turns into the table and bench/results.json. A goal is
// "≥ x" or "< x"; figures without a goal are context (ceilings, breakdowns).
import { appendFileSync } from "node:fs";

export interface Figure {
  name: string;
  value: number;
  unit: string;
  goal?: { op: ">=" | "<"; value: number };
}

export function met(f: Figure): boolean | undefined {
  if (!f.goal) return undefined;
  return f.goal.op === ">=" ? f.value >= f.goal.value : f.value < f.goal.value;
}

export function fmt(v: number, unit: string): string {
  if (unit === "×") return `${v.toFixed(2)}×`;
  if (unit === "ms" || unit === "MB") return `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ${unit}`;
  return `${v.toFixed(0)} ${unit}`;
}

export function record(name: string, value: number, unit: string, goal?: Figure["goal"]) {
  const f: Figure = { name, value, unit, ...(goal ? { goal } : {}) };
  const g = goal
    ? `  (goal ${goal.op === ">=" ? "≥" : "<"} ${fmt(goal.value, unit)}: ${met(f) ? "met" : "NOT met"})`
    : "";
  console.log(`${name.padEnd(52)} ${fmt(value, unit).padStart(12)}${g}`);
  if (process.env.BENCH_FIGURES) appendFileSync(process.env.BENCH_FIGURES, JSON.stringify(f) + "\n");
}

/** p-th percentile (0–100) of latencies in ms. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
