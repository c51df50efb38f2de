// What the workspaces show: a BA's coops with the latest report's status and open requests, one
// coop in detail, and the supervisors' summary (PMO: their BAs' load and overdue requests;
// DINAS/ADMIN: per kab/kota). Always within the viewer's scope. No Telegram here.
import type { PrismaClient, User } from "../generated/prisma/client.ts";
import { previousPeriod } from "../lib/dates.ts";
import { coopScopeWhere } from "./roles.ts";
import { coopTimeZone } from "./sla.ts";
import { openCountByCoop, overdueWhere } from "./help-requests/queries.ts";

/** The report period due now for a coop (the month before, in its time zone). */
export function currentReportPeriod(now: Date, provinceCode: string): string {
  return previousPeriod(now, coopTimeZone({ provinceCode }));
}

export async function coopsOfBa(prisma: PrismaClient, baId: number, now: Date) {
  const coops = await prisma.cooperative.findMany({
    where: { assignedBaId: baId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const open = await openCountByCoop(
    prisma,
    coops.map((c) => c.id),
  );
  const periods = coops.map((c) => ({ coopId: c.id, period: currentReportPeriod(now, c.provinceCode) }));
  const reports = periods.length ? await prisma.monthlyReport.findMany({ where: { OR: periods } }) : [];
  return coops.map((coop) => {
    const period = currentReportPeriod(now, coop.provinceCode);
    const report = reports.find((r) => r.coopId === coop.id && r.period === period);
    return { coop, period, reportStatus: report?.status ?? null, openRequests: open.get(coop.id) ?? 0 };
  });
}

export async function coopDetail(prisma: PrismaClient, coopId: number) {
  return prisma.cooperative.findUnique({
    where: { id: coopId },
    include: {
      assignedBa: true,
      memberships: {
        where: { status: "ACTIVE", user: { deletedAt: null } },
        include: { user: true },
        orderBy: { id: "asc" },
      },
      reports: { orderBy: { period: "desc" }, take: 3 },
      help: { where: { status: { not: "CLOSED" } }, orderBy: { id: "desc" }, take: 5 },
    },
  });
}

export interface BaSummary {
  ba: User;
  load: number;
  open: number;
  overdue: number;
}

export interface AreaSummary {
  regencyCode: string;
  coops: number;
  unassigned: number;
  overdue: number;
}

export async function supervisorSummary(prisma: PrismaClient, user: User, now: Date) {
  const scope = coopScopeWhere(user);
  const coops = await prisma.cooperative.count({ where: { ...scope, status: "ACTIVE" } });
  const unassigned = await prisma.cooperative.count({ where: { ...scope, status: "ACTIVE", assignedBaId: null } });
  const overdueList = await prisma.helpRequest.findMany({
    where: { ...overdueWhere(now), coop: scope },
    include: { coop: true },
    orderBy: { dueAt: "asc" },
    take: 10,
  });
  const overdueTotal = await prisma.helpRequest.count({ where: { ...overdueWhere(now), coop: scope } });
  const openTotal = await prisma.helpRequest.count({ where: { status: { not: "CLOSED" }, coop: scope } });
  let bas: BaSummary[] = [];
  let areas: AreaSummary[] = [];
  if (user.role === "PMO" && user.regencyCode) {
    const list = await prisma.user.findMany({
      where: { role: "BA", regencyCode: user.regencyCode, deletedAt: null },
      orderBy: { id: "asc" },
    });
    bas = await Promise.all(
      list.map(async (ba) => ({
        ba,
        load: await prisma.cooperative.count({ where: { assignedBaId: ba.id, status: "ACTIVE" } }),
        open: await prisma.helpRequest.count({ where: { status: { not: "CLOSED" }, coop: { assignedBaId: ba.id } } }),
        overdue: await prisma.helpRequest.count({ where: { ...overdueWhere(now), coop: { assignedBaId: ba.id } } }),
      })),
    );
    bas.sort((a, b) => b.overdue - a.overdue || b.load - a.load || a.ba.id - b.ba.id);
  } else {
    const all = await prisma.cooperative.groupBy({
      by: ["regencyCode"],
      where: { ...scope, status: "ACTIVE" },
      _count: { _all: true },
    });
    const free = await prisma.cooperative.groupBy({
      by: ["regencyCode"],
      where: { ...scope, status: "ACTIVE", assignedBaId: null },
      _count: { _all: true },
    });
    const late = await prisma.helpRequest.findMany({
      where: { ...overdueWhere(now), coop: scope },
      select: { coop: { select: { regencyCode: true } } },
    });
    areas = all.map((a) => ({
      regencyCode: a.regencyCode,
      coops: a._count._all,
      unassigned: free.find((f) => f.regencyCode === a.regencyCode)?._count._all ?? 0,
      overdue: late.filter((l) => l.coop.regencyCode === a.regencyCode).length,
    }));
    areas.sort((a, b) => b.overdue - a.overdue || b.unassigned - a.unassigned || b.coops - a.coops);
    areas = areas.slice(0, 15);
  }
  return { coops, unassigned, openTotal, overdueTotal, overdueList, bas, areas };
}
