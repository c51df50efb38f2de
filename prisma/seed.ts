// npm run db:seed: write the demo data (src/seed/demo.ts) into DATABASE_URL, or the embedded
// database in DATA_DIR, opened (and migrated) like the app opens it. Safe to run again.
// The embedded database can be open in one process only: stop the bot first.
import { parseConfig, ConfigError } from "../src/config.ts";
import { openDatabase } from "../src/db/open.ts";
import { DataDirLockedError } from "../src/db/lock.ts";
import { describeCounts, seedDemo } from "../src/seed/demo.ts";
import { systemClock } from "../src/deps.ts";

try {
  process.loadEnvFile(".env");
} catch {
  /* no .env */
}
try {
  const config = parseConfig(process.env);
  const t0 = Date.now();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const counts = await seedDemo(db.prisma, systemClock);
    console.log(`Data demo siap / demo data ready (${Date.now() - t0} ms): ${describeCounts(counts)}.`);
  } finally {
    await db.close();
  }
} catch (e) {
  const msg =
    e instanceof ConfigError || e instanceof DataDirLockedError ? e.message : `Seeding failed: ${(e as Error).message}`;
  console.error(msg);
  process.exit(1);
}
