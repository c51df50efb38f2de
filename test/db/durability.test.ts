// kill -9 of a process writing to the embedded DB leaves a directory that reopens with every
// committed row; a second instance on a directory in use is refused with a clear message.
import { describe, it, expect } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../../src/db/open.ts";
import { DataDirLockedError } from "../../src/db/lock.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

function startWriter(dir: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "test/fixtures/db-writer.ts", dir], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let committed = 0;
  let out = "";
  child.stdout!.on("data", (b: Buffer) => {
    out += b.toString();
    const all = [...out.matchAll(/committed (\d+)/g)];
    if (all.length) committed = Number(all.at(-1)![1]);
  });
  return { child, committed: () => committed };
}

async function until(pred: () => boolean, ms = 60_000) {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
}

function exited(child: ChildProcess) {
  return new Promise<void>((r) =>
    child.exitCode !== null || child.signalCode !== null ? r() : child.once("exit", () => r()),
  );
}

describe.skipIf(!!process.env.TEST_DATABASE_URL)("embedded database durability", () => {
  it("keeps every committed row after kill -9 and refuses a second instance while one runs", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kdkmp-dur-"));
    try {
      const w = startWriter(dir);
      await until(() => w.committed() >= 30);

      // a second instance on the same directory is refused, in-process…
      await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
      // …and as the real app: one clear line, exit code 1
      const second = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATA_DIR: dir,
          DATABASE_URL: "",
          BOT_TOKEN: "123:abc",
          TELEGRAM_API_ROOT: "http://127.0.0.1:9",
          LOG_LEVEL: "silent",
        },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/in use by another running bot \(pid \d+\)/);

      w.child.kill("SIGKILL");
      await exited(w.child);
      const seen = w.committed();
      expect(existsSync(path.join(dir, "bot.lock"))).toBe(true); // stale lock left behind

      const db = await openDatabase({ dataDir: dir }); // takes over the stale lock
      try {
        const count = await db.prisma.user.count();
        expect(count).toBeGreaterThanOrEqual(seen);
        const last = await db.prisma.user.findUnique({ where: { telegramId: BigInt(100000 + seen) } });
        expect(last?.fullName).toBe(`Writer ${seen}`);
      } finally {
        await db.close();
      }
      expect(existsSync(path.join(dir, "bot.lock"))).toBe(false); // released on close
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
