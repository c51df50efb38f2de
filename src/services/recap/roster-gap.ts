// The roster gap (issue 20 item 4): per area, official coops in the roster, how many of them are
// on the bot (RosterCoop.coopId set) and how many of those reported for the period; and the list
// of rostered coops not yet on the bot, with the ketua's phone where the roster has it. Each figure
// is one grouped SQL query over RosterCoop (indexed area columns). BA scope: the rostered BA.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { AreaLevel, AreaRef } from "./area.ts";
import { num } from "./sql.ts";

export interface GapFilter {
  area: AreaRef;
  /** BA scope: only coops the roster assigns to this BA */
  baId: number | null;
}

export interface GapCounts {
  /** area code of the child (or "" for the whole area) */
  key: string;
  rostered: number;
  /** rostered coops on the bot */
  joined: number;
  /** rostered coops on the bot whose report for the period is submitted or accepted */
  reporting: number;
}

export interface RosterGap {
  total: GapCounts;
  /** per child area (province / kab-kota / kecamatan; villages below a kecamatan), most missing first */
  children: GapCounts[];
  childLevel: AreaLevel | "village";
}

export interface MissingCoop {
  id: number;
  name: string;
  villageCode: string;
  legalNumber: string | null;
  ketuaName: string | null;
  ketuaPhone: string | null;
  assignedBaId: number | null;
  baName: string | null;
}

/** WHERE on "RosterCoop" r for the filter (a coop-level area has no roster of its own: nothing). */
function rosterWhere(f: GapFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  const a = f.area;
  if (a.level === "province") parts.push(Prisma.sql`r."provinceCode" = ${a.code}`);
  if (a.level === "regency") parts.push(Prisma.sql`r."regencyCode" = ${a.code}`);
  if (a.level === "district") parts.push(Prisma.sql`r."districtCode" = ${a.code}`);
  if (a.level === "coop") parts.push(Prisma.sql`FALSE`);
  if (f.baId !== null) parts.push(Prisma.sql`r."assignedBaId" = ${f.baId}`);
  return Prisma.join(parts, " AND ");
}

function childOf(level: AreaLevel): { column: Prisma.Sql; level: RosterGap["childLevel"] } {
  switch (level) {
    case "national":
      return { column: Prisma.sql`r."provinceCode"`, level: "province" };
    case "province":
      return { column: Prisma.sql`r."regencyCode"`, level: "regency" };
    case "regency":
      return { column: Prisma.sql`r."districtCode"`, level: "district" };
    default:
      return { column: Prisma.sql`r."villageCode"`, level: "village" };
  }
}

/** The gap of an area for a period; null when the area has no rostered coop (nothing to show). */
export async function rosterGap(prisma: PrismaClient, f: GapFilter, period: string): Promise<RosterGap | null> {
  if (f.area.level === "coop") return null;
  const child = childOf(f.area.level);
  const rows = await prisma.$queryRaw<Array<{ key: string; rostered: bigint; joined: bigint; reporting: bigint }>>`
    SELECT ${child.column} AS key, count(*) AS rostered, count(r."coopId") AS joined,
      count(*) FILTER (WHERE m.status IN ('SUBMITTED', 'ACCEPTED')) AS reporting
    FROM "RosterCoop" r
    LEFT JOIN "MonthlyReport" m ON m."coopId" = r."coopId" AND m.period = ${period}
    WHERE ${rosterWhere(f)}
    GROUP BY 1`;
  if (rows.length === 0) return null;
  const children = rows
    .map((r) => ({ key: r.key, rostered: num(r.rostered), joined: num(r.joined), reporting: num(r.reporting) }))
    .sort((a, b) => b.rostered - b.joined - (a.rostered - a.joined) || a.key.localeCompare(b.key));
  const total = children.reduce(
    (s, c) => ({
      key: "",
      rostered: s.rostered + c.rostered,
      joined: s.joined + c.joined,
      reporting: s.reporting + c.reporting,
    }),
    { key: "", rostered: 0, joined: 0, reporting: 0 },
  );
  return { total, children, childLevel: child.level };
}

const MISSING_SELECT = Prisma.sql`
  SELECT r.id, r.name, r."villageCode", r."legalNumber", r."ketuaName", r."ketuaPhone", r."assignedBaId",
    coalesce(u."fullName", u."tgFirstName") AS "baName"
  FROM "RosterCoop" r LEFT JOIN "User" u ON u.id = r."assignedBaId"`;

/** Rostered coops not yet on the bot: one page (by village code), for a chat list. */
export function missingPage(prisma: PrismaClient, f: GapFilter, offset: number, limit: number): Promise<MissingCoop[]> {
  return prisma.$queryRaw<MissingCoop[]>`${MISSING_SELECT}
    WHERE ${rosterWhere(f)} AND r."coopId" IS NULL
    ORDER BY r."villageCode" LIMIT ${limit} OFFSET ${offset}`;
}

/** How many rostered coops are not yet on the bot. */
export async function missingCount(prisma: PrismaClient, f: GapFilter): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ n: bigint }>>`
    SELECT count(*) AS n FROM "RosterCoop" r WHERE ${rosterWhere(f)} AND r."coopId" IS NULL`;
  return num(row?.n);
}

/** Every rostered coop not yet on the bot, in pages (keyset on the village code), for the XLSX. */
export async function* missingRows(prisma: PrismaClient, f: GapFilter, pageSize = 2000): AsyncGenerator<MissingCoop[]> {
  let after = "";
  for (;;) {
    const page = await prisma.$queryRaw<MissingCoop[]>`${MISSING_SELECT}
      WHERE ${rosterWhere(f)} AND r."coopId" IS NULL AND r."villageCode" > ${after}
      ORDER BY r."villageCode" LIMIT ${pageSize}`;
    if (page.length === 0) return;
    yield page;
    after = page.at(-1)!.villageCode;
    if (page.length < pageSize) return;
  }
}

/** BAs of rostered coops not yet on the bot, with how many each (the staff-side audience "rostered, not yet joined"). */
export async function missingByBa(prisma: PrismaClient, f: GapFilter): Promise<Array<{ baId: number; count: number }>> {
  const rows = await prisma.$queryRaw<Array<{ id: number; n: bigint }>>`
    SELECT r."assignedBaId" AS id, count(*) AS n FROM "RosterCoop" r
    WHERE ${rosterWhere(f)} AND r."coopId" IS NULL AND r."assignedBaId" IS NOT NULL
    GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({ baId: Number(r.id), count: num(r.n) }));
}
