// The recap's aggregates, each one set-based query grouped in SQL: coverage + reporting status,
// readiness stages, activity totals (this and the previous period), help requests, and the
// worst-off coops. `group` = null gives one row for the whole area (key ""), otherwise one row per
// child (province / kab-kota / kecamatan / coop).
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { coopStagesSql, MILESTONES, type Milestone } from "../readiness.ts";
import { coopWhere, dueExpr, num, periodEndExpr, type CoopFilter } from "./sql.ts";

export interface StatusCounts {
  key: string;
  /** a name for coop children (else empty) */
  name: string;
  /** active coops registered now */
  coops: number;
  withBa: number;
  /** coops that existed when the period ended (expected to report) */
  expected: number;
  none: number;
  draft: number;
  submitted: number;
  returned: number;
  accepted: number;
  /** missing / draft / returned after the due date */
  overdue: number;
}

export interface ReportingParams {
  period: string;
  dueDay: number;
  now: Date;
}

const keyOf = (group: Prisma.Sql | null) => group ?? Prisma.sql`''`;

export async function statusCounts(
  prisma: PrismaClient,
  f: CoopFilter,
  p: ReportingParams,
  group: Prisma.Sql | null,
): Promise<StatusCounts[]> {
  const key = keyOf(group);
  const late = Prisma.sql`${p.now.toISOString()}::timestamp(3) > ${dueExpr(p.period, p.dueDay)}`;
  const rows = await prisma.$queryRaw<Array<Record<string, bigint | string>>>`
    SELECT ${key} AS key, min(c.name) AS name, count(*) AS coops, count(c."assignedBaId") AS "withBa",
      count(*) FILTER (WHERE e.expected) AS expected,
      count(*) FILTER (WHERE e.expected AND r.id IS NULL) AS none,
      count(*) FILTER (WHERE e.expected AND r.status = 'DRAFT') AS draft,
      count(*) FILTER (WHERE e.expected AND r.status = 'SUBMITTED') AS submitted,
      count(*) FILTER (WHERE e.expected AND r.status = 'RETURNED') AS returned,
      count(*) FILTER (WHERE e.expected AND r.status = 'ACCEPTED') AS accepted,
      count(*) FILTER (WHERE e.expected AND (r.id IS NULL OR r.status IN ('DRAFT', 'RETURNED')) AND ${late}) AS overdue
    FROM "Cooperative" c
    CROSS JOIN LATERAL (SELECT c."createdAt" < ${periodEndExpr(p.period)} AS expected) e
    LEFT JOIN "MonthlyReport" r ON r."coopId" = c.id AND r.period = ${p.period}
    WHERE ${coopWhere(f)}
    GROUP BY 1`;
  return rows.map((r) => ({
    key: String(r.key),
    name: String(r.name ?? ""),
    coops: num(r.coops as bigint),
    withBa: num(r.withBa as bigint),
    expected: num(r.expected as bigint),
    none: num(r.none as bigint),
    draft: num(r.draft as bigint),
    submitted: num(r.submitted as bigint),
    returned: num(r.returned as bigint),
    accepted: num(r.accepted as bigint),
    overdue: num(r.overdue as bigint),
  }));
}

export type Stages = Record<Milestone, number>;

/** Coops per readiness stage (each coop once), per group key. */
export async function stageCounts(
  prisma: PrismaClient,
  f: CoopFilter,
  group: Prisma.Sql | null,
): Promise<Map<string, Stages>> {
  const rows = await prisma.$queryRaw<Array<Record<string, bigint | string>>>`
    WITH s AS (${coopStagesSql(coopWhere(f))})
    SELECT ${keyOf(group)} AS key,
      count(*) FILTER (WHERE stage = 0) AS s0, count(*) FILTER (WHERE stage = 1) AS s1, count(*) FILTER (WHERE stage = 2) AS s2,
      count(*) FILTER (WHERE stage = 3) AS s3, count(*) FILTER (WHERE stage = 4) AS s4, count(*) FILTER (WHERE stage = 5) AS s5,
      count(*) FILTER (WHERE stage = 6) AS s6
    FROM s JOIN "Cooperative" c ON c.id = s.id
    GROUP BY 1`;
  return new Map(
    rows.map((r) => [
      String(r.key),
      Object.fromEntries(MILESTONES.map((m, i) => [m, num(r[`s${i}`] as bigint)])) as Stages,
    ]),
  );
}

