// The audience of a broadcast as ONE set-based SQL query (no per-user loop): the people matching
// every filter, within the sender's scope, never anyone who blocked the bot, erased their data or
// has not consented. The same query gives the dry-run count and, inside INSERT … SELECT, the
// outbox rows (start.ts), so the count shown is what gets materialised.
//
// Who is "in" a region: pengurus and BA through their cooperatives (the coop's village lies in
// it); a BA also through their own kab/kota; PMO (kab/kota) and Dinas (province) when their area
// overlaps it. The sender's scope is stricter: everyone's area must lie WITHIN it (a PMO never
// reaches a Dinas officer of the whole province). Report status and readiness stage select
// cooperatives: pengurus and BA of those coops, PMO and Dinas responsible for at least one.
import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";
import { MILESTONES } from "../readiness.ts";
import { checkFilter, type AudienceFilter, type Sender } from "./filter.ts";

const { sql, empty, join } = Prisma;

/** `col` lies in area `code` (itself or below it). */
const inArea = (col: Prisma.Sql, code: string) => sql`(${col} = ${code} OR ${col} LIKE ${`${code}.%`})`;
/** area column `col` and area `code` overlap (one contains the other). */
const overlaps = (col: Prisma.Sql, code: string) => sql`(${inArea(col, code)} OR ${code} LIKE ${col} || '.%')`;
const and = (parts: Prisma.Sql[]) => (parts.length ? join(parts, " AND ") : sql`TRUE`);

/** Readiness stage index per coop, the rule of readiness.ts countCoopsByStage. */
const stageOf = sql`(SELECT CASE
    WHEN NOT coalesce(bool_or(r.item = 'AHU' AND r.state = 'YES'), false) THEN 0
    WHEN count(*) FILTER (WHERE r.item IN ('AHU','KANTOR','REKENING','SIMKOPDES','BUSINESS_PLAN') AND r.state = 'YES') < 5 THEN 1
    WHEN NOT coalesce(bool_or(r.item = 'LAND_GERAI' AND r.state = 'YES'), false) THEN 2
    WHEN NOT coalesce(bool_or(r.item = 'BUILD_GERAI' AND r.state = 'SELESAI'), false) THEN 3
    WHEN NOT coalesce(bool_or(r.item = 'FINANCING' AND r.state IN ('DISETUJUI','CAIR')), false) THEN 4
    WHEN NOT coalesce(bool_or(r.item LIKE 'UNIT\\_%' AND r.state = 'YES'), false) THEN 5 ELSE 6 END
  FROM "ReadinessItem" r WHERE r."coopId" = c.id)`;

/**
 * "Rostered, not yet joined": the BAs the roster assigns to official coops not on the bot yet, in
 * the region and scope (by the roster's village code). Report and stage filters do not apply (those
 * coops have no reports); a role filter without BA leaves nobody.
 */
function rosterGapBranch(f: AudienceFilter, scope: string | null, roles: Set<string>): Prisma.Sql[] {
  if (!roles.has("BA")) return [];
  const w = [sql`r."coopId" IS NULL`];
  if (f.region) w.push(inArea(sql`r."villageCode"`, f.region));
  if (scope) w.push(inArea(sql`r."villageCode"`, scope));
  return [
    sql`SELECT b.id AS uid, r."provinceCode" AS prov FROM "RosterCoop" r JOIN "User" b ON b.id = r."assignedBaId" AND b.role = 'BA' WHERE ${and(w)}`,
  ];
}

/**
 * SELECT "userId", "telegramId", locale, prov — one row per recipient (prov: a province code
 * of theirs, for their time zone). `scope` must come from checkFilter.
 */
