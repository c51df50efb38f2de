// Profiling aid (not run by npm run bench): spawn → first getUpdates of the real process, several
// times, on a fresh and on an existing PGlite data directory; optional extra node flags (e.g.
// --cpu-prof --cpu-prof-dir=/tmp/p) after `--`:
//   node --import tsx bench/_startup-probe.ts [runs] [-- node-flags…]
// PROBE_ROOT=<another checkout> times that one instead (before/after); PROBE_ENTRY replaces
// "--import tsx src/main.ts".
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { HttpBotApi } from "./lib/http-bot-api.ts";

const ROOT = process.env.PROBE_ROOT ?? path.resolve(import.meta.dirname, "..");
const sep = process.argv.indexOf("--");
const runs = Number(process.argv[2] && process.argv[2] !== "--" ? process.argv[2] : 3);
const flags = sep >= 0 ? process.argv.slice(sep + 1) : [];
const entry = process.env.PROBE_ENTRY?.split(" ") ?? ["--import", "tsx", "src/main.ts"];

/** CPU ms a process has used so far (all its threads), from /proc (Linux) */
function cpuMs(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
}

async function once(dataDir: string): Promise<[number, number]> {
  const api = await new HttpBotApi().listen();
  const t0 = Date.now();
  const child = spawn(process.execPath, [...flags, ...entry], {
    cwd: ROOT,
    env: {
      ...process.env,
      BOT_TOKEN: "1:BENCH",
      TELEGRAM_API_ROOT: api.apiRoot,
      PORT: "0",
      LOG_LEVEL: process.env.PROBE_LOG ?? "silent",
      DATABASE_URL: "",
      DATA_DIR: dataDir,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  while (api.firstGetUpdatesAt === undefined) {
    if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const ms = api.firstGetUpdatesAt - t0;
  const cpu = cpuMs(child.pid!);
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
  await api.close();
  return [ms, cpu];
}

const fresh: number[] = [];
const existing: number[] = [];
const freshCpu: number[] = [];
const existingCpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(path.join(tmpdir(), "kdkmp-probe-"));
  try {
    const [a, ac] = await once(dir);
    const [b, bc] = await once(dir);
    fresh.push(a);
    freshCpu.push(ac);
    existing.push(b);
    existingCpu.push(bc);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(
  `fresh    wall ${fresh.join(" ")}  median ${med(fresh)} ms; cpu ${freshCpu.join(" ")}  median ${med(freshCpu)} ms`,
);
console.log(
  `existing wall ${existing.join(" ")}  median ${med(existing)} ms; cpu ${existingCpu.join(" ")}  median ${med(existingCpu)} ms`,
);
process.exit(0);
