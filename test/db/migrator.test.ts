import { describe, it, expect } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { migrate, readMigrations, MigrationError, MIGRATIONS_DIR } from "../../src/db/migrator.ts";

describe("in-app migrator", () => {
  it("applies every migration once, recording Prisma-compatible checksums", async () => {
    const pg = new PGlite();
    try {
      const all = readMigrations();
      expect(all.length).toBeGreaterThan(0);
      expect(await migrate(pg)).toEqual(all.map((m) => m.name));
      expect(await migrate(pg)).toEqual([]); // idempotent
      const rows = (
        await pg.query<{ migration_name: string; checksum: string }>(
          `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
        )
      ).rows;
      const first = all[0]!;
      const expected = createHash("sha256")
        .update(readFileSync(`${MIGRATIONS_DIR}/${first.name}/migration.sql`))
        .digest("hex");
      expect(rows[0]).toEqual({ migration_name: first.name, checksum: expected });
    } finally {
      await pg.close();
    }
  });

  it("a failing migration is rolled back and not recorded", async () => {
    const pg = new PGlite();
    try {
      const bad = [
        { name: "20990101000000_bad", sql: "CREATE TABLE t1 (id int);\nSELECT * FROM does_not_exist;", checksum: "x" },
      ];
      await expect(migrate(pg, bad)).rejects.toBeInstanceOf(MigrationError);
      const t = await pg.query(`SELECT to_regclass('t1') AS t`);
      expect((t.rows[0] as { t: string | null }).t).toBeNull();
      expect((await pg.query(`SELECT * FROM "_prisma_migrations"`)).rows).toHaveLength(0);
    } finally {
      await pg.close();
    }
  });
});
