// PGlite has no locking of its own: one process per data directory, enforced by a lock file
// holding the owner's pid. A stale lock (its process is gone, a zombie or exiting) is taken over;
// a live holder is waited for a few seconds (it may be shutting down), then refused.
import { openSync, writeSync, closeSync, readFileSync, unlinkSync, mkdirSync } from "node:fs";
import path from "node:path";

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dir} is in use by another running bot (pid ${pid}). ` +
        `Stop that process first, or set DATA_DIR to another directory.`,
    );
  }
}

// On Linux, /proc/<pid>/stat's state field tells a zombie ('Z') or a dying process ('X') from a
// running one; kill(pid, 0) succeeds on both, e.g. a bot killed with its npm parent stays a
// zombie until re-parented and reaped. Elsewhere kill(pid, 0) is all there is.
function procState(pid: number): string | undefined | null {
  if (process.platform !== "linux") return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ENOENT" ? null : undefined; // null: no such process
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  const state = procState(pid);
  if (state === null || state === "Z" || state === "X") return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export interface LockOptions {
  /** how long a live holder is waited for before refusing (default 5 s) */
  waitMs?: number;
  pollMs?: number;
  /** told once when waiting starts; default: one line on the console */
  onWait?: (pid: number) => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitGone(pid: number, opts: LockOptions): Promise<boolean> {
  const waitMs = opts.waitMs ?? 5000;
  const end = Date.now() + waitMs;
  let told = false;
  while (alive(pid)) {
    if (Date.now() >= end) return false;
    if (!told) {
      told = true;
      (opts.onWait ?? defaultOnWait)(pid);
    }
    await sleep(opts.pollMs ?? 100);
  }
  return true;
}

function defaultOnWait(pid: number) {
  console.error(`The data directory is held by pid ${pid}; waiting a few seconds for it to exit…`);
}

export interface DirLock {
  file: string;
  release(): void;
}

export async function lockDataDir(dir: string, opts: LockOptions = {}): Promise<DirLock> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "bot.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        file,
        release() {
          if (released) return;
          released = true;
          try {
            if (readFileSync(file, "utf8").trim() === String(process.pid)) unlinkSync(file);
          } catch {
            /* already gone */
          }
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      let pid = NaN;
      try {
        pid = Number(readFileSync(file, "utf8").trim());
      } catch {
        continue; // removed meanwhile: try again
      }
      if (pid !== process.pid && !(await waitGone(pid, opts))) throw new DataDirLockedError(dir, pid);
      try {
        unlinkSync(file); // stale: its owner is gone (e.g. kill -9)
      } catch {
        /* someone else removed it */
      }
    }
  }
  throw new Error(`Could not take the lock ${file}`);
}
