// The dry run: a file read, its kind recognised, every row validated, and one Import row written
// (status VALIDATED) holding the plan and the rejected rows. Nothing else is written; a file that
// cannot be read at all (wrong type, no header, merged cells, too big, no rows) writes nothing.
import { createHash } from "node:crypto";
import type { Import, PrismaClient } from "../../generated/prisma/client.ts";
import { getWilayah } from "../wilayah/index.ts";
import { detectHeader, type Header } from "./headers.ts";
import {
  colLetters,
  FileProblemError,
  openSheet,
  type FileProblem,
  type Merge,
  type SheetRow,
  type SheetStream,
} from "./read.ts";
import { HEADER_SCAN_ROWS } from "./limits.ts";
import type { ValidateContext } from "./row.ts";
import { importScope, refuseImport, type Importer } from "./scope.ts";
import type { Counts, Outcome, PlanItem, Sink } from "./types.ts";
import { validateCoops } from "./validate-coops.ts";
import { validateStaff } from "./validate-staff.ts";
import { validateAssignments } from "./validate-assignments.ts";

export interface ImportInput {
  bytes: Buffer;
  fileName: string;
  source: "chat" | "cli";
  now: Date;
  /** narrows an admin's import to one province (CLI --province) */
  province?: string;
}

export type DryRun =
  | { kind: "forbidden" }
  | { kind: "problem"; problem: FileProblem }
  | { kind: "validated"; import: ImportRow; counts: Counts; validated: Outcome; header: Header };

/** an Import row without its plan (which can be tens of MB: it stays in the database) */
export type ImportRow = Omit<Import, "plan">;

function mergedInData(merges: Merge[], headerRow: number): Merge | undefined {
  return merges.find((m) => m.bottom > headerRow && (m.bottom > m.top || m.right > m.left));
}

/** The header (from the first rows) and the data rows after it, still streaming. */
async function analyse(
  sheet: SheetStream,
): Promise<{ ok: true; header: Header; rows: AsyncIterable<SheetRow> } | { ok: false; problem: FileProblem }> {
  const it = sheet.rows[Symbol.asyncIterator]();
  const head: SheetRow[] = [];
  while (head.length < HEADER_SCAN_ROWS) {
    const next = await it.next();
    if (next.done) break;
    head.push(next.value);
  }
  const header = detectHeader(head);
  if (!header) return { ok: false, problem: { key: "imp-file-no-header" } };
  const merged = mergedInData(sheet.merges, header.row);
  if (merged)
    return {
      ok: false,
      problem: {
        key: "imp-file-merged",
        args: { range: `${colLetters(merged.left)}${merged.top}:${colLetters(merged.right)}${merged.bottom}` },
      },
    };
  const after = head.filter((r) => r.n > header.row);
  if (after.length === 0) {
    const next = await it.next();
    if (next.done) return { ok: false, problem: { key: "imp-file-no-rows" } };
    after.push(next.value);
  }
  async function* rows(): AsyncGenerator<SheetRow> {
    yield* after;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  return { ok: true, header, rows: rows() };
}

async function validateRows(
  prisma: PrismaClient,
  rows: AsyncIterable<SheetRow>,
  header: Header,
  ctx: ValidateContext & { now: Date },
  sink: Sink<PlanItem>,
): Promise<Outcome> {
  switch (header.kind) {
    case "COOPS":
      return validateCoops(prisma, rows, header as Header<"COOPS">, ctx, sink);
    case "STAFF":
      return validateStaff(prisma, rows, header as Header<"STAFF">, ctx, sink);
    case "ASSIGNMENTS":
      return validateAssignments(prisma, rows, header as Header<"ASSIGNMENTS">, ctx, sink);
  }
}

/** Read, recognise and validate a roster file; on success one Import row (VALIDATED) is written. */
export async function dryRun(prisma: PrismaClient, by: Importer, input: ImportInput): Promise<DryRun> {
  let scope = importScope(by);
  if (scope === undefined) {
    await refuseImport(prisma, by, { reason: "no_scope", role: by.role, file: input.fileName.slice(0, 100) });
    return { kind: "forbidden" };
  }
  if (input.province !== undefined) {
    if (scope !== null && scope !== input.province) {
      await refuseImport(prisma, by, { reason: "other_province", province: input.province });
      return { kind: "forbidden" };
    }
    scope = input.province;
  }
  const open = await openSheet(input.bytes);
  if (!open.ok) return { kind: "problem", problem: open.problem };
  try {
    return await validateFile(prisma, by, input, scope, open.sheet);
  } catch (e) {
    if (e instanceof FileProblemError) return { kind: "problem", problem: e.problem };
    throw e;
  }
}

async function validateFile(
  prisma: PrismaClient,
  by: Importer,
  input: ImportInput,
  scope: string | null,
  sheet: SheetStream,
): Promise<DryRun> {
  const a = await analyse(sheet);
  if (!a.ok) return { kind: "problem", problem: a.problem };
  // the row exists while validating, CANCELLED (never applicable) until the whole file is checked:
  // the plan is appended batch by batch, so a national file is never held whole in memory
  const row = await prisma.import.create({
    data: {
      kind: a.header.kind,
      status: "CANCELLED",
      error: "validating",
      byId: by.id,
      source: input.source,
      fileName: input.fileName.slice(0, 200),
      sha256: createHash("sha256").update(input.bytes).digest("hex"),
      provinceCode: scope,
      counts: {},
      plan: [],
      rejected: {},
      createdAt: input.now,
    },
    omit: { plan: true },
  });
  const sink: Sink<PlanItem> = async (items) => {
    await prisma.$executeRawUnsafe(
      `UPDATE "Import" SET plan = plan || $2::jsonb, total = total + $3 WHERE id = $1`,
      row.id,
      JSON.stringify(items),
      items.length,
    );
  };
  let validated: Outcome;
  try {
    validated = await validateRows(prisma, a.rows, a.header, { w: getWilayah(), scope, now: input.now }, sink);
  } catch (e) {
    // unreadable part-way (or too many rows): nothing of this file stays
    await prisma.import.delete({ where: { id: row.id }, select: { id: true } });
    throw e;
  }
  await prisma.$executeRawUnsafe(
    `UPDATE "Import" SET status = 'VALIDATED', error = NULL, counts = $2::jsonb, rejected = $3::jsonb WHERE id = $1`,
    row.id,
    JSON.stringify(validated.counts),
    JSON.stringify({ header: a.header.titles, rows: validated.rejected, conflicts: validated.conflicts }),
  );
  const done = await prisma.import.findUniqueOrThrow({ where: { id: row.id }, omit: { plan: true } });
  return { kind: "validated", import: done, counts: validated.counts, validated, header: a.header };
}
