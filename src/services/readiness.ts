// Operational readiness checklist per cooperative ("not only administratively but really
// operating"): one ReadinessItem row per item with its state, the date it reached that state
// (since), and a location pin for land. Kept current by registration (AHU, units) and by each
// submitted monthly report. countCoopsByStage gives Dinas the numbers per stage.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { hotSql } from "../db/hot-sql.ts";
import type { BusinessUnit } from "../generated/prisma/enums.ts";

export interface ChecklistItemDef {
  item: string;
  /** states in the order a button press cycles through them; the first one is "not yet" */
  states: string[];
  /** accepts a Telegram location pin */
  pin?: boolean;
}

export const CHECKLIST: ChecklistItemDef[] = [
  { item: "AHU", states: ["NO", "YES"] },
  { item: "KANTOR", states: ["NO", "YES"] },
  { item: "REKENING", states: ["NO", "YES"] },
  { item: "SIMKOPDES", states: ["NO", "YES"] },
  { item: "BUSINESS_PLAN", states: ["NO", "YES"] },
  { item: "LAND_GERAI", states: ["NO", "YES"], pin: true },
  { item: "LAND_GUDANG", states: ["NO", "YES"], pin: true },
  { item: "BUILD_GERAI", states: ["NO", "PROSES", "SELESAI"] },
  { item: "BUILD_GUDANG", states: ["NO", "PROSES", "SELESAI"] },
  { item: "FINANCING", states: ["NO", "DIAJUKAN", "DISETUJUI", "CAIR"] },
];

export const unitItem = (unit: BusinessUnit) => `UNIT_${unit}`;

export interface ItemState {
  state: string;
  lat?: number;
  lng?: number;
}

/** item → state, JSON-safe (travels through conversation replays and ReportValue.text). */
export type Checklist = Record<string, ItemState>;

export function checklistDef(item: string): ChecklistItemDef | undefined {
  return CHECKLIST.find((c) => c.item === item);
}

/** Next state of an item when its button is pressed (cycles). */
export function cycleState(item: string, state: string): string {
  const def = checklistDef(item);
  if (!def) return state;
  const i = def.states.indexOf(state);
  return def.states[(i + 1) % def.states.length]!;
}

function isDone(state: string | undefined): boolean {
  return !!state && state !== "NO" && state !== "PLANNED";
}

/** States that are under way, not done: financing only applied for, a building still being built. */
const UNDER_WAY = new Set(["DIAJUKAN", "PROSES"]);

/** Counted as ready in "n dari 10 siap": done and not merely under way ("📨 diajukan" is not ready). */
export function isReady(state: string | undefined): boolean {
  return isDone(state) && !UNDER_WAY.has(state!);
}

/** "AHU=YES;LAND_GERAI=YES@-0.1,109.3;…" — stored in the report as the checklist answer. */
export function encodeChecklist(c: Checklist): string {
  return CHECKLIST.map(({ item }) => {
    const s = c[item] ?? { state: "NO" };
    return `${item}=${s.state}${s.lat !== undefined && s.lng !== undefined ? `@${s.lat},${s.lng}` : ""}`;
  }).join(";");
}

export function decodeChecklist(text: string | undefined | null): Checklist {
  const out: Checklist = {};
  for (const part of (text ?? "").split(";")) {
    const m = /^([A-Z_]+)=([A-Z_]+)(?:@(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?))?$/.exec(part);
    if (!m || !checklistDef(m[1]!)) continue;
    out[m[1]!] = { state: m[2]!, ...(m[3] !== undefined ? { lat: Number(m[3]), lng: Number(m[4]) } : {}) };
  }
  return out;
}

/** A checklist from ReadinessItem rows (missing items and unknown states are "NO"). */
export function checklistFromRows(
  rows: Array<{ item: string; state: string; latitude: number | null; longitude: number | null }>,
): Checklist {
  const out: Checklist = {};
  for (const { item } of CHECKLIST) {
    const r = rows.find((x) => x.item === item);
    out[item] = {
      state: r && checklistDef(item)!.states.includes(r.state) ? r.state : "NO",
      ...(r?.latitude != null && r.longitude != null ? { lat: r.latitude, lng: r.longitude } : {}),
    };
  }
  return out;
}

/** One ReadinessItem to upsert: `since` is when it reached this state, if it changes now. */
export interface ReadinessUpsert {
  item: string;
  state: string;
  since: Date | null;
  lat: number | null;
  lng: number | null;
}

