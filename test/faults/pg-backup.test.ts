// docs/OPERATIONS.md's PostgreSQL backup and restore, exactly as written there, on a cluster of
// our own: pg_dump -Fc of the live database, pg_restore into a new empty one, the bot's data back.
import { describe, it, expect, afterAll, beforeAll } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase } from "../../src/db/open.ts";
import { pgCluster, type PgCluster } from "./helpers.ts";

let cluster: PgCluster | undefined;
let skip = "";
const tmp = mkdtempSync(path.join(tmpdir(), "kdkmp-pgdump-"));
beforeAll(async () => {
  const c = await pgCluster();
  if (typeof c === "string") skip = c;
  else cluster = c;
}, 120_000);
afterAll(() => {
  cluster?.destroy();
  rmSync(tmp, { recursive: true, force: true });
});

async function createDb(base: string, name: string) {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

describe("PostgreSQL backup and restore (pg_dump / pg_restore)", () => {
  it("restores a dump into a new database and the bot opens it without migrating", async (t) => {
    if (!cluster) return t.skip(`no PostgreSQL cluster: ${skip}`);
    const live = await createDb(cluster.url, "kdkmp");
    const db = await openDatabase({ databaseUrl: live, dataDir: "" });
    await db.prisma.user.create({ data: { telegramId: 515151n, fullName: "Budi Santoso" } });
    await db.close();
    const file = path.join(tmp, "kdkmp.dump");
    // the commands of docs/OPERATIONS.md
    execFileSync("pg_dump", ["--format=custom", "--no-owner", `--dbname=${live}`, `--file=${file}`]);
    const fresh = await createDb(cluster.url, "kdkmp_restored");
    execFileSync("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${fresh}`, file]);
    const back = await openDatabase({ databaseUrl: fresh, dataDir: "" });
    try {
      expect(back.applied).toEqual([]);
      expect((await back.prisma.user.findUniqueOrThrow({ where: { telegramId: 515151n } })).fullName).toBe(
        "Budi Santoso",
      );
    } finally {
      await back.close();
    }
  });
});
