// docs/OPERATIONS.md's backup and restore of the embedded database, exactly as written there:
// `npm run db:backup -- FILE` with the bot stopped, `npm run db:restore -- FILE` into a new DATA_DIR.
// (PostgreSQL: test/faults/pg-backup.test.ts.) It runs whatever TEST_DATABASE_URL says: CI runs the fault
// suite with one set, and this test must run there too.
import { describe, it, expect, afterAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../../src/db/open.ts";
import { lockDataDir } from "../../src/db/lock.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const tmp = mkdtempSync(path.join(tmpdir(), "kdkmp-backup-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const npm = (args: string[], env: Record<string, string>) =>
  spawnSync("npm", ["run", "--silent", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", ...env },
    encoding: "utf8",
  });

describe("embedded database backup and restore (npm run db:backup / db:restore)", () => {
  it("dumps a stopped bot's DATA_DIR and restores it into a new one; refuses while the bot runs", async () => {
    const live = path.join(tmp, "live");
    const db = await openDatabase({ dataDir: live });
    await db.prisma.user.create({ data: { telegramId: 424242n, fullName: "Siti Aminah" } });
    await db.close();
    const file = path.join(tmp, "kdkmp-backup.tar.gz");

    const running = await lockDataDir(path.resolve(live)); // as a running bot holds it
    const refused = npm(["db:backup", "--", file], { DATA_DIR: live });
    running.release();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/in use by another running bot/);

    const dump = npm(["db:backup", "--", file], { DATA_DIR: live });
    expect(dump.status, dump.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);

    const restored = path.join(tmp, "restored");
    const load = npm(["db:restore", "--", file], { DATA_DIR: restored });
    expect(load.status, load.stderr).toBe(0);
    expect(npm(["db:restore", "--", file], { DATA_DIR: restored }).status).toBe(1); // never over existing data

    const back = await openDatabase({ dataDir: restored });
    try {
      expect((await back.prisma.user.findUniqueOrThrow({ where: { telegramId: 424242n } })).fullName).toBe(
        "Siti Aminah",
      );
      expect(back.applied).toEqual([]); // schema came along: nothing to migrate
    } finally {
      await back.close();
    }
  }, 180_000);
});
