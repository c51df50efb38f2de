// One database's run of the import bench (spawned by bench/import.ts, so its peak RSS is its own):
// validate + apply the province files, re-import them (all unchanged), then the national file.
// Prints and records time, peak RSS and SQL statements per row beside the goals, and the ratio
// to a ceiling measured in the same run: reading the file with exceljs plus one bare set-based
// INSERT of the same rows into a table with no indexes.
//   IMPORT_BENCH_DB=pglite|postgres IMPORT_BENCH_DIR=… [BENCH_DATABASE_URL=…] node --import tsx bench/_import-run.ts
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { record } from "./lib/figures.ts";
import { benchDatabases } from "./lib/database.ts";
import { applyImport, dryRun } from "../src/services/imports/index.ts";
import { openSheet } from "../src/services/imports/read.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";

const label = process.env.IMPORT_BENCH_DB ?? "pglite";
const dir = process.env.IMPORT_BENCH_DIR!;
const NATIONAL = Number(process.env.IMPORT_BENCH_NATIONAL ?? 80_000);
const now = new Date("2026-12-07T03:00:00Z");

// ---- SQL statement counter (both drivers) ----
let statements = 0;
const pgQuery = pg.Client.prototype.query;
(pg.Client.prototype as unknown as { query: unknown }).query = function (this: unknown, ...a: unknown[]) {
  statements++;
  return (pgQuery as (...x: unknown[]) => unknown).apply(this, a);
};
const P = PGlite.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
for (const m of ["query", "exec"] as const) {
  const orig = P[m]!;
  P[m] = function (this: unknown, ...a: unknown[]) {
    statements++;
    return orig.apply(this, a);
  };
}
const origTx = P.transaction!;
P.transaction = function (this: unknown, cb: unknown) {
  statements += 2; // BEGIN, COMMIT
  return origTx.call(this, (tx: Record<string, (...a: unknown[]) => unknown>) => {
    for (const m of ["query", "exec"]) {
      const o = tx[m]!;
      tx[m] = (...a: unknown[]) => {
        statements++;
        return o.apply(tx, a);
      };
    }
    return (cb as (t: unknown) => unknown)(tx);
  });
};

const rssMb = () => process.resourceUsage().maxRSS / 1024;

const factory = (await benchDatabases("import")).find((_f, i) => (label === "pglite" ? i === 0 : i === 1));
if (!factory) throw new Error(`no ${label} database (BENCH_DATABASE_URL?)`);
const { db, drop } = await factory();
const prisma = db.prisma;
const admin = await prisma.user.create({ data: { telegramId: 900001n, role: "ADMIN", fullName: "Admin Bench" } });

async function importFile(file: string): Promise<{ ms: number; rows: number; statements: number; counts: unknown }> {
  const bytes = readFileSync(`${dir}/${file}`);
  const s0 = statements;
  const t0 = performance.now();
  const r = await dryRun(prisma, admin, { bytes, fileName: file, source: "cli", now });
  if (r.kind !== "validated") throw new Error(`${file}: ${JSON.stringify(r)}`);
  const a = await applyImport(prisma, admin, r.import.id, now);
  if (a.kind !== "applied") throw new Error(`${file}: ${JSON.stringify(a).slice(0, 300)}`);
  const ms = performance.now() - t0;
  const rows = r.counts.new + r.counts.updated + r.counts.unchanged + r.counts.rejected;
  if (r.counts.rejected)
    console.log(`  ${file}: ${r.counts.rejected} rejected, e.g. ${JSON.stringify(r.validated.rejected[0])}`);
  return { ms, rows, statements: statements - s0, counts: r.counts };
}

/** the ceiling: exceljs streaming the file + bare INSERT … SELECTs of the same rows, 1,000 a statement (no checks, no indexes) */
async function ceiling(file: string): Promise<number> {
  const t0 = performance.now();
  const open = await openSheet(readFileSync(`${dir}/${file}`));
  if (!open.ok) throw new Error("unreadable");
  const p = prisma as unknown as PrismaClient;
  await p.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS bench_ceiling (a text, b text, c text, d text)`);
  const insert = (rows: unknown[]) =>
    p.$executeRawUnsafe(
      `INSERT INTO bench_ceiling SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(a text, b text, c text, d text)`,
      JSON.stringify(rows),
    );
  let rows: unknown[] = [];
  for await (const r of open.sheet.rows) {
    if (r.n === 1) continue;
    rows.push({ a: r.cells[0], b: r.cells[1], c: r.cells[2], d: r.cells[3] });
    if (rows.length === 1000) {
      await insert(rows);
      rows = [];
    }
  }
  if (rows.length) await insert(rows);
  await p.$executeRawUnsafe(`DROP TABLE bench_ceiling`);
  return performance.now() - t0;
}

try {
  // ---- province: Kalimantan Barat ----
  const parts = [];
  for (const f of ["coops-61.xlsx", "staff-61.xlsx", "assignments-61.xlsx"]) {
    const r = await importFile(f);
    parts.push(r);
    console.log(
      `  ${f}: ${r.rows} rows in ${(r.ms / 1000).toFixed(2)} s, ${r.statements} statements, ${JSON.stringify(r.counts)}`,
    );
  }
  const provMs = parts.reduce((s, p) => s + p.ms, 0);
  const provRows = parts.reduce((s, p) => s + p.rows, 0);
  const provCeil = await ceiling("coops-61.xlsx");
  record(`import province 2,143+245+2,143 rows (${label})`, provMs, "ms", { op: "<", value: 10_000 });
  record(`import province: ceiling read+bare insert coops (${label})`, provCeil, "ms");
  record(`import province coops vs ceiling (${label})`, parts[0]!.ms / provCeil, "×");
  record(
    `import province SQL statements per 1,000 rows (${label})`,
    (parts.reduce((s, p) => s + p.statements, 0) / provRows) * 1000,
    "per 1k rows",
  );
  const again = [];
  for (const f of ["coops-61.xlsx", "staff-61.xlsx", "assignments-61.xlsx"]) again.push(await importFile(f));
  record(
    `import province again, all unchanged (${label})`,
    again.reduce((s, p) => s + p.ms, 0),
    "ms",
    {
      op: "<",
      value: 10_000,
    },
  );

  // ---- national ----
  const nat = await importFile("coops-national.xlsx");
  console.log(`  coops-national.xlsx: ${nat.rows} rows, ${JSON.stringify(nat.counts)}`);
  // the RSS goal is for the PostgreSQL deployment: embedded PGlite alone holds ~400-500 MB (DESIGN §6)
  record(`import peak RSS (${label})`, rssMb(), "MB", label === "postgres" ? { op: "<", value: 400 } : undefined);
  const natCeil = await ceiling("coops-national.xlsx");
  record(`import national ${NATIONAL.toLocaleString("en-US")} coops (${label})`, nat.ms, "ms", {
    op: "<",
    value: 120_000,
  });
  record(`import national vs ceiling read+bare insert (${label})`, nat.ms / natCeil, "×");
  record(`import national SQL statements per 1,000 rows (${label})`, (nat.statements / nat.rows) * 1000, "per 1k rows");
} finally {
  await drop();
}
process.exit(0);
