// Row streams for the recap file: coops (with status, stage and figures), reports of the period,
// help requests of the period. Each is read in pages by id (keyset), one query per page, so an
// area of 80,000 coops never sits in memory at once.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { coopStagesSql } from "../readiness.ts";
import { coopWhere, dueExpr, num, periodEndExpr, type CoopFilter } from "./sql.ts";
import { openAtEnd, type ReportingParams } from "./queries.ts";

const ROW_PAGE = 2000;

export interface CoopRow {
  id: number;
  name: string;
  villageCode: string;
  baName: string | null;
  /** report status of the period, "NONE" when there is none, "-" when the coop was not expected */
  status: string;
  overdue: boolean;
  /** 0 … 6, index into MILESTONES */
  stage: number;
  /** figures of the period's submitted/accepted report */
  values: Record<string, number>;
  /** help requests open at the end of the period (the same definition as the recap's) */
  helpOpen: number;
}

/**
 * Pages by id; the next page is already being read while the caller writes this one. (A read-ahead
 * left behind by a consumer that stops early is marked handled: its failure is of no interest.)
 */
export async function* pages<T extends { id: number }>(
  fetch: (after: number) => Promise<T[]>,
  size = ROW_PAGE,
): AsyncGenerator<T[]> {
  const read = (after: number) => {
    const p = fetch(after);
    p.catch(() => undefined);
    return p;
  };
  let next = read(0);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    const more = rows.length === size;
    if (more) next = read(rows.at(-1)!.id);
    yield rows;
    if (!more) return;
  }
}

export function coopRows(
  prisma: PrismaClient,
  f: CoopFilter,
  p: ReportingParams & { helpEnd: Date },
): AsyncGenerator<CoopRow[]> {
  const late = Prisma.sql`${p.now.toISOString()}::timestamp(3) > ${dueExpr(p.period, p.dueDay)}`;
  return pages(async (after) => {
    const rows = await prisma.$queryRaw<Array<Record<string, unknown>>>`
      WITH page AS (SELECT c.id FROM "Cooperative" c WHERE ${coopWhere(f)} AND c.id > ${after} ORDER BY c.id LIMIT ${ROW_PAGE}),
      s AS (${coopStagesSql(Prisma.sql`c.id IN (SELECT id FROM page)`)})
      SELECT c.id, c.name, c."villageCode", u."fullName" AS "baName", s.stage,
        CASE WHEN c."createdAt" >= ${periodEndExpr(p.period)} THEN '-' ELSE coalesce(r.status::text, 'NONE') END AS status,
        (c."createdAt" < ${periodEndExpr(p.period)} AND (r.id IS NULL OR r.status IN ('DRAFT', 'RETURNED')) AND ${late}) AS overdue,
        (SELECT jsonb_object_agg(v.field, v."intValue") FROM "ReportValue" v
          WHERE v."reportId" = r.id AND r.status IN ('SUBMITTED', 'ACCEPTED') AND v."intValue" IS NOT NULL AND v.field NOT LIKE '%.aktif') AS vals,
        (SELECT count(*) FROM "HelpRequest" h WHERE h."coopId" = c.id AND ${openAtEnd(p.helpEnd, p.now)}) AS "helpOpen"
      FROM page JOIN "Cooperative" c ON c.id = page.id JOIN s ON s.id = c.id
      LEFT JOIN "User" u ON u.id = c."assignedBaId"
      LEFT JOIN "MonthlyReport" r ON r."coopId" = c.id AND r.period = ${p.period}
      ORDER BY c.id`;
    return rows.map((r) => ({
      id: Number(r.id),
      name: String(r.name),
      villageCode: String(r.villageCode),
      baName: (r.baName as string | null) ?? null,
      status: String(r.status),
      overdue: r.overdue === true,
      stage: Number(r.stage),
      values: parseValues(r.vals),
      helpOpen: num(r.helpOpen as bigint),
    }));
  });
}

function parseValues(v: unknown): Record<string, number> {
  const o = typeof v === "string" ? (JSON.parse(v) as unknown) : v;
  if (!o || typeof o !== "object") return {};
  return Object.fromEntries(Object.entries(o as Record<string, unknown>).map(([k, x]) => [k, Number(x)]));
}

export interface ReportRow {
  id: number;
  coopId: number;
  coopName: string;
  villageCode: string;
  status: string;
  version: number;
  submittedAt: Date | null;
  values: Record<string, number>;
  kendala: string | null;
}

/** Every report of the period in the area (any status) with all its values. */
export function reportRows(prisma: PrismaClient, f: CoopFilter, period: string): AsyncGenerator<ReportRow[]> {
  return pages(async (after) => {
    const rows = await prisma.$queryRaw<Array<Record<string, unknown>>>`
      SELECT r.id, c.id AS "coopId", c.name AS "coopName", c."villageCode", r.status::text AS status, r.version, r."submittedAt",
        (SELECT jsonb_object_agg(v.field, v."intValue") FROM "ReportValue" v WHERE v."reportId" = r.id AND v."intValue" IS NOT NULL AND v.field NOT LIKE '%.aktif') AS vals,
        (SELECT v.text FROM "ReportValue" v WHERE v."reportId" = r.id AND v.field = 'kendala') AS kendala
      FROM "MonthlyReport" r JOIN "Cooperative" c ON c.id = r."coopId"
      WHERE ${coopWhere(f)} AND r.period = ${period} AND r.id > ${after}
      ORDER BY r.id LIMIT ${ROW_PAGE}`;
    return rows.map((r) => ({
      id: Number(r.id),
      coopId: Number(r.coopId),
      coopName: String(r.coopName),
      villageCode: String(r.villageCode),
      status: String(r.status),
      version: Number(r.version),
      submittedAt: (r.submittedAt as Date | null) ?? null,
      values: parseValues(r.vals),
      kendala: (r.kendala as string | null) ?? null,
    }));
  });
}

export interface HelpRow {
  id: number;
  coopName: string;
  villageCode: string;
  category: string;
  status: string;
  createdAt: Date;
  answeredAt: Date | null;
  closedAt: Date | null;
  dueAt: Date;
}

/** Help requests opened or closed in [from, to) in the area. */
export function helpRows(prisma: PrismaClient, f: CoopFilter, from: Date, to: Date): AsyncGenerator<HelpRow[]> {
  const a = Prisma.sql`${from.toISOString()}::timestamp(3)`;
  const b = Prisma.sql`${to.toISOString()}::timestamp(3)`;
  return pages(async (after) => {
    const rows = await prisma.$queryRaw<HelpRow[]>`
      SELECT h.id, c.name AS "coopName", c."villageCode", h.category::text AS category, h.status::text AS status, h."createdAt", h."answeredAt", h."closedAt", h."dueAt"
      FROM "HelpRequest" h JOIN "Cooperative" c ON c.id = h."coopId"
      WHERE ${coopWhere(f)} AND h.id > ${after} AND ((h."createdAt" >= ${a} AND h."createdAt" < ${b}) OR (h."closedAt" >= ${a} AND h."closedAt" < ${b}))
      ORDER BY h.id LIMIT ${ROW_PAGE}`;
    return rows.map((r) => ({ ...r, id: Number(r.id) }));
  });
}
