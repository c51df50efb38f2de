// Reading past reports and their history (who, when, before, after, version). JSON-safe results.
import type { PrismaClient, User } from "../../generated/prisma/client.ts";
import { canViewCoopReports } from "./access.ts";
import { type ReportView, loadView } from "./view.ts";
import type { ReportStatus } from "../../generated/prisma/enums.ts";
import { isAktifKey } from "./questions.ts";

export interface ReportListItem {
  id: number;
  period: string;
  status: ReportStatus;
  version: number;
  submittedAt: string | null;
}

export async function listReports(prisma: PrismaClient, coopId: number, take = 12): Promise<ReportListItem[]> {
  const rows = await prisma.monthlyReport.findMany({ where: { coopId }, orderBy: { period: "desc" }, take });
  return rows.map((r) => ({
    id: r.id,
    period: r.period,
    status: r.status,
    version: r.version,
    submittedAt: r.submittedAt?.toISOString() ?? null,
  }));
}

export interface HistoryEvent {
  action: string;
  field: string | null;
  before: string | null;
  after: string | null;
  version: number;
  at: string;
  by: string | null;
}

export async function reportEvents(prisma: PrismaClient, reportId: number): Promise<HistoryEvent[]> {
  const rows = await prisma.reportEvent.findMany({
    where: { reportId },
    orderBy: { id: "asc" },
    include: { actor: true },
  });
  return rows.map((e) => ({
    action: e.action,
    field: e.field,
    before: e.before,
    after: e.after,
    version: e.version,
    at: e.at.toISOString(),
    by: e.actor ? (e.actor.fullName ?? e.actor.tgFirstName ?? null) : null,
  }));
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** A unit's "operating?" answer: never stored means operating (as plan.ts's isOff reads it). */
const norm = (field: string, v: string | null) => (isAktifKey(field) && v === null ? "1" : v);

/** The pengurus's reply to the reviewer's note, sent with `version` (see submitReport). */
export function replyOf(events: HistoryEvent[], version: number): { text: string; by: string | null } | undefined {
  const e = events.findLast((x) => x.action === "REPLIED" && x.version === version && x.after);
  return e ? { text: e.after!, by: e.by } : undefined;
}

/**
 * Values changed while preparing `version` (first "before", last "after" per field), only real
 * changes: a value set back to what it was, or a unit confirmed as operating, is not one.
 */
export function changesIn(events: HistoryEvent[], version: number): FieldChange[] {
  const out = new Map<string, FieldChange>();
  for (const e of events) {
    if (e.action !== "VALUE_SET" || e.version !== version || !e.field) continue;
    const c = out.get(e.field);
    if (c) c.after = e.after;
    else out.set(e.field, { field: e.field, before: e.before, after: e.after });
  }
  return [...out.values()].filter((c) => norm(c.field, c.before) !== norm(c.field, c.after));
}

export type ReportForViewer =
  | { kind: "ok"; view: ReportView; photos: Array<{ fileId: string; caption: string | null }>; events: HistoryEvent[] }
  | { kind: "not_found" | "forbidden" };

/** A report with its photos and history, for someone allowed to see the coop's reports. */
export async function reportForViewer(prisma: PrismaClient, viewer: User, reportId: number): Promise<ReportForViewer> {
  const report = await prisma.monthlyReport.findUnique({ where: { id: reportId }, include: { coop: true } });
  if (!report) return { kind: "not_found" };
  if (!(await canViewCoopReports(prisma, viewer, report.coop))) return { kind: "forbidden" };
  const view = (await loadView(prisma, reportId))!;
  const photos = await prisma.reportPhoto.findMany({
    where: { reportId },
    orderBy: { id: "asc" },
    take: 10,
    select: { fileId: true, caption: true },
  });
  return { kind: "ok", view, photos, events: await reportEvents(prisma, reportId) };
}
