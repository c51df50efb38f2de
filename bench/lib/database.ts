// The databases a bench runs on: in-memory PGlite always; PostgreSQL when BENCH_DATABASE_URL is
// set, in a throwaway database of its own (created here, dropped by drop()).
import { openDatabase, type OpenedDb } from "../../src/db/open.ts";
import { pgAdmin } from "../../test/helpers/pg-databases.ts";

export interface BenchDb {
  label: "pglite" | "postgres";
  db: OpenedDb;
  url?: string;
  drop(): Promise<void>;
}

export async function throwawayPostgres(baseUrl: string, tag: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `perfbench_${tag}_${process.pid}`.replace(/[^a-zA-Z0-9_]/g, "_");
  await pgAdmin(baseUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      pgAdmin(baseUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

export async function benchDatabases(tag: string): Promise<Array<() => Promise<BenchDb>>> {
  const list: Array<() => Promise<BenchDb>> = [
    async () => {
      const db = await openDatabase({ dataDir: "memory://" });
      return { label: "pglite", db, drop: () => db.close() };
    },
  ];
  const base = process.env.BENCH_DATABASE_URL;
  if (base) {
    list.push(async () => {
      const t = await throwawayPostgres(base, tag);
      const db = await openDatabase({ dataDir: "", databaseUrl: t.url });
      return {
        label: "postgres",
        db,
        url: t.url,
        async drop() {
          await db.close();
          await t.drop();
        },
      };
    });
  }
  return list;
}
