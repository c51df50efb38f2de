// npm run db:migrate: apply pending migrations to DATABASE_URL (or the embedded DB in DATA_DIR)
// without starting the bot.
import { parseConfig, ConfigError } from "../config.ts";
import { openDatabase } from "./open.ts";

try {
  process.loadEnvFile(".env");
} catch {
  /* no .env */
}
try {
  const config = parseConfig(process.env);
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    migrateUrl: config.databaseDirectUrl,
  });
  console.log(db.applied.length ? `Applied: ${db.applied.join(", ")}` : "Database is up to date.");
  await db.close();
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : `Migration failed: ${(e as Error).message}`);
  process.exit(1);
}
