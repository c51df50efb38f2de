// PGlite has no locking of its own: one process per data directory, enforced by a lock file
// holding the owner's pid. A stale lock (its process is gone) is taken over; a live one refuses.
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

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export interface DirLock {
  file: string;
  release(): void;
}

export function lockDataDir(dir: string): DirLock {
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
      if (alive(pid) && pid !== process.pid) throw new DataDirLockedError(dir, pid);
      try {
        unlinkSync(file); // stale: its owner is gone (e.g. kill -9)
      } catch {
        /* someone else removed it */
      }
    }
  }
  throw new Error(`Could not take the lock ${file}`);
}
