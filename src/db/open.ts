// Opens the database the app runs on: embedded PGlite in DATA_DIR when DATABASE_URL is empty,
// PostgreSQL otherwise. Pending migrations are applied by the in-app migrator (PostgreSQL: under
// an advisory lock, so several instances may start at once). Returns a Prisma client and close().
// New PGlite directories start from a snapshot when there is one (pglite-snapshot.ts). The Prisma
// client is imported here only when needed, so main.ts can start opening before the app is loaded.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { CustomTypesConfig } from "pg";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { migrate, readMigrations, type SqlRunner } from "./migrator.ts";
import { lockDataDir } from "./lock.ts";
import { hotParsers, registerHotSql } from "./hot-sql.ts";
import { findSnapshot, restoreSnapshot, saveSnapshot, SNAPSHOT_DIR } from "./pglite-snapshot.ts";

export interface OpenedDb {
  prisma: PrismaClient;
  kind: "pglite" | "postgres";
  applied: string[];
  /** cheap liveness check for /healthz */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** DATA_DIR; ignored with a databaseUrl. "memory://" opens an in-memory PGlite (tests). */
  dataDir: string;
  migrate?: boolean;
  /** where PGlite snapshots are found and kept (default node_modules/.cache/kdkmp-pglite); false: none */
  snapshots?: string | false;
  /** PostgreSQL: connections in this process's pool (DB_POOL_SIZE, default 10) */
  poolSize?: number;
  /** PostgreSQL: where the migrator connects (DATABASE_DIRECT_URL); default databaseUrl */
  migrateUrl?: string;
}

const ADVISORY_LOCK_KEY = 727_2025_09; // arbitrary, constant for this app
/** a silent host (firewall) fails start-up and queries after this, instead of hanging */
const CONNECT_TIMEOUT_MS = 10_000;

export async function openDatabase(opts: OpenOptions): Promise<OpenedDb> {
  return opts.databaseUrl
    ? openPostgres(opts.databaseUrl, opts.migrate ?? true, opts.poolSize ?? 10, opts.migrateUrl)
    : openPglite(opts.dataDir, opts.migrate ?? true, opts.snapshots ?? SNAPSHOT_DIR);
}

async function openPglite(dataDir: string, doMigrate: boolean, snapshots: string | false): Promise<OpenedDb> {
  const { PGlite } = await import("@electric-sql/pglite");
  const client = Promise.all([import("../generated/prisma/client.ts"), import("pglite-prisma-adapter")]);
  client.catch(() => undefined); // awaited below; a failure surfaces there
  const inMemory = dataDir.startsWith("memory://");
  const pgdata = path.resolve(dataDir, "pglite");
  const lock = inMemory ? undefined : await lockDataDir(path.resolve(dataDir));
  const migrations = readMigrations();
  // a new directory: unpack the snapshot holding the most of today's migrations, if any
  const fresh = !inMemory && doMigrate && !!snapshots && (!existsSync(pgdata) || readdirSync(pgdata).length === 0);
  let snapshotHolds = -1;
  let pg: InstanceType<typeof PGlite>;
  try {
    const snap = fresh ? findSnapshot(snapshots, migrations) : undefined;
    if (snap) {
      try {
        restoreSnapshot(snap.file, pgdata);
        snapshotHolds = snap.holds;
      } catch {
        /* unreadable snapshot: initdb as without one */
      }
    }
    pg = inMemory ? new PGlite() : new PGlite(pgdata);
    await pg.waitReady;
  } catch (e) {
    lock?.release();
    throw e;
  }
  let applied: string[] = [];
  try {
    if (doMigrate) applied = await migrate(pg, migrations);
  } catch (e) {
    await pg.close().catch(() => undefined);
    lock?.release();
    throw e;
  }
  // initdb ran, or the snapshot lacked migrations: keep this state for the next new directory
  if (fresh && snapshotHolds < migrations.length) await saveSnapshot(pg, snapshots, migrations).catch(() => undefined);
  const [{ PrismaClient }, { PrismaPGlite }] = await client;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pg) });
  registerHotSql(prisma, {
    query: async <T>(sql: string, params?: unknown[]) => (await pg.query<T>(sql, params, { parsers: hotParsers })).rows,
  });
  let closed = false;
  return {
    prisma,
    kind: "pglite",
    applied,
    async ping() {
      await pg.query("SELECT 1");
    },
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect().catch(() => undefined);
      await pg.close().catch(() => undefined);
      lock?.release();
    },
  };
}

async function openPostgres(url: string, doMigrate: boolean, poolSize: number, migrateUrl = url): Promise<OpenedDb> {
  const pgmod = await import("pg");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  let applied: string[] = [];
  if (doMigrate) {
    // a session of its own: the advisory lock and unlock must reach the same server connection
    const client = new pgmod.default.Client({
      connectionString: migrateUrl,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    await client.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
      const runner: SqlRunner = {
        exec: (sql) => client.query(sql), // no parameters: simple protocol, multi-statement ok
        query: async <T>(sql: string, params?: unknown[]) => ({
          rows: (await client.query(sql, params as unknown[])).rows as T[],
        }),
      };
      applied = await migrate(runner);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => undefined);
      await client.end().catch(() => undefined);
    }
  }
  // one pool, shared by Prisma and the hot path's raw statements (src/db/hot-sql.ts)
  const { PrismaClient } = await import("../generated/prisma/client.ts");
  const pool = new pgmod.default.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  pool.on("error", () => undefined); // an idle client lost (server restart): the pool replaces it
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const types: CustomTypesConfig = {
    getTypeParser: (oid, format): unknown => hotParsers[oid] ?? pgmod.default.types.getTypeParser(oid, format),
  };
  registerHotSql(prisma, {
    // rows are the caller's T (HotSql.query<T>): pg types them as any
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    query: async (sql, params) => (await pool.query({ text: sql, values: params, types })).rows,
  });
  let closed = false;
  return {
    prisma,
    kind: "postgres",
    applied,
    async ping() {
      await prisma.$queryRawUnsafe("SELECT 1");
    },
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect().catch(() => undefined);
      await pool.end().catch(() => undefined);
    },
  };
}
