// Backup and restore of the embedded database (DATA_DIR/pglite) while the bot is stopped:
// `npm run db:backup -- <file.tar.gz>` writes PGlite's own dump of its data directory, and
// `npm run db:restore -- <file.tar.gz>` loads one into an EMPTY DATA_DIR. The data directory's lock
// is taken for the duration, so a running bot makes both refuse (DataDirLockedError).
// PostgreSQL deployments use pg_dump/pg_restore instead (docs/OPERATIONS.md).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { lockDataDir } from "./lock.ts";

export async function dumpEmbedded(dataDir: string, file: string): Promise<number> {
  const dir = path.resolve(dataDir);
  if (!existsSync(path.join(dir, "pglite"))) throw new Error(`DATA_DIR: no embedded database in ${dir}`);
  const lock = await lockDataDir(dir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const pg = new PGlite(path.join(dir, "pglite"));
    await pg.waitReady;
    const blob = await pg.dumpDataDir("gzip");
    await pg.close();
    const bytes = Buffer.from(await blob.arrayBuffer());
    writeFileSync(file, bytes);
    return bytes.length;
  } finally {
    lock.release();
  }
}

export async function restoreEmbedded(file: string, dataDir: string): Promise<void> {
  const dir = path.resolve(dataDir);
  const target = path.join(dir, "pglite");
  if (existsSync(target) && readdirSync(target).length > 0)
    throw new Error(`DATA_DIR: ${target} is not empty; restore into a new DATA_DIR (move the old one aside first)`);
  const lock = await lockDataDir(dir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const pg = new PGlite(target, { loadDataDir: new Blob([readFileSync(file)]) });
    await pg.waitReady;
    await pg.query("SELECT 1");
    await pg.close();
  } finally {
    lock.release();
  }
}