/** A report's checklist and which units operate, as rows ("since" of a unit = start of the period). */
export function reportReadiness(input: {
  at: Date;
  checklist: Checklist;
  units: Partial<Record<BusinessUnit, boolean>>;
  periodStart: Date;
}): ReadinessUpsert[] {
  const rows: ReadinessUpsert[] = [];
  for (const { item } of CHECKLIST) {
    const s = input.checklist[item];
    if (s)
      rows.push({
        item,
        state: s.state,
        since: isDone(s.state) ? input.at : null,
        lat: s.lat ?? null,
        lng: s.lng ?? null,
      });
  }
  for (const [unit, operating] of Object.entries(input.units) as Array<[BusinessUnit, boolean]>) {
    const state = operating ? "YES" : "NO";
    rows.push({ item: unitItem(unit), state, since: isDone(state) ? input.periodStart : null, lat: null, lng: null });
  }
  return rows;
}

/**
 * SQL (a data-modifying CTE body) upserting `rows` for the coop in `coopExpr`, item by item:
 * an item is written only when its state or pin changes; `since` keeps its date while the state
 * stays. Parameters from `$first`: items, states, sinces (ISO), lats, lngs, actor, at (ISO).
 */
export function readinessUpsertSql(coopExpr: string, from: string, first: number): string {
  const p = (i: number) => `$${first + i}`;
  return `INSERT INTO "ReadinessItem" ("coopId", item, state, since, "updatedById", "updatedAt", latitude, longitude)
  SELECT ${coopExpr}, x.item, x.state, (x.since::timestamptz AT TIME ZONE 'UTC'), ${p(5)}, (${p(6)}::timestamptz AT TIME ZONE 'UTC'), x.lat, x.lng
  FROM ${from}, unnest(${p(0)}::text[], ${p(1)}::text[], ${p(2)}::text[], ${p(3)}::float8[], ${p(4)}::float8[]) AS x(item, state, since, lat, lng)
  ON CONFLICT ("coopId", item) DO UPDATE SET
    state = EXCLUDED.state,
    since = CASE WHEN "ReadinessItem".state = EXCLUDED.state THEN "ReadinessItem".since ELSE EXCLUDED.since END,
    "updatedById" = EXCLUDED."updatedById", "updatedAt" = EXCLUDED."updatedAt",
    latitude = coalesce(EXCLUDED.latitude, "ReadinessItem".latitude),
    longitude = CASE WHEN EXCLUDED.latitude IS NULL THEN "ReadinessItem".longitude ELSE EXCLUDED.longitude END
  WHERE "ReadinessItem".state <> EXCLUDED.state
     OR (EXCLUDED.latitude IS NOT NULL AND ("ReadinessItem".latitude IS DISTINCT FROM EXCLUDED.latitude OR "ReadinessItem".longitude IS DISTINCT FROM EXCLUDED.longitude))`;
}

/** The parameters readinessUpsertSql takes, in order. */
export function readinessUpsertParams(rows: ReadinessUpsert[], actorId: number, at: Date): unknown[] {
  return [
    rows.map((r) => r.item),
    rows.map((r) => r.state),
    rows.map((r) => r.since?.toISOString() ?? null),
    rows.map((r) => r.lat),
    rows.map((r) => r.lng),
    actorId,
    at.toISOString(),
  ];
}

/** Upserts readiness rows for one coop in one statement (readinessUpsertSql). */
async function setItems(
  prisma: PrismaClient,
  coopId: number,
  rows: ReadinessUpsert[],
  actorId: number,
  at: Date,
): Promise<void> {
  await hotSql(prisma).query(`WITH c AS (SELECT $8::int AS id) ${readinessUpsertSql("c.id", "c", 1)}`, [
    ...readinessUpsertParams(rows, actorId, at),
    coopId,
  ]);
}

/** Upserts one item; `since` moves only when the state changes (to a done state). */
export function setItem(
  prisma: PrismaClient,
  coopId: number,
  item: string,
  s: ItemState,
  actorId: number,
  at: Date,
): Promise<void> {
  return setItems(
    prisma,
    coopId,
    [{ item, state: s.state, since: isDone(s.state) ? at : null, lat: s.lat ?? null, lng: s.lng ?? null }],
    actorId,
    at,
  );
}

/** Milestones, in order; a coop's stage is the last one reached with all earlier ones reached too. */
export const MILESTONES = [
  "REGISTERED",
  "LEGAL",
  "ADMIN_READY",
  "LAND_READY",
  "BUILT",
  "FINANCED",
  "OPERATING",
] as const;
export type Milestone = (typeof MILESTONES)[number];

