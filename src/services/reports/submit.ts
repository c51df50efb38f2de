// Submitting a draft (DRAFT/RETURNED → SUBMITTED, version + 1) and the reviewer's decision
// (SUBMITTED → ACCEPTED or RETURNED with flagged fields and a comment). Every transition is a
// ReportEvent; every decision a ReportReview. Version/rev checks make double presses and two
// reviewers at once harmless.
import type { PrismaClient, User } from "../../generated/prisma/client.ts";
import type { BusinessUnit, ReportStatus } from "../../generated/prisma/enums.ts";
import { decodeChecklist, readinessUpsertParams, readinessUpsertSql, reportReadiness } from "../readiness.ts";
import { hotSql } from "../../db/hot-sql.ts";
import { canReview, isActiveMember } from "./access.ts";
import { EDITABLE_SQL, isEditable } from "./draft.ts";
import { flaggableKeys, isOff, pendingKeys } from "./plan.ts";
import { UNIT_GROUPS } from "./questions.ts";
import { loadView, periodStart } from "./view.ts";

export type SubmitResult =
  | { kind: "submitted"; version: number }
  | { kind: "conflict" }
  | { kind: "incomplete"; missing: string[] }
  | { kind: "locked"; status: ReportStatus; by: string | null }
  | { kind: "forbidden" }
  | { kind: "not_found" };

export async function submitReport(
  prisma: PrismaClient,
  input: { reportId: number; actorId: number; expectedRev: number; at: Date; reply?: string },
): Promise<SubmitResult> {
  const v = await loadView(prisma, input.reportId);
  if (!v) return { kind: "not_found" };
  if (!(await isActiveMember(prisma, input.actorId, v.coopId))) return { kind: "forbidden" };
  if (!isEditable(v.status)) {
    const r = await prisma.monthlyReport.findUnique({ where: { id: v.reportId } });
    const by = r?.submittedById ? await prisma.user.findUnique({ where: { id: r.submittedById } }) : null;
    return { kind: "locked", status: v.status, by: by ? (by.fullName ?? by.tgFirstName ?? null) : null };
  }
  if (v.rev !== input.expectedRev) return { kind: "conflict" };
  const missing = [...pendingKeys(v)];
  if (missing.length > 0) return { kind: "incomplete", missing };
  const version = v.version + 1;
  const units: Partial<Record<BusinessUnit, boolean>> = {};
  for (const g of UNIT_GROUPS) if (g.unit && v.units.includes(g.unit)) units[g.unit] = !isOff(v, g);
  const readiness = reportReadiness({
    at: input.at,
    checklist: decodeChecklist(v.values.kesiapan),
    units,
    periodStart: periodStart(v.period, v.tz),
  });
  // one statement: the status change, its event and the coop's readiness, or nothing when the rev moved
  const [w] = await hotSql(prisma).query<{ n: number }>(SUBMIT_SQL, [
    v.reportId,
    input.expectedRev,
    version,
    input.actorId,
    ...readinessUpsertParams(readiness, input.actorId, input.at),
  ]);
  if (!w || Number(w.n) === 0) return { kind: "conflict" };
  // the pengurus's answer to the reviewer's note travels with the version it explains
  if (input.reply)
    await prisma.reportEvent.create({
      data: {
        reportId: v.reportId,
        actorId: input.actorId,
        action: "REPLIED",
        after: input.reply,
        version,
        at: input.at,
      },
    });
  return { kind: "submitted", version };
}

