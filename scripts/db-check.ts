// npm run db:check: fails (exit 2) when prisma/schema.prisma and prisma/migrations disagree.
import { spawnSync } from "node:child_process";

const env = { ...process.env, CHECKPOINT_DISABLE: "1", DATABASE_URL: "" };
const r = spawnSync(
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
    "--exit-code",
  ],
  { env, encoding: "utf8" },
);
if (r.status === 0) {
  console.log("Schema and migrations agree.");
  process.exit(0);
}
console.error(
  r.status === 2
    ? "Schema and migrations differ. Missing SQL:\n" + r.stdout
    : `prisma migrate diff failed:\n${r.stderr}`,
);
process.exit(r.status === 2 ? 2 : 1);