export const emptyStages = (): Stages => Object.fromEntries(MILESTONES.map((m) => [m, 0])) as Stages;

export interface FieldTotal {
  field: string;
  total: bigint;
  /** reports that gave the figure */
  reports: number;
}

/** Sums of every figure of submitted/accepted reports, for each of the given periods. */
export async function activityTotals(
  prisma: PrismaClient,
  f: CoopFilter,
  periods: string[],
): Promise<Map<string, FieldTotal[]>> {
  const rows = await prisma.$queryRaw<
    Array<{
      period: string;
      field: string;
      total: bigint | string;
      reports: bigint;
    }>
  >`
    SELECT r.period, v.field, sum(v."intValue") AS total, count(*) AS reports
    FROM "Cooperative" c
    JOIN "MonthlyReport" r ON r."coopId" = c.id
    JOIN "ReportValue" v ON v."reportId" = r.id
    WHERE ${coopWhere(f)} AND r.period IN (${Prisma.join(periods)}) AND r.status IN ('SUBMITTED', 'ACCEPTED')
      AND v."intValue" IS NOT NULL AND v.field NOT LIKE '%.aktif'
    GROUP BY r.period, v.field`;
  const out = new Map<string, FieldTotal[]>(periods.map((p) => [p, []]));
  for (const r of rows)
    out.get(r.period)?.push({
      field: r.field,
      total: BigInt(r.total),
      reports: num(r.reports),
    });
  return out;
}

export interface SameCoopTotal {
  field: string;
  /** this period's total over the coops that sent a report in both periods */
  total: bigint;
  /** the previous period's total over the same coops */
  prev: bigint;
}

/**
 * Month-over-month on comparable ground: each figure summed over only the coops that sent
 * (submitted/accepted) a report in both `period` and `prev`, so a month still being filed is not
 * compared with a finished one.
 */
export async function sameCoopTotals(
  prisma: PrismaClient,
  f: CoopFilter,
  period: string,
  prev: string,
): Promise<SameCoopTotal[]> {
  const rows = await prisma.$queryRaw<
    Array<{ field: string; total: bigint | string | null; prev: bigint | string | null }>
  >`
    SELECT v.field, sum(v."intValue") FILTER (WHERE r.period = ${period}) AS total,
      sum(v."intValue") FILTER (WHERE r.period = ${prev}) AS prev
    FROM "Cooperative" c
    JOIN "MonthlyReport" r ON r."coopId" = c.id
    JOIN "ReportValue" v ON v."reportId" = r.id
    WHERE ${coopWhere(f)} AND r.period IN (${period}, ${prev}) AND r.status IN ('SUBMITTED', 'ACCEPTED')
      AND v."intValue" IS NOT NULL AND v.field NOT LIKE '%.aktif'
      AND EXISTS (SELECT 1 FROM "MonthlyReport" o WHERE o."coopId" = c.id AND o.status IN ('SUBMITTED', 'ACCEPTED')
        AND o.period = CASE WHEN r.period = ${period} THEN ${prev} ELSE ${period} END)
    GROUP BY v.field`;
  return rows.map((r) => ({ field: r.field, total: BigInt(r.total ?? 0), prev: BigInt(r.prev ?? 0) }));
}

export interface HelpStats {
  opened: number;
  closed: number;
  /** median hours from opening to the first answer (requests opened in the period), null when none */
  medianHours: number | null;
  /** opened in the period and answered after the due time (or still unanswered past it) */
  breaches: number;
  /** opened before the period ended and not closed by then (for the current month: by now) */
  openAtEnd: number;
}