export interface StageCounts {
  total: number;
  /** coops that reached each milestone (a coop counts in several) */
  milestones: Record<Milestone, number>;
  /** coops per stage (each coop counted once) */
  stages: Record<Milestone, number>;
  /** item → state → coops */
  byItem: Record<string, Record<string, number>>;
}

/**
 * One row per coop matching `where` (a condition on "Cooperative" c) with its milestone flags and
 * its stage (0 = REGISTERED … 6 = OPERATING, an index into MILESTONES), for use as a CTE.
 */
export function coopStagesSql(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT f.*, CASE
      WHEN NOT coalesce(legal, false) THEN 0 WHEN NOT admin THEN 1 WHEN NOT coalesce(land, false) THEN 2
      WHEN NOT coalesce(built, false) THEN 3 WHEN NOT coalesce(financed, false) THEN 4 WHEN NOT coalesce(operating, false) THEN 5 ELSE 6 END AS stage
    FROM (
      SELECT c.id,
        bool_or(r.item = 'AHU' AND r.state = 'YES') AS legal,
        count(*) FILTER (WHERE r.item IN ('AHU','KANTOR','REKENING','SIMKOPDES','BUSINESS_PLAN') AND r.state = 'YES') = 5 AS admin,
        bool_or(r.item = 'LAND_GERAI' AND r.state = 'YES') AS land,
        bool_or(r.item = 'BUILD_GERAI' AND r.state = 'SELESAI') AS built,
        bool_or(r.item = 'FINANCING' AND r.state IN ('DISETUJUI','CAIR')) AS financed,
        bool_or(r.item LIKE 'UNIT\\_%' AND r.state = 'YES') AS operating
      FROM "Cooperative" c LEFT JOIN "ReadinessItem" r ON r."coopId" = c.id
      WHERE ${where}
      GROUP BY c.id
    ) f`;
}

/** Counts coops by readiness stage within a province and/or regency (all coops when no filter). */
export async function countCoopsByStage(
  prisma: PrismaClient,
  scope: { provinceCode?: string; regencyCode?: string } = {},
): Promise<StageCounts> {
  const prov = scope.provinceCode ?? null;
  const reg = scope.regencyCode ?? null;
  const rows = await prisma.$queryRaw<Array<Record<string, bigint>>>(Prisma.sql`
    WITH s AS (${coopStagesSql(Prisma.sql`(${prov}::text IS NULL OR c."provinceCode" = ${prov}) AND (${reg}::text IS NULL OR c."regencyCode" = ${reg})`)})
    SELECT count(*) AS total,
      count(*) FILTER (WHERE legal) AS m1, count(*) FILTER (WHERE admin) AS m2, count(*) FILTER (WHERE land) AS m3,
      count(*) FILTER (WHERE built) AS m4, count(*) FILTER (WHERE financed) AS m5, count(*) FILTER (WHERE operating) AS m6,
      count(*) FILTER (WHERE stage = 0) AS s0, count(*) FILTER (WHERE stage = 1) AS s1, count(*) FILTER (WHERE stage = 2) AS s2,
      count(*) FILTER (WHERE stage = 3) AS s3, count(*) FILTER (WHERE stage = 4) AS s4, count(*) FILTER (WHERE stage = 5) AS s5,
      count(*) FILTER (WHERE stage = 6) AS s6
    FROM s`);
  const r = rows[0] ?? {};
  const n = (k: string) => Number(r[k] ?? 0);
  const milestones = Object.fromEntries(MILESTONES.map((m, i) => [m, i === 0 ? n("total") : n(`m${i}`)])) as Record<
    Milestone,
    number
  >;
  const stages = Object.fromEntries(MILESTONES.map((m, i) => [m, n(`s${i}`)])) as Record<Milestone, number>;

  const where = {
    coop: {
      ...(scope.provinceCode ? { provinceCode: scope.provinceCode } : {}),
      ...(scope.regencyCode ? { regencyCode: scope.regencyCode } : {}),
    },
  };
  const grouped = await prisma.readinessItem.groupBy({ by: ["item", "state"], where, _count: { _all: true } });
  const byItem: Record<string, Record<string, number>> = {};
  for (const g of grouped) (byItem[g.item] ??= {})[g.state] = g._count._all;
  return { total: n("total"), milestones, stages, byItem };
}
