// npm run db:new -- <name>: writes the SQL that brings prisma/migrations up to
// prisma/schema.prisma into a new timestamped migration folder (offline, via an in-memory
// PGlite shadow database; `prisma migrate dev` cannot do this with the js engine).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:new -- <name>   (e.g. npm run db:new -- add_report_photos)");
  process.exit(1);
}
const env = { ...process.env, CHECKPOINT_DISABLE: "1", DATABASE_URL: "" };
const sql = execFileSync(
  "npx",
  [
    "prisma",
    "migrate",
    "diff",
    "--from-migrations",
    "prisma/migrations",
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
if (/This is an empty migration/.test(sql) || !sql.trim()) {
  console.log("No difference between the schema and the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${dir}/migration.sql`);
