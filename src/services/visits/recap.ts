// Counting BAs' mentoring work for recaps and the PMO's view: contacts per BA and per kab/kota in
// a period [from, to), by kind, with how many distinct coops were reached and how many of the
// area's coops had no visit or call in the last 30 days (at `now`).
import type { Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import { staleCoops } from "./index.ts";

export interface VisitTally {
  visits: number;
  calls: number;
  online: number;
  total: number;
  /** distinct coops contacted */
  coops: number;
}

export interface VisitCounts {
  perBa: Array<VisitTally & { baId: number; name: string; regencyCode: string | null; stale: number }>;
  perRegency: Array<VisitTally & { regencyCode: string; stale: number }>;
}

const empty = (): VisitTally & { coopSet: Set<number> } => ({
  visits: 0,
  calls: 0,
  online: 0,
  total: 0,
  coops: 0,
  coopSet: new Set(),
});

function add(t: ReturnType<typeof empty>, kind: string, coopId: number) {
  if (kind === "VISIT") t.visits += 1;
  else if (kind === "CALL") t.calls += 1;
  else t.online += 1;
  t.total += 1;
  t.coopSet.add(coopId);
  t.coops = t.coopSet.size;
}

const strip = ({ coopSet: _, ...t }: ReturnType<typeof empty>): VisitTally => t;

/**
 * Visits per BA and per kab/kota for the contacts whose day lies in [from, to), over the coops
 * matching `coopWhere` (e.g. { regencyCode } for a PMO, { provinceCode } for a Dinas, {} for all).
 * BAs of the area with no contact are listed with zeros.
 */
export async function visitCounts(
  prisma: PrismaClient,
  coopWhere: Prisma.CooperativeWhereInput,
  from: Date,
  to: Date,
  now: Date,
): Promise<VisitCounts> {
  const coops = await prisma.cooperative.findMany({
    where: { ...coopWhere, status: "ACTIVE" },
    select: { id: true, regencyCode: true, assignedBaId: true },
  });
  const coopById = new Map(coops.map((c) => [c.id, c]));
  const rows = coops.length
    ? await prisma.visit.findMany({
        where: { coopId: { in: coops.map((c) => c.id) }, at: { gte: from, lt: to } },
        select: { coopId: true, baId: true, kind: true },
      })
    : [];
  const regencies = [...new Set(coops.map((c) => c.regencyCode))];
  const baIds = new Set<number>([
    ...rows.map((r) => r.baId),
    ...coops.flatMap((c) => (c.assignedBaId ? [c.assignedBaId] : [])),
  ]);
  const bas = baIds.size
    ? await prisma.user.findMany({
        where: { OR: [{ id: { in: [...baIds] } }, { role: "BA", regencyCode: { in: regencies }, deletedAt: null }] },
      })
    : await prisma.user.findMany({ where: { role: "BA", regencyCode: { in: regencies }, deletedAt: null } });
  const byBa = new Map<number, ReturnType<typeof empty>>(bas.map((b) => [b.id, empty()]));
  const byReg = new Map<string, ReturnType<typeof empty>>(regencies.map((r) => [r, empty()]));
  for (const r of rows) {
    add(byBa.get(r.baId) ?? byBa.set(r.baId, empty()).get(r.baId)!, r.kind, r.coopId);
    add(byReg.get(coopById.get(r.coopId)!.regencyCode)!, r.kind, r.coopId);
  }
  const stale = await staleCoops(prisma, { id: { in: coops.map((c) => c.id) } }, now);
  const staleBa = new Map<number, number>();
  const staleReg = new Map<string, number>();
  for (const s of stale) {
    if (s.assignedBaId) staleBa.set(s.assignedBaId, (staleBa.get(s.assignedBaId) ?? 0) + 1);
    const reg = coopById.get(s.id)!.regencyCode;
    staleReg.set(reg, (staleReg.get(reg) ?? 0) + 1);
  }
  return {
    perBa: bas
      .map((b) => ({
        baId: b.id,
        name: b.fullName ?? b.tgFirstName ?? "-",
        regencyCode: b.regencyCode,
        stale: staleBa.get(b.id) ?? 0,
        ...strip(byBa.get(b.id)!),
      }))
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "id") || a.baId - b.baId),
    perRegency: [...byReg]
      .map(([regencyCode, t]) => ({ regencyCode, stale: staleReg.get(regencyCode) ?? 0, ...strip(t) }))
      .sort((a, b) => a.regencyCode.localeCompare(b.regencyCode)),
  };
}