/** A help request (h) still open when the period ended (`end`; by `now` while the period runs). */
export function openAtEnd(end: Date, now: Date): Prisma.Sql {
  const at = Prisma.sql`${new Date(Math.min(end.getTime(), now.getTime())).toISOString()}::timestamp(3)`;
  return Prisma.sql`(h."createdAt" < ${at} AND (h."closedAt" IS NULL OR h."closedAt" >= ${at}))`;
}

export async function helpStats(
  prisma: PrismaClient,
  f: CoopFilter,
  from: Date,
  to: Date,
  now: Date,
): Promise<HelpStats> {
  const a = Prisma.sql`${from.toISOString()}::timestamp(3)`;
  const b = Prisma.sql`${to.toISOString()}::timestamp(3)`;
  const n = Prisma.sql`${now.toISOString()}::timestamp(3)`;
  const inPeriod = Prisma.sql`h."createdAt" >= ${a} AND h."createdAt" < ${b}`;
  const rows = await prisma.$queryRaw<Array<Record<string, bigint | number | null>>>`
    SELECT count(*) FILTER (WHERE ${inPeriod}) AS opened,
      count(*) FILTER (WHERE h."closedAt" >= ${a} AND h."closedAt" < ${b}) AS closed,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM h."answeredAt" - h."createdAt")) FILTER (WHERE ${inPeriod} AND h."answeredAt" IS NOT NULL) AS median,
      count(*) FILTER (WHERE ${inPeriod} AND h."dueAt" < coalesce(h."answeredAt", ${n})) AS breaches,
      count(*) FILTER (WHERE ${openAtEnd(to, now)}) AS "openAtEnd"
    FROM "HelpRequest" h JOIN "Cooperative" c ON c.id = h."coopId"
    WHERE ${coopWhere(f)}`;
  const r = rows[0] ?? {};
  return {
    opened: num(r.opened),
    closed: num(r.closed),
    medianHours: r.median === null || r.median === undefined ? null : Math.round((Number(r.median) / 3600) * 10) / 10,
    breaches: num(r.breaches),
    openAtEnd: num(r.openAtEnd),
  };
}

export interface CoopName {
  id: number;
  name: string;
}

/** Worst-off first: overdue coops of the period and coops without a BA (by name, at most `limit`). */
export async function worstOff(
  prisma: PrismaClient,
  f: CoopFilter,
  p: ReportingParams,
  limit: number,
): Promise<{ overdue: CoopName[]; noBa: CoopName[] }> {
  const late = Prisma.sql`${p.now.toISOString()}::timestamp(3) > ${dueExpr(p.period, p.dueDay)}`;
  const overdue = await prisma.$queryRaw<CoopName[]>`
    SELECT c.id, c.name FROM "Cooperative" c
    LEFT JOIN "MonthlyReport" r ON r."coopId" = c.id AND r.period = ${p.period}
    WHERE ${coopWhere(f)} AND c."createdAt" < ${periodEndExpr(p.period)} AND (r.id IS NULL OR r.status IN ('DRAFT', 'RETURNED')) AND ${late}
    ORDER BY c.name, c.id LIMIT ${limit}`;
  const noBa = await prisma.$queryRaw<CoopName[]>`
    SELECT c.id, c.name FROM "Cooperative" c WHERE ${coopWhere(f)} AND c."assignedBaId" IS NULL ORDER BY c.name, c.id LIMIT ${limit}`;
  const clean = (xs: CoopName[]) => xs.map((x) => ({ id: Number(x.id), name: x.name }));
  return { overdue: clean(overdue), noBa: clean(noBa) };
}

/** Village codes in the area that already have an active coop (for "desa without a coop"). */
export async function coopVillageCodes(prisma: PrismaClient, f: CoopFilter): Promise<Set<string>> {
  const rows = await prisma.$queryRaw<
    Array<{ v: string }>
  >`SELECT c."villageCode" AS v FROM "Cooperative" c WHERE ${coopWhere(f)}`;
  return new Set(rows.map((r) => r.v));
}
