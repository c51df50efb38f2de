// CPU time of other processes from Linux /proc (utime + stime, in clock ticks of 10 ms): a
// process, its children (cluster workers), PostgreSQL backends.
import { readFileSync, readdirSync } from "node:fs";

const TICK_MS = 10;

interface Stat {
  ppid: number;
  cpuMs: number;
}

function stat(pid: number): Stat | undefined {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = raw.slice(raw.lastIndexOf(") ") + 2).split(" ");
    return { ppid: Number(f[1]), cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS };
  } catch {
    return undefined; // gone
  }
}

export function cpuMsOf(pid: number): number {
  return stat(pid)?.cpuMs ?? 0;
}

/** pid and the pids of its direct children. */
export function withChildren(pid: number): number[] {
  const kids = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((p) => stat(p)?.ppid === pid);
  return [pid, ...kids];
}

/** A CPU meter over a set of pids that may grow (new PostgreSQL backends): a pid first seen later counts in full. */
export class CpuMeter {
  private start = new Map<number, number>();
  private seen = new Map<number, number>();

  constructor(private pids: () => number[] | Promise<number[]>) {}

  async begin() {
    this.start.clear();
    for (const p of await this.pids()) this.start.set(p, cpuMsOf(p));
    this.seen = new Map(this.start);
  }

  /** CPU ms used since begin() */
  async elapsed(): Promise<number> {
    for (const p of await this.pids()) if (!this.seen.has(p)) this.seen.set(p, 0);
    let ms = 0;
    for (const [p, from] of this.seen) ms += Math.max(0, cpuMsOf(p) - from);
    return ms;
  }
}
