// A report as plain, JSON-safe data (values as strings, no BigInt/Date), so it can travel through
// conversation replays. The wizard rebuilds itself from this view every step.
import type { PrismaClient, ReportValue } from "../../generated/prisma/client.ts";
import type { BusinessUnit, ReportStatus } from "../../generated/prisma/enums.ts";
import { timezoneOfCode } from "../wilayah/timezones.ts";
import { type Checklist, currentChecklist, decodeChecklist } from "../readiness.ts";
import { isIntField } from "./questions.ts";
import { wallClock } from "../../lib/dates.ts";

export interface ReportView {
  reportId: number;
  coopId: number;
  coopName: string;
  regencyCode: string;
  period: string;
  status: ReportStatus;
  version: number;
  rev: number;
  /** fields the reviewer flagged that were not answered again yet */
  flagged: string[];
  /** fields flagged in the last return (for "step n of m" and the comment) */
  reviewFields: string[];
  reviewComment: string | null;
  reviewerName: string | null;
  units: BusinessUnit[];
  tz: string;
  values: Record<string, string>;
  photos: number;
  /** previous period's submitted values, for plausibility checks */
  lastMonth: Record<string, string>;
  /** the checklist answer of this report, else the coop's current checklist */
  checklist: Checklist;
  submittedAt: string | null;
}

export function encodeValues(rows: Pick<ReportValue, "field" | "intValue" | "text">[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) {
    if (isIntField(r.field)) {
      if (r.intValue !== null) out[r.field] = r.intValue.toString();
    } else out[r.field] = r.text ?? "";
  }
  return out;
}

export function tzOf(provinceCode: string): string {
  return timezoneOfCode(provinceCode) ?? "Asia/Jakarta";
}

export async function loadView(prisma: PrismaClient, reportId: number): Promise<ReportView | null> {
  const r = await prisma.monthlyReport.findUnique({
    where: { id: reportId },
    include: {
      coop: true,
      values: true,
      _count: { select: { photos: true } },
      reviews: { where: { decision: "RETURNED" }, orderBy: { id: "desc" }, take: 1, include: { reviewer: true } },
    },
  });
  if (!r) return null;
  const last = await prisma.monthlyReport.findFirst({
    where: { coopId: r.coopId, period: { lt: r.period }, status: { in: ["SUBMITTED", "ACCEPTED", "RETURNED"] } },
    orderBy: { period: "desc" },
    include: { values: true },
  });
  const values = encodeValues(r.values);
  const review = r.status === "RETURNED" ? r.reviews[0] : undefined;
  return {
    reportId: r.id,
    coopId: r.coopId,
    coopName: r.coop.name,
    regencyCode: r.coop.regencyCode,
    period: r.period,
    status: r.status,
    version: r.version,
    rev: r.rev,
    flagged: r.flagged,
    reviewFields: review?.fields ?? [],
    reviewComment: review?.comment ?? null,
    reviewerName: review ? (review.reviewer.fullName ?? review.reviewer.tgFirstName ?? null) : null,
    units: r.coop.units,
    tz: tzOf(r.coop.provinceCode),
    values,
    photos: r._count.photos,
    lastMonth: last ? encodeValues(last.values) : {},
    checklist: values.kesiapan !== undefined ? decodeChecklist(values.kesiapan) : await currentChecklist(prisma, r.coopId),
    submittedAt: r.submittedAt?.toISOString() ?? null,
  };
}

/** The UTC instant the period ('YYYY-MM') starts in `tz`. */
export function periodStart(period: string, tz: string): Date {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, 1);
  const w = wallClock(new Date(guess), tz);
  const seen = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return new Date(guess - (seen - guess));
}