// $1 report, $2 rev, $3 version, $4 actor, $5… readiness (readinessUpsertSql; $11 is the time)
const SUBMIT_SQL = `
WITH upd AS (
  UPDATE "MonthlyReport" SET status = 'SUBMITTED', version = $3, rev = rev + 1, flagged = ARRAY[]::text[],
    "submittedAt" = ($11::timestamptz AT TIME ZONE 'UTC'), "submittedById" = $4, "updatedAt" = ($11::timestamptz AT TIME ZONE 'UTC')
  WHERE id = $1 AND rev = $2 AND status IN ${EDITABLE_SQL} RETURNING id, "coopId"
), ev AS (
  INSERT INTO "ReportEvent" ("reportId", "actorId", action, version, at)
  SELECT upd.id, $4, 'SUBMITTED', $3, ($11::timestamptz AT TIME ZONE 'UTC') FROM upd
), ready AS (
  ${readinessUpsertSql('upd."coopId"', "upd", 5)}
)
SELECT count(*)::int AS n FROM upd`;

export type ReviewCheck =
  | { kind: "ok"; coopId: number; coopName: string; period: string; version: number }
  | { kind: "stale"; status: ReportStatus; version: number }
  | { kind: "forbidden" }
  | { kind: "not_found" };

/** May this user decide on version `version` of the report right now? */
export async function checkReview(
  prisma: PrismaClient,
  reviewer: User,
  reportId: number,
  version: number,
): Promise<ReviewCheck> {
  const r = await prisma.monthlyReport.findUnique({ where: { id: reportId }, include: { coop: true } });
  if (!r) return { kind: "not_found" };
  if (!canReview(reviewer, r.coop)) return { kind: "forbidden" };
  if (r.status !== "SUBMITTED" || r.version !== version) return { kind: "stale", status: r.status, version: r.version };
  return { kind: "ok", coopId: r.coopId, coopName: r.coop.name, period: r.period, version: r.version };
}

export type DecideResult = ReviewCheck | { kind: "invalid_fields" };

export async function acceptReport(
  prisma: PrismaClient,
  input: { reportId: number; reviewer: User; version: number; at: Date },
): Promise<DecideResult> {
  return decide(prisma, { ...input, decision: "ACCEPTED", fields: [], comment: null });
}

export async function returnReport(
  prisma: PrismaClient,
  input: { reportId: number; reviewer: User; version: number; fields: string[]; comment: string; at: Date },
): Promise<DecideResult> {
  const v = await loadView(prisma, input.reportId);
  if (!v) return { kind: "not_found" };
  const allowed = new Set(flaggableKeys(v));
  if (input.fields.length === 0 || input.fields.some((f) => !allowed.has(f))) return { kind: "invalid_fields" };
  return decide(prisma, { ...input, decision: "RETURNED" });
}

async function decide(
  prisma: PrismaClient,
  input: {
    reportId: number;
    reviewer: User;
    version: number;
    at: Date;
    decision: "ACCEPTED" | "RETURNED";
    fields: string[];
    comment: string | null;
  },
): Promise<DecideResult> {
  const check = await checkReview(prisma, input.reviewer, input.reportId, input.version);
  if (check.kind !== "ok") return check;
  return prisma.$transaction(async (tx) => {
    const upd = await tx.monthlyReport.updateMany({
      where: { id: input.reportId, status: "SUBMITTED", version: input.version },
      data:
        input.decision === "ACCEPTED"
          ? { status: "ACCEPTED", acceptedAt: input.at, rev: { increment: 1 } }
          : { status: "RETURNED", flagged: input.fields, rev: { increment: 1 } },
    });
    if (upd.count === 0) {
      const now = await tx.monthlyReport.findUniqueOrThrow({ where: { id: input.reportId } });
      return { kind: "stale" as const, status: now.status, version: now.version };
    }
    await tx.reportReview.create({
      data: {
        reportId: input.reportId,
        reviewerId: input.reviewer.id,
        decision: input.decision,
        fields: input.fields,
        comment: input.comment,
        version: input.version,
        at: input.at,
      },
    });
    await tx.reportEvent.create({
      data: {
        reportId: input.reportId,
        actorId: input.reviewer.id,
        action: input.decision,
        field: input.fields.length ? input.fields.join(",") : null,
        after: input.comment,
        version: input.version,
        at: input.at,
      },
    });
    return check;
  });
}
