// A SIGTERM that arrives while the app is still starting is honoured once start-up finishes:
// the process exits 0 and releases the embedded database's lock.
import { describe, it, expect } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startSimulator } from "../../src/simulator/index.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe.skipIf(!!process.env.TEST_DATABASE_URL)("signals during start-up", () => {
  it("SIGTERM before the bot has started still stops cleanly", async () => {
    const sim = await startSimulator({ port: 0 });
    const dataDir = mkdtempSync(path.join(tmpdir(), "kdkmp-sig-"));
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        BOT_TOKEN: sim.token,
        TELEGRAM_API_ROOT: sim.apiRoot,
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        PORT: "0",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout!.on("data", (b: Buffer) => (log += b.toString()));
    try {
      // as soon as the database starts opening (the lock is taken), ask it to stop
      const end = Date.now() + 120_000;
      while (!existsSync(path.join(dataDir, "bot.lock")) && Date.now() < end)
        await new Promise((r) => setTimeout(r, 5));
      child.kill("SIGTERM");
      const code = await new Promise<number | null>((r) => child.once("exit", (c) => r(c)));
      expect(code).toBe(0);
      expect(existsSync(path.join(dataDir, "bot.lock"))).toBe(false);
      expect(log).toMatch(/stop requested during start-up|shutting down/);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await sim.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
