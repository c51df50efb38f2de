// The review queue: SUBMITTED reports in the viewer's oversight (a BA's coops, a PMO's kab/kota,
// all for an admin), the longest waiting first. Each item says whether its review SLA has passed.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { coopTimeZone } from "../sla.ts";
import { personName } from "../roles.ts";
import { type Overseer, overseenWhere } from "./scope.ts";
import { reviewDueAt, type ReviewSlaPolicy } from "./review-sla.ts";

export interface QueueItem {
  reportId: number;
  version: number;
  coopId: number;
  coopName: string;
  period: string;
  /** ISO instant */
  submittedAt: string;
  tz: string;
  baName: string | null;
  /** the BA reminder time has passed */
  late: boolean;
}

export async function reviewQueue(
  prisma: PrismaClient,
  user: Overseer,
  now: Date,
  policy: ReviewSlaPolicy,
  page = { skip: 0, take: 5 },
): Promise<{ total: number; items: QueueItem[] }> {
  const where = { status: "SUBMITTED" as const, coop: overseenWhere(user) };
  const total = await prisma.monthlyReport.count({ where });
  const rows = await prisma.monthlyReport.findMany({
    where,
    include: { coop: { include: { assignedBa: true } } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    skip: page.skip,
    take: page.take,
  });
  const items = rows.map((r) => {
    const submitted = r.submittedAt ?? r.updatedAt;
    return {
      reportId: r.id,
      version: r.version,
      coopId: r.coopId,
      coopName: r.coop.name,
      period: r.period,
      submittedAt: submitted.toISOString(),
      tz: coopTimeZone(r.coop),
      baName: r.coop.assignedBa ? personName(r.coop.assignedBa) : null,
      late: now >= reviewDueAt(submitted, r.coop, policy, 1),
    };
  });
  return { total, items };
}

/** One report with its coop and submitter, for the reviewer's card. */
export async function reportForReview(prisma: PrismaClient, reportId: number) {
  const report = await prisma.monthlyReport.findUnique({ where: { id: reportId }, include: { coop: true } });
  if (!report) return null;
  const submitter = report.submittedById ? await prisma.user.findUnique({ where: { id: report.submittedById } }) : null;
  return { report, submitter };
}
