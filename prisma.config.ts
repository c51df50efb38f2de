// Prisma CLI configuration (Prisma 6.19, js engine + driver adapters). See DESIGN.md §6.
//
// - With DATABASE_URL (postgres://…) the CLI talks to PostgreSQL through @prisma/adapter-pg.
// - Without it the CLI works on a throw-away in-memory PGlite. It never opens the app's
//   embedded data directory: the app migrates that itself, and a second PGlite on a
//   directory in use corrupts it.
// - The factory is memoised (the 6.19 CLI calls it twice per command).
// - pglite-prisma-adapter 0.7.2 runs multi-statement SQL through the extended protocol
//   (P3006) and does not await executeScript; `patchPglite` fixes both for CLI use.
import path from "node:path";
import type { PrismaConfig } from "prisma";

const url = process.env.DATABASE_URL ?? "";
// The schema's env("DATABASE_URL") must resolve even for the embedded database; the
// adapter below decides what is really opened, so a placeholder is harmless.
if (!url) process.env.DATABASE_URL = "postgresql://embedded-pglite.invalid/unused";

type Exec = { exec(sql: string): Promise<unknown> };
type RawQuery = { sql: string; args: unknown[] };
type Queryable = {
  client: Exec;
  executeRaw(q: RawQuery): Promise<number>;
  executeScript(s: string): Promise<void>;
  onError(e: unknown): never;
};

function patchPglite<T>(adapter: T): T {
  const a = adapter as unknown as Queryable;
  const original = a.executeRaw.bind(a);
  a.executeRaw = async (q) => {
    if (q.args.length > 0) return original(q);
    try {
      await a.client.exec(q.sql);
    } catch (e) {
      a.onError(e);
    }
    return 0;
  };
  a.executeScript = async (script) => {
    try {
      await a.client.exec(script);
    } catch (e) {
      a.onError(e);
    }
  };
  return adapter;
}

let memo: Promise<unknown> | undefined;

async function makeAdapter() {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: url });
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const factory = new PrismaPGlite(new PGlite("memory://"));
  const connect = factory.connect.bind(factory);
  const shadow = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => patchPglite(await connect());
  factory.connectToShadowDb = async () => patchPglite(await shadow());
  return factory;
}

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: () => (memo ??= makeAdapter()) as never,
} satisfies PrismaConfig;