export function audienceSql(f: AudienceFilter, scope: string | null, defaultLocale: string): Prisma.Sql {
  const roles = new Set(f.roles.length ? f.roles : ["PENGURUS", "BA", "PMO", "DINAS"]);
  const coopFiltered = !!f.report || !!f.stage;

  const coopWhere: Prisma.Sql[] = [sql`c.status = 'ACTIVE'`];
  if (f.region) coopWhere.push(inArea(sql`c."villageCode"`, f.region));
  if (scope) coopWhere.push(inArea(sql`c."villageCode"`, scope));
  if (f.report?.status === "NONE") {
    coopWhere.push(
      sql`NOT EXISTS (SELECT 1 FROM "MonthlyReport" mr WHERE mr."coopId" = c.id AND mr.period = ${f.report.period} AND mr.status <> 'DRAFT')`,
    );
  } else if (f.report) {
    coopWhere.push(
      sql`EXISTS (SELECT 1 FROM "MonthlyReport" mr WHERE mr."coopId" = c.id AND mr.period = ${f.report.period} AND mr.status::text = ${f.report.status})`,
    );
  }
  if (f.stage) coopWhere.push(sql`${stageOf} = ${MILESTONES.indexOf(f.stage)}`);

  const branches: Prisma.Sql[] = [];
  if (f.rosterGap) branches.push(...rosterGapBranch(f, scope, roles));
  else if (roles.has("PENGURUS") || roles.has("KETUA")) {
    const position = roles.has("PENGURUS") ? empty : sql` AND m.position = 'KETUA'`;
    branches.push(
      sql`SELECT m."userId" AS uid, c."provinceCode" AS prov FROM "Membership" m JOIN coops c ON c.id = m."coopId" WHERE m.status = 'ACTIVE'${position}`,
    );
  }
  /**
   * Staff of `role` by their own area (column `area`): it overlaps the region and lies within the
   * scope; with `coopCheck`, only those responsible for at least one of the selected coops.
   */
  const staffByArea = (role: "BA" | "PMO" | "DINAS", area: "regencyCode" | "provinceCode", coopCheck: boolean) => {
    const col = Prisma.raw(`u."${area}"`);
    const w = [sql`u.role = ${Prisma.raw(`'${role}'`)}`, sql`${col} IS NOT NULL`];
    if (f.region) w.push(overlaps(col, f.region));
    if (scope) w.push(inArea(col, scope));
    if (coopCheck) w.push(sql`EXISTS (SELECT 1 FROM coops c WHERE c.${Prisma.raw(`"${area}"`)} = ${col})`);
    const prov = area === "provinceCode" ? col : sql`substr(${col}, 1, 2)`;
    return sql`SELECT u.id AS uid, ${prov} AS prov FROM "User" u WHERE ${and(w)}`;
  };
  if (roles.has("BA") && !f.rosterGap) {
    branches.push(
      sql`SELECT b.id AS uid, c."provinceCode" AS prov FROM coops c JOIN "User" b ON b.id = c."assignedBaId" AND b.role = 'BA'`,
    );
    if (!coopFiltered) branches.push(staffByArea("BA", "regencyCode", false));
  }
  if (roles.has("PMO") && !f.rosterGap) branches.push(staffByArea("PMO", "regencyCode", coopFiltered));
  if (roles.has("DINAS") && !f.rosterGap) branches.push(staffByArea("DINAS", "provinceCode", coopFiltered));
  if (branches.length === 0) branches.push(sql`SELECT NULL::int AS uid, NULL::text AS prov WHERE FALSE`);

  const userWhere = [sql`u."deletedAt" IS NULL`, sql`u."blockedAt" IS NULL`, sql`u."consentAt" IS NOT NULL`];
  if (f.lang) userWhere.push(sql`coalesce(u.locale, ${defaultLocale}) = ${f.lang}`);

  return sql`WITH coops AS (
      SELECT c.id, c."provinceCode", c."regencyCode", c."assignedBaId" FROM "Cooperative" c WHERE ${and(coopWhere)}
    ), cand AS (${join(branches, " UNION ALL ")})
    SELECT u.id AS "userId", u."telegramId" AS "telegramId", coalesce(u.locale, ${defaultLocale}) AS locale, min(cand.prov) AS prov
    FROM cand JOIN "User" u ON u.id = cand.uid
    WHERE ${and(userWhere)}
    GROUP BY u.id, u."telegramId", u.locale`;
}

export type AudienceResult =
  { ok: true; count: number } | { ok: false; reason: "not_allowed" | "out_of_scope" | "invalid" };

/** The dry-run count: how many people the filter reaches now. */
export async function countAudience(
  prisma: PrismaClient,
  sender: Sender,
  filter: unknown,
  defaultLocale: string,
): Promise<AudienceResult> {
  const checked = checkFilter(sender, filter);
  if (!checked.ok) return checked;
  const rows = await prisma.$queryRaw<Array<{ n: number }>>(
    sql`SELECT count(*)::int AS n FROM (${audienceSql(checked.filter, checked.scope, defaultLocale)}) a`,
  );
  return { ok: true, count: Number(rows[0]?.n ?? 0) };
}

/** The recipients' user ids (tests and diagnostics). */
export async function audienceUserIds(
  prisma: PrismaClient,
  sender: Sender,
  filter: AudienceFilter,
  defaultLocale: string,
): Promise<number[]> {
  const checked = checkFilter(sender, filter);
  if (!checked.ok) return [];
  const rows = await prisma.$queryRaw<Array<{ userId: number }>>(
    sql`SELECT a."userId" FROM (${audienceSql(checked.filter, checked.scope, defaultLocale)}) a ORDER BY 1`,
  );
  return rows.map((r) => Number(r.userId));
}
