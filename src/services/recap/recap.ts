// One recap: the figures of an area for a period, and the same figures per child area (the
// drill-down). All aggregation happens in SQL (queries.ts); here only the wilayah names and
// village counts are joined to the grouped rows.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { nextPeriod } from "../../lib/dates.ts";
import { periodStart } from "../reports/view.ts";
import type { Wilayah } from "../wilayah/index.ts";
import { childLevel, type AreaLevel, type AreaRef } from "./area.ts";
import { previousPeriodOf } from "./period.ts";
import { dueOf, isProvisional } from "./figures.ts";
import {
  activityTotals,
  emptyStages,
  sameCoopTotals,
  helpStats,
  stageCounts,
  statusCounts,
  worstOff,
  type CoopName,
  type FieldTotal,
  type HelpStats,
  type Stages,
  type StatusCounts,
} from "./queries.ts";
import { childColumn, zoneOfArea, type CoopFilter } from "./sql.ts";

export interface RecapInput {
  area: AreaRef;
  /** BA scope */
  baId: number | null;
  period: string;
  now: Date;
  /** REPORT_DUE_DAY */
  dueDay: number;
  /** how many worst-off coops to list (default 5) */
  worstLimit?: number;
}

export interface Reporting extends Omit<StatusCounts, "key" | "name"> {
  /** (submitted + accepted) / expected, 0..1 (0 when nothing expected) */
  rate: number;
}

export interface ChildRow extends Reporting {
  key: string;
  name: string;
  level: AreaLevel;
  villages: number;
  stages: Stages;
}

export interface Activity {
  field: string;
  total: bigint;
  reports: number;
  /** the previous period's total (null when no report gave it) */
  prev: bigint | null;
  /** this and the previous period summed over the coops that reported both (null: none did) */
  sameTotal: bigint | null;
  samePrev: bigint | null;
}

export interface Recap {
  area: AreaRef;
  name: string;
  baId: number | null;
  period: string;
  prevPeriod: string;
  /** the period's reports are not all due yet: its figures are "sementara" (figures.ts) */
  provisional: boolean;
  /** when the period's reports are due (REPORT_DUE_DAY, in the area's zone) */
  dueAt: Date;
  /** desa/kelurahan in the area (null for a BA's or a coop's recap) */
  villages: number | null;
  reporting: Reporting;
  activity: Activity[];
  stages: Stages;
  help: HelpStats;
  worst: { overdue: CoopName[]; noBa: CoopName[] };
  children: ChildRow[];
  childLevel: AreaLevel | undefined;
}

export const rateOf = (s: { expected: number; submitted: number; accepted: number }) =>
  s.expected === 0 ? 0 : (s.submitted + s.accepted) / s.expected;

const zero: Omit<StatusCounts, "key" | "name"> = {
  coops: 0,
  withBa: 0,
  expected: 0,
  none: 0,
  draft: 0,
  submitted: 0,
  returned: 0,
  accepted: 0,
  overdue: 0,
};

function reportingOf(s: StatusCounts | undefined): Reporting {
  const { key: _k, name: _n, ...rest } = s ?? { key: "", name: "", ...zero };
  return { ...rest, rate: rateOf(rest) };
}

/** The name of an area (a coop's name is looked up by the caller). */
export function areaName(w: Wilayah, area: AreaRef): string {
  if (area.level === "national") return "Indonesia";
  const code = area.code ?? "";
  return (
    (area.level === "province" ? w.province(code) : area.level === "regency" ? w.regency(code) : w.district(code))
      ?.name ?? code
  );
}

/** Wilayah children of an area (empty for a kecamatan: its children are coops). */
function wilayahChildren(w: Wilayah, area: AreaRef): Array<{ code: string; name: string }> {
  if (area.level === "national") return w.provinces();
  if (area.level === "province") return w.regencies(area.code!);
  if (area.level === "regency") return w.districts(area.code!);
  return [];
}

export async function buildRecap(
  prisma: PrismaClient,
  w: Wilayah,
  input: RecapInput,
  coopName?: string,
): Promise<Recap> {
  const { area, period, now, dueDay } = input;
  const f: CoopFilter = { area, baId: input.baId };
  const prevPeriod = previousPeriodOf(period);
  const p = { period, dueDay, now };
  const tz = zoneOfArea(area.code);
  const cl = area.level === "coop" ? undefined : childLevel(area.level);
  const group = cl ? childColumn(area.level) : null;

  const [total, byChild, stagesTotal, stagesByChild, activity, same, help, worst] = await Promise.all([
    statusCounts(prisma, f, p, null),
    group ? statusCounts(prisma, f, p, group) : Promise.resolve([]),
    stageCounts(prisma, f, null),
    group ? stageCounts(prisma, f, group) : Promise.resolve(new Map<string, Stages>()),
    activityTotals(prisma, f, [period, prevPeriod]),
    sameCoopTotals(prisma, f, period, prevPeriod),
    helpStats(prisma, f, periodStart(period, tz), periodStart(nextPeriod(period), tz), now),
    worstOff(prisma, f, p, input.worstLimit ?? 5),
  ]);

  const counts = new Map(byChild.map((r) => [r.key, r]));
  let children: ChildRow[];
  if (cl === "coop" || input.baId !== null) {
    // coops below a kecamatan, and a BA's areas: only children that have coops
    children = byChild.map((r) => ({
      ...reportingOf(r),
      key: r.key,
      name: cl === "coop" ? r.name : areaName(w, { key: r.key, level: cl!, code: r.key, coopId: null }),
      level: cl!,
      villages: cl === "coop" ? 1 : w.villageCount(r.key),
      stages: stagesByChild.get(r.key) ?? emptyStages(),
    }));
  } else {
    children = wilayahChildren(w, area).map((a) => ({
      ...reportingOf(counts.get(a.code)),
      key: a.code,
      name: a.name,
      level: cl!,
      villages: w.villageCount(a.code),
      stages: stagesByChild.get(a.code) ?? emptyStages(),
    }));
  }
  children.sort((a, b) => a.name.localeCompare(b.name, "id"));

  const sameByField = new Map(same.map((x) => [x.field, x]));
  const prevTotals = new Map((activity.get(prevPeriod) ?? []).map((t: FieldTotal) => [t.field, t.total]));
  return {
    area,
    name: area.level === "coop" ? (coopName ?? area.key) : areaName(w, area),
    baId: input.baId,
    period,
    prevPeriod,
    provisional: isProvisional(period, now, dueDay, area.code),
    dueAt: dueOf(period, dueDay, area.code),
    villages: input.baId !== null || area.level === "coop" ? null : w.villageCount(area.code),
    reporting: reportingOf(total[0]),
    activity: (activity.get(period) ?? [])
      .map((t) => {
        const s = sameByField.get(t.field);
        return { ...t, prev: prevTotals.get(t.field) ?? null, sameTotal: s?.total ?? null, samePrev: s?.prev ?? null };
      })
      .sort((a, b) => a.field.localeCompare(b.field)),
    stages: stagesTotal.get("") ?? emptyStages(),
    help,
    worst,
    children,
    childLevel: cl,
  };
}
