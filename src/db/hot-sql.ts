// Raw parameterised SQL straight on the driver (pg pool or PGlite), for the few statements every
// update runs (user, conversation state, polling inbox). Prisma's query compiler and client
// runtime cost more CPU than the statements themselves there (docs/BENCHMARKS.md, "Hot path").
// Rows come back as Prisma would return them: int8 → bigint, timestamp (UTC in this schema) → Date.
// openDatabase registers the driver for its PrismaClient; any other client falls back to
// $queryRawUnsafe (same SQL, same row shapes).
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Db } from "./client.ts";

export interface HotSql {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

const OID_INT8 = 20;
const OID_TIMESTAMP = 1114;
const OID_TIMESTAMPTZ = 1184;

/** Timestamps without zone hold UTC in this schema (Prisma's convention). */
function parseUtcTimestamp(s: string): Date {
  return new Date(`${s.replace(" ", "T")}Z`);
}

export const hotParsers: Record<number, (s: string) => unknown> = {
  [OID_INT8]: (s) => BigInt(s),
  [OID_TIMESTAMP]: parseUtcTimestamp,
  [OID_TIMESTAMPTZ]: (s) => new Date(s),
};

const registry = new WeakMap<object, HotSql>();

export function registerHotSql(prisma: PrismaClient, sql: HotSql) {
  registry.set(prisma, sql);
}

export function hotSql(prisma: Db): HotSql {
  let sql = registry.get(prisma);
  if (!sql) {
    sql = { query: <T>(text: string, params: unknown[] = []) => prisma.$queryRawUnsafe<T[]>(text, ...params) };
    registry.set(prisma, sql);
  }
  return sql;
}
