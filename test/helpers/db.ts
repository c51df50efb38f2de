// One database per test worker, migrated once, emptied between tests.
// - default: in-memory PGlite (opening + migrating costs ~2 s, so never per test)
// - TEST_DATABASE_URL=postgresql://…/base: a throw-away database "<base>_w<worker>" per worker
import { openDatabase, type OpenedDb } from "../../src/db/open.ts";

let opened: Promise<OpenedDb> | undefined;

async function createPostgresDatabase(baseUrl: string): Promise<string> {
  const url = new URL(baseUrl);
  const base = url.pathname.replace(/^\//, "") || "test";
  const name = `${base}_w${process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? "0"}`.replace(
    /[^a-zA-Z0-9_]/g,
    "_",
  );
  const { pgAdmin } = await import("./pg-databases.ts"); // pg is loaded only on PostgreSQL runs
  await pgAdmin(baseUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  url.pathname = `/${name}`;
  return url.toString();
}

export function testDb(): Promise<OpenedDb> {
  opened ??= (async () => {
    const url = process.env.TEST_DATABASE_URL;
    if (url) return openDatabase({ databaseUrl: await createPostgresDatabase(url), dataDir: "" });
    return openDatabase({ dataDir: "memory://" });
  })();
  return opened;
}

let tables: string[] | undefined;

/** Empties every table (ids restart at 1). */
export async function resetDb(): Promise<OpenedDb> {
  const db = await testDb();
  tables ??= (
    await db.prisma.$queryRawUnsafe<{ tablename: string }[]>(
      `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
    )
  ).map((r) => r.tablename);
  await db.prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
  return db;
}
