// `npm install` (postinstall): makes the PGlite snapshot that new embedded databases start from
// (src/db/pglite-snapshot.ts), so even the very first `npm start` skips initdb. Opening a new
// directory makes the snapshot when none holds today's migrations. Never fails the install.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db/open.ts";
import { readMigrations } from "../src/db/migrator.ts";
import { findSnapshot, SNAPSHOT_DIR } from "../src/db/pglite-snapshot.ts";

const migrations = readMigrations();
const have = findSnapshot(SNAPSHOT_DIR, migrations);
if (have?.holds === migrations.length) {
  console.log(`PGlite snapshot up to date: ${path.relative(process.cwd(), have.file)}`);
} else {
  const dir = mkdtempSync(path.join(tmpdir(), "kdkmp-snapshot-"));
  try {
    const db = await openDatabase({ dataDir: dir });
    await db.close();
    const made = findSnapshot(SNAPSHOT_DIR, migrations);
    console.log(
      made
        ? `PGlite snapshot made: ${path.relative(process.cwd(), made.file)}`
        : "PGlite snapshot not made (the first start will make it)",
    );
  } catch (e) {
    console.log(`PGlite snapshot not made (${(e as Error).message}); the first start will make it`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
