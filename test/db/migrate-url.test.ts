// DATABASE_DIRECT_URL: the start-up migrator (its session advisory lock) connects there, not
// through DATABASE_URL (which may be PgBouncer in transaction mode). PostgreSQL only.
import { describe, it, expect } from "vitest";
import { openDatabase } from "../../src/db/open.ts";

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)("the migrator's own connection", () => {
  it("connects to migrateUrl, not to the pool's URL", async () => {
    const nowhere = "postgresql://postgres@127.0.0.1:1/nowhere";
    await expect(openDatabase({ databaseUrl: url!, dataDir: "", migrateUrl: nowhere })).rejects.toThrow(
      /ECONNREFUSED|connect/,
    );
    const db = await openDatabase({ databaseUrl: url!, dataDir: "", migrateUrl: url! });
    await db.ping();
    await db.close();
  });
});
