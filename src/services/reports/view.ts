// A report as plain, JSON-safe data (values as strings, no BigInt/Date), so it can travel through
// conversation replays. The wizard rebuilds itself from this view every step.
import type { PrismaClient, ReportValue } from "../../generated/prisma/client.ts";
import type { BusinessUnit, ReportStatus } from "../../generated/prisma/enums.ts";
import { timezoneOfCode } from "../wilayah/timezones.ts";
import { type Checklist, checklistFromRows, decodeChecklist } from "../readiness.ts";
import { hotSql } from "../../db/hot-sql.ts";
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

function encodeValues(rows: Pick<ReportValue, "field" | "intValue" | "text">[]): Record<string, string> {
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

/** A report's values as the SQL below returns them: [field, intValue as text, text] */
export type ValueRow = [field: string, intValue: string | null, text: string | null];

/** SQL: the values of report `reportExpr` as a JSON array of ValueRow (decode with decodeValueRows) */
export const valuesJsonSql = (reportExpr: string) =>
  `(SELECT coalesce(json_agg(json_build_array(v.field, v."intValue"::text, v.text)), '[]'::json) FROM "ReportValue" v WHERE v."reportId" = ${reportExpr})`;

/** ValueRows as ReportView.values */
export const decodeValueRows = (rows: ValueRow[]) =>
  encodeValues(
    rows.map(([field, intValue, text]) => ({ field, intValue: intValue === null ? null : BigInt(intValue), text })),
  );

interface ViewRow {
  id: number;
  coopId: number;
  period: string;
  status: ReportStatus;
  version: number;
  rev: number;
  flagged: string[];
  submittedAt: Date | null;
  coopName: string;
  regencyCode: string;
  provinceCode: string;
  units: BusinessUnit[];
  vals: ValueRow[];
  photos: number;
  review: { fields: string[]; comment: string | null; name: string | null } | null;
  last: ValueRow[];
  ready: Array<{ item: string; state: string; latitude: number | null; longitude: number | null }>;
}

// The whole view in one statement (it runs before every question of the wizard): the report and
// its coop, its values, photo count, the last return's review, last month's submitted values and
// the coop's readiness rows.
const VIEW_SQL = `
SELECT r.id, r."coopId", r.period, r.status::text AS status, r.version, r.rev, coalesce(r.flagged, ARRAY[]::text[]) AS flagged, r."submittedAt",
  c.name AS "coopName", c."regencyCode", c."provinceCode", coalesce(c.units::text[], ARRAY[]::text[]) AS units,
  ${valuesJsonSql("r.id")} AS vals,
  (SELECT count(*)::int FROM "ReportPhoto" p WHERE p."reportId" = r.id) AS photos,
  (SELECT json_build_object('fields', coalesce(rv.fields, ARRAY[]::text[]), 'comment', rv.comment, 'name', coalesce(u."fullName", u."tgFirstName"))
     FROM "ReportReview" rv JOIN "User" u ON u.id = rv."reviewerId"
     WHERE rv."reportId" = r.id AND rv.decision = 'RETURNED' ORDER BY rv.id DESC LIMIT 1) AS review,
  ${valuesJsonSql(`(
       SELECT l.id FROM "MonthlyReport" l
       WHERE l."coopId" = r."coopId" AND l.period < r.period AND l.status IN ('SUBMITTED', 'ACCEPTED', 'RETURNED')
       ORDER BY l.period DESC LIMIT 1)`)} AS last,
  (SELECT coalesce(json_agg(json_build_object('item', i.item, 'state', i.state, 'latitude', i.latitude, 'longitude', i.longitude)), '[]'::json)
     FROM "ReadinessItem" i WHERE i."coopId" = r."coopId") AS ready
FROM "MonthlyReport" r JOIN "Cooperative" c ON c.id = r."coopId"
WHERE r.id = $1`;

export async function loadView(prisma: PrismaClient, reportId: number): Promise<ReportView | null> {
  const [r] = await hotSql(prisma).query<ViewRow>(VIEW_SQL, [reportId]);
  if (!r) return null;
  const values = decodeValueRows(r.vals);
  const review = r.status === "RETURNED" ? r.review : null;
  return {
    reportId: r.id,
    coopId: r.coopId,
    coopName: r.coopName,
    regencyCode: r.regencyCode,
    period: r.period,
    status: r.status,
    version: r.version,
    rev: r.rev,
    flagged: r.flagged,
    reviewFields: review?.fields ?? [],
    reviewComment: review?.comment ?? null,
    reviewerName: review?.name ?? null,
    units: r.units,
    tz: tzOf(r.provinceCode),
    values,
    photos: r.photos,
    lastMonth: decodeValueRows(r.last),
    checklist: values.kesiapan !== undefined ? decodeChecklist(values.kesiapan) : checklistFromRows(r.ready),
    submittedAt: r.submittedAt ? new Date(r.submittedAt).toISOString() : null,
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
