// npm run db:backup -- <file.tar.gz>   /   npm run db:restore -- <file.tar.gz>
// Embedded database only (DATA_DIR, default ./data); stop the bot first. PostgreSQL: pg_dump/pg_restore.
import { dumpEmbedded, restoreEmbedded } from "../src/db/embedded-backup.ts";

const [mode, file] = process.argv.slice(2);
const dataDir = process.env.DATA_DIR || "./data";
if (process.env.DATABASE_URL) {
  console.error("DATABASE_URL is set: back up PostgreSQL with pg_dump/pg_restore (docs/OPERATIONS.md)");
  process.exit(1);
}
if ((mode !== "dump" && mode !== "restore") || !file) {
  console.error("usage: npm run db:backup -- <file.tar.gz>  |  npm run db:restore -- <file.tar.gz>");
  process.exit(1);
}
try {
  if (mode === "dump") console.log(`${file}: ${await dumpEmbedded(dataDir, file)} bytes from ${dataDir}`);
  else {
    await restoreEmbedded(file, dataDir);
    console.log(`${file} restored into ${dataDir}`);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
