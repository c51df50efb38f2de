// New PGlite directories start from a snapshot (src/db/pglite-snapshot.ts): the database made from
// it has every table and every migration row, and a snapshot older than today's migrations is
// brought up to date by the migrator.
import { describe, it, expect, afterAll } from "vitest";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { openDatabase, type OpenedDb } from "../../src/db/open.ts";
import { migrate, readMigrations } from "../../src/db/migrator.ts";
import { findSnapshot, saveSnapshot, snapshotName } from "../../src/db/pglite-snapshot.ts";

const dirs: string[] = [];
const tmp = (tag: string) => {
  const d = mkdtempSync(path.join(tmpdir(), `kdkmp-snap-${tag}-`));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function tables(db: OpenedDb): Promise<string[]> {
  const rows = await db.prisma.$queryRawUnsafe<{ t: string }[]>(
    `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  );
  return rows.map((r) => r.t);
}
async function migrationRows(db: OpenedDb): Promise<string[]> {
  const rows = await db.prisma.$queryRawUnsafe<{ n: string }[]>(
    `SELECT migration_name AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`,
  );
  return rows.map((r) => r.n);
}

describe("PGlite snapshot", () => {
  const all = readMigrations();

  it(
    "the first new directory makes the snapshot; the next one is made from it, with every table and migration row",
    { timeout: 240_000 },
    async () => {
      const snaps = tmp("cache");
      const a = await openDatabase({ dataDir: tmp("a"), snapshots: snaps });
      let expected: string[];
      try {
        expect(a.applied).toEqual(all.map((m) => m.name)); // initdb + every migration
        expected = await tables(a);
        expect(expected.length).toBeGreaterThan(10);
        await a.prisma.$executeRawUnsafe(`CREATE TABLE after_snapshot (id int)`); // made after the snapshot was taken
      } finally {
        await a.close();
      }
      expect(findSnapshot(snaps, all)?.holds).toBe(all.length);
      expect(readdirSync(snaps)).toEqual([snapshotName(all)]);

      const bDir = tmp("b");
      const b = await openDatabase({ dataDir: bDir, snapshots: snaps });
      try {
        expect(b.applied).toEqual([]); // restored, not initdb: nothing left to apply
        expect(await tables(b)).toEqual(expected);
        expect(await migrationRows(b)).toEqual(all.map((m) => m.name));
        // a working database: writes and reads back
        await b.prisma.$executeRawUnsafe(`CREATE TABLE t_probe (id int)`);
        await b.prisma.$executeRawUnsafe(`INSERT INTO t_probe VALUES (7)`);
        expect(await b.prisma.$queryRawUnsafe(`SELECT id FROM t_probe`)).toEqual([{ id: 7 }]);
      } finally {
        await b.close();
      }
      expect(readdirSync(bDir).filter((f) => f.includes("restoring"))).toEqual([]); // no temporary left

      // reopening it (an existing directory) keeps its own data: no restore over it
      const again = await openDatabase({ dataDir: bDir, snapshots: snaps });
      try {
        expect(await again.prisma.$queryRawUnsafe(`SELECT id FROM t_probe`)).toEqual([{ id: 7 }]);
      } finally {
        await again.close();
      }
    },
  );

  it(
    "a snapshot lacking the newest migration: the migrator applies it, and a current snapshot is kept",
    { timeout: 240_000 },
    async () => {
      const snaps = tmp("old");
      const older = all.slice(0, -1);
      const work = tmp("w");
      const pg = new PGlite(path.join(work, "pglite"));
      try {
        await migrate(pg, older);
        await saveSnapshot(pg, snaps, older);
      } finally {
        await pg.close();
      }
      expect(findSnapshot(snaps, all)?.holds).toBe(older.length);

      const db = await openDatabase({ dataDir: tmp("c"), snapshots: snaps });
      try {
        expect(db.applied).toEqual([all.at(-1)!.name]);
        expect(await migrationRows(db)).toEqual(all.map((m) => m.name));
      } finally {
        await db.close();
      }
      expect(findSnapshot(snaps, all)?.holds).toBe(all.length);
      expect(existsSync(path.join(snaps, snapshotName(older)))).toBe(true); // kept for checkouts still on it
    },
  );

  it("snapshots: false, or none at hand, still creates the database the slow way", { timeout: 240_000 }, async () => {
    const db = await openDatabase({ dataDir: tmp("d"), snapshots: false });
    try {
      expect(db.applied).toEqual(all.map((m) => m.name));
    } finally {
      await db.close();
    }
  });
});
