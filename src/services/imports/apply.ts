// Applying a validated import: resumable and idempotent. The Import row goes VALIDATED → APPLYING →
// APPLIED; the plan is written in chunks, each in one transaction together with the `applied`
// progress (moved only from the value this run read, so two runs never write the same chunk).
// A crash leaves APPLYING with `applied` = rows written: applying again continues from there.
// An error marks the row FAILED with the message; applying again retries from `applied`.
import type { Import, PrismaClient } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/client.ts";
import type { ImportRow } from "./validate.ts";
import { importScope, refuseImport, type Importer } from "./scope.ts";
import type { AssignmentItem, CoopItem, PlanItem, StaffItem } from "./types.ts";
import { writeCoops, type WriteEnv } from "./write-coops.ts";
import { writeStaff } from "./write-staff.ts";
import { writeAssignments } from "./write-assignments.ts";

const APPLY_CHUNK = 1000;

export type ApplyResult =
  | { kind: "forbidden" }
  | { kind: "not_found" }
  | { kind: "cancelled" }
  | { kind: "busy" }
  | { kind: "failed"; import: ImportRow; error: string }
  | { kind: "applied"; import: ImportRow; already: boolean };

/** may this person apply (or cancel) this import: its author, or an admin; within their scope */
export function mayHandle(by: Importer, imp: Pick<Import, "byId" | "provinceCode">): boolean {
  const scope = importScope(by);
  if (scope === undefined) return false;
  if (scope !== null && imp.provinceCode !== scope) return false;
  return by.role === "ADMIN" || imp.byId === by.id;
}

/** plan items [from, end) read from the Import row (never the whole plan) */
export async function planSlice(db: Db, importId: number, from: number, end: number): Promise<PlanItem[]> {
  const rows = await db.$queryRawUnsafe<Array<{ items: PlanItem[] | string }>>(
    `SELECT jsonb_path_query_array(plan, ('$[' || $2::int || ' to ' || $3::int || ']')::jsonpath) AS items FROM "Import" WHERE id = $1`,
    importId,
    from,
    end - 1,
  );
  const items = rows[0]?.items ?? [];
  return typeof items === "string" ? (JSON.parse(items) as PlanItem[]) : items;
}

async function writeChunk(tx: Db, kind: Import["kind"], items: PlanItem[], env: WriteEnv) {
  if (kind === "COOPS") await writeCoops(tx, items as CoopItem[], env);
  else if (kind === "STAFF") await writeStaff(tx, items as StaffItem[], env);
  else await writeAssignments(tx, items as AssignmentItem[], env);
}

export async function applyImport(
  prisma: PrismaClient,
  by: Importer,
  importId: number,
  now: Date,
  opts: { chunk?: number; onProgress?: (applied: number, total: number) => void } = {},
): Promise<ApplyResult> {
  const imp = await prisma.import.findUnique({ where: { id: importId }, omit: { plan: true } });
  if (!imp) return { kind: "not_found" };
  if (!mayHandle(by, imp)) {
    await refuseImport(prisma, by, { reason: "apply_not_allowed", id: importId });
    return { kind: "forbidden" };
  }
  if (imp.status === "APPLIED") return { kind: "applied", import: imp, already: true };
  if (imp.status === "CANCELLED") return { kind: "cancelled" };
  const claimed = await prisma.import.updateMany({
    where: { id: imp.id, status: { in: ["VALIDATED", "APPLYING", "FAILED"] } },
    data: { status: "APPLYING", error: null },
  });
  if (claimed.count === 0) return { kind: "busy" };
  const size = opts.chunk ?? APPLY_CHUNK;
  const env: WriteEnv = { importId: imp.id, actorId: by.id, now };
  let applied = imp.applied;
  try {
    while (applied < imp.total) {
      const end = Math.min(imp.total, applied + size);
      const from = applied;
      const moved = await prisma.$transaction(async (tx) => {
        const step = await tx.$executeRawUnsafe(
          `UPDATE "Import" SET applied = $1 WHERE id = $2 AND applied = $3 AND status = 'APPLYING'`,
          end,
          imp.id,
          from,
        );
        if (step !== 1) return false;
        const chunk = await planSlice(tx, imp.id, from, end);
        await writeChunk(tx, imp.kind, chunk, env);
        return true;
      });
      if (!moved) return { kind: "busy" };
      applied = end;
      opts.onProgress?.(applied, imp.total);
    }
    const done = await prisma.import.update({
      where: { id: imp.id },
      data: { status: "APPLIED", appliedAt: now },
      omit: { plan: true },
    });
    return { kind: "applied", import: done, already: false };
  } catch (e) {
    const error = (e as Error).message.slice(0, 500);
    const failed = await prisma.import.update({
      where: { id: imp.id },
      data: { status: "FAILED", error },
      omit: { plan: true },
    });
    return { kind: "failed", import: failed, error };
  }
}

export async function cancelImport(prisma: PrismaClient, by: Importer, importId: number) {
  const imp = await prisma.import.findUnique({ where: { id: importId }, omit: { plan: true } });
  if (!imp) return { kind: "not_found" as const };
  if (!mayHandle(by, imp)) {
    await refuseImport(prisma, by, { reason: "cancel_not_allowed", id: importId });
    return { kind: "forbidden" as const };
  }
  const r = await prisma.import.updateMany({
    where: { id: imp.id, status: "VALIDATED" },
    data: { status: "CANCELLED" },
  });
  return r.count === 1 ? { kind: "cancelled" as const } : { kind: "too_late" as const, status: imp.status };
}
