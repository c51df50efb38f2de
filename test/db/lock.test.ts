// The data directory's lock: a zombie or a process that has exited is no holder; a live holder is
// waited for (said once) and taken over if it exits within the wait, refused if it does not.
import { describe, it, expect, afterEach } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { lockDataDir, DataDirLockedError } from "../../src/db/lock.ts";

const started: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const c of started.splice(0)) c.kill("SIGKILL");
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tmpDir() {
  const d = mkdtempSync(path.join(tmpdir(), "kdkmp-lock-"));
  dirs.push(d);
  return d;
}

function holdBy(dir: string, pid: number) {
  writeFileSync(path.join(dir, "bot.lock"), String(pid));
}

function state(pid: number) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    return s.slice(s.lastIndexOf(")") + 2, s.lastIndexOf(")") + 3);
  } catch {
    return "";
  }
}

// A parent that never reaps: sh starts a child that exits in 0.1 s, prints its pid, then becomes `sleep`
// (exec), which ignores its dead child. The child stays a zombie as long as the parent lives.
async function zombie(): Promise<number> {
  const parent = spawn("sh", ["-c", "sleep 0.1 & echo $!; exec sleep 30"], { stdio: ["ignore", "pipe", "ignore"] });
  started.push(parent);
  const pid = await new Promise<number>((resolve) =>
    parent.stdout!.once("data", (b: Buffer) => resolve(Number(b.toString().trim()))),
  );
  for (let i = 0; i < 200 && state(pid) !== "Z"; i++) await new Promise((r) => setTimeout(r, 10));
  return pid;
}

describe("data directory lock", () => {
  it.skipIf(process.platform !== "linux")("takes over a lock whose holder is a zombie, without waiting", async () => {
    const pid = await zombie();
    expect(state(pid)).toBe("Z");
    expect(() => process.kill(pid, 0)).not.toThrow(); // kill(pid, 0) alone would call it alive
    const dir = tmpDir();
    holdBy(dir, pid);
    let waited = false;
    const lock = await lockDataDir(dir, { waitMs: 3000, onWait: () => (waited = true) });
    expect(readFileSync(lock.file, "utf8")).toBe(String(process.pid));
    expect(waited).toBe(false);
    lock.release();
  });

  it("waits for a live holder, says so once, and takes the lock when it exits within the wait", async () => {
    const holder = spawn("sleep", ["30"], { stdio: "ignore" });
    started.push(holder);
    const dir = tmpDir();
    holdBy(dir, holder.pid!);
    const said: number[] = [];
    const lock = await lockDataDir(dir, {
      waitMs: 4000,
      pollMs: 20,
      onWait: (pid) => {
        said.push(pid);
        holder.kill("SIGTERM"); // it shuts down while we wait
      },
    });
    expect(said).toEqual([holder.pid]);
    expect(readFileSync(lock.file, "utf8")).toBe(String(process.pid));
    lock.release();
  });

  it("refuses a holder that stays alive past the wait", async () => {
    const holder = spawn("sleep", ["30"], { stdio: "ignore" });
    started.push(holder);
    const dir = tmpDir();
    holdBy(dir, holder.pid!);
    const said: number[] = [];
    await expect(lockDataDir(dir, { waitMs: 200, pollMs: 20, onWait: (p) => said.push(p) })).rejects.toBeInstanceOf(
      DataDirLockedError,
    );
    expect(said).toEqual([holder.pid]);
    expect(readFileSync(path.join(dir, "bot.lock"), "utf8")).toBe(String(holder.pid));
  });
});
