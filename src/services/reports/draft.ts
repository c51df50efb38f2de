// Drafts: opening the report to work on, saving answers after every message (optimistic locking
// on MonthlyReport.rev), photos. Every changed value is written to ReportEvent (before/after).
import type { MonthlyReport, PrismaClient } from "../../generated/prisma/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { ReportStatus } from "../../generated/prisma/enums.ts";
import { previousPeriod } from "../../lib/dates.ts";
import { isActiveMember } from "./access.ts";
import { aktifKey, groupOf, isIntField } from "./questions.ts";
import { encodeValues, tzOf } from "./view.ts";

export const EDITABLE: ReportStatus[] = ["DRAFT", "RETURNED"];
export const isEditable = (s: ReportStatus) => EDITABLE.includes(s);

export type OpenResult =
  | { kind: "ok"; reportId: number; created: boolean }
  | { kind: "not_member" }
  | { kind: "not_found" }
  | { kind: "bad_period"; period: string; latest: string }
  | { kind: "closed"; reportId: number; period: string; status: ReportStatus; version: number; submittedAt: string | null };

const closed = (r: MonthlyReport): OpenResult => ({
  kind: "closed",
  reportId: r.id,
  period: r.period,
  status: r.status,
  version: r.version,
  submittedAt: r.submittedAt?.toISOString() ?? null,
});

/**
 * The report a member works on: a given one, a given period, else (in order) a returned report,
 * an older unfinished draft, or last month's (created as a draft when missing).
 */
export async function openReport(
  prisma: PrismaClient,
  input: { userId: number; coopId: number; now: Date; period?: string; reportId?: number },
): Promise<OpenResult> {
  if (!(await isActiveMember(prisma, input.userId, input.coopId))) return { kind: "not_member" };
  const coop = await prisma.cooperative.findUnique({ where: { id: input.coopId } });
  if (!coop) return { kind: "not_found" };
  const latest = previousPeriod(input.now, tzOf(coop.provinceCode));
  if (input.reportId !== undefined) {
    const r = await prisma.monthlyReport.findFirst({ where: { id: input.reportId, coopId: coop.id } });
    if (!r) return { kind: "not_found" };
    return isEditable(r.status) ? { kind: "ok", reportId: r.id, created: false } : closed(r);
  }
  if (input.period === undefined) {
    const pending = await prisma.monthlyReport.findFirst({
      where: { coopId: coop.id, OR: [{ status: "RETURNED" }, { status: "DRAFT", period: { lt: latest } }] },
      orderBy: [{ status: "desc" }, { period: "asc" }], // RETURNED sorts after DRAFT in the enum
    });
    if (pending) return { kind: "ok", reportId: pending.id, created: false };
  }
  const period = input.period ?? latest;
  if (period > latest) return { kind: "bad_period", period, latest };
  const existing = await prisma.monthlyReport.findUnique({ where: { coopId_period: { coopId: coop.id, period } } });
  if (existing) return isEditable(existing.status) ? { kind: "ok", reportId: existing.id, created: false } : closed(existing);
  try {
    const r = await prisma.monthlyReport.create({ data: { coopId: coop.id, period } });
    await prisma.reportEvent.create({ data: { reportId: r.id, actorId: input.userId, action: "CREATED", version: 1, at: input.now } });
    return { kind: "ok", reportId: r.id, created: true };
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const r = await prisma.monthlyReport.findUniqueOrThrow({ where: { coopId_period: { coopId: coop.id, period } } });
      return isEditable(r.status) ? { kind: "ok", reportId: r.id, created: false } : closed(r);
    }
    throw e;
  }
}

export interface Conflict {
  key: string;
  current: string | null;
  by: string | null;
}

export type SaveResult =
  | { kind: "saved"; rev: number; saved: string[] }
  | { kind: "conflict"; rev: number; saved: string[]; conflicts: Conflict[] }
  | { kind: "locked"; status: ReportStatus; by: string | null }
  | { kind: "forbidden" }
  | { kind: "not_found" };

class RevMoved extends Error {}

export interface SaveInput {
  reportId: number;
  actorId: number;
  /** the rev the user saw when the question was asked */
  expectedRev: number;
  /** the values the user saw (key → value, or null when unanswered) */
  seen: Record<string, string | null>;
  values: Record<string, string>;
  at: Date;
}

/**
 * Saves answers. When the draft changed since the user saw it (rev moved) and another pengurus
 * changed one of these very fields, that field is NOT overwritten: it comes back as a conflict
 * with the fresh value (the others are saved). Answering a flagged field clears its flag.
 */
export async function saveAnswers(prisma: PrismaClient, input: SaveInput): Promise<SaveResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await prisma.$transaction((tx) => saveOnce(tx, input));
    } catch (e) {
      if (e instanceof RevMoved && attempt < 4) continue;
      throw e;
    }
  }
}

async function saveOnce(tx: Prisma.TransactionClient, input: SaveInput): Promise<SaveResult> {
  const r = await tx.monthlyReport.findUnique({ where: { id: input.reportId }, include: { values: true } });
  if (!r) return { kind: "not_found" };
  if (!(await activeIn(tx, input.actorId, r.coopId))) return { kind: "forbidden" };
  if (!isEditable(r.status)) return { kind: "locked", status: r.status, by: await lastActor(tx, r.id, null, ["SUBMITTED", "ACCEPTED"]) };
  const current = encodeValues(r.values);
  const toSave: Record<string, string> = {};
  const conflictKeys: string[] = [];
  for (const [key, value] of Object.entries(input.values)) {
    const now = current[key] ?? null;
    if (r.rev !== input.expectedRev && now !== (input.seen[key] ?? null) && now !== value) conflictKeys.push(key);
    else toSave[key] = value;
  }
  // typing a unit's figures means it operates this month
  for (const key of Object.keys(toSave)) {
    const g = groupOf(key);
    if (g?.unit && key !== aktifKey(g.id) && !(aktifKey(g.id) in input.values) && current[aktifKey(g.id)] !== "1") toSave[aktifKey(g.id)] = "1";
  }
  const flagged = r.flagged.filter((f) => !(f in toSave)); // answered again (a unit's "aktif" is set by its figures)
  const changed = Object.entries(toSave).filter(([k, v]) => current[k] !== v);
  let rev = r.rev;
  if (changed.length > 0 || flagged.length !== r.flagged.length) {
    const upd = await tx.monthlyReport.updateMany({ where: { id: r.id, rev: r.rev }, data: { rev: { increment: 1 }, flagged } });
    if (upd.count === 0) throw new RevMoved();
    rev = r.rev + 1;
    for (const [field, after] of changed) {
      const data = isIntField(field) ? { intValue: BigInt(after), text: null } : { text: after, intValue: null };
      await tx.reportValue.upsert({ where: { reportId_field: { reportId: r.id, field } }, create: { reportId: r.id, field, ...data }, update: data });
      await tx.reportEvent.create({
        data: {
          reportId: r.id,
          actorId: input.actorId,
          action: "VALUE_SET",
          field,
          before: current[field] ?? null,
          after,
          version: r.version + 1,
          at: input.at,
        },
      });
    }
  }
  const saved = Object.keys(toSave);
  if (conflictKeys.length === 0) return { kind: "saved", rev, saved };
  const conflicts: Conflict[] = [];
  for (const key of conflictKeys) conflicts.push({ key, current: current[key] ?? null, by: await lastActor(tx, r.id, key, ["VALUE_SET"]) });
  return { kind: "conflict", rev, saved, conflicts };
}

/** Membership is checked on every write: someone removed from the board mid-report can no longer save. */
async function activeIn(tx: Prisma.TransactionClient | PrismaClient, userId: number, coopId: number): Promise<boolean> {
  const m = await tx.membership.findUnique({ where: { userId_coopId: { userId, coopId } }, include: { user: true } });
  return m?.status === "ACTIVE" && !m.user.deletedAt;
}

async function lastActor(tx: Prisma.TransactionClient, reportId: number, field: string | null, actions: string[]): Promise<string | null> {
  const e = await tx.reportEvent.findFirst({
    where: { reportId, action: { in: actions }, ...(field ? { field } : {}) },
    orderBy: { id: "desc" },
    include: { actor: true },
  });
  return e?.actor ? (e.actor.fullName ?? e.actor.tgFirstName ?? null) : null;
}

export type PhotoResult = { kind: "added"; count: number } | { kind: "locked" } | { kind: "forbidden" } | { kind: "full"; count: number };
export const MAX_PHOTOS = 10;

export async function addPhoto(
  prisma: PrismaClient,
  input: { reportId: number; actorId: number; fileId: string; caption?: string; at: Date },
): Promise<PhotoResult> {
  const r = await prisma.monthlyReport.findUnique({ where: { id: input.reportId }, include: { _count: { select: { photos: true } } } });
  if (!r || !isEditable(r.status)) return { kind: "locked" };
  if (!(await activeIn(prisma, input.actorId, r.coopId))) return { kind: "forbidden" };
  if (r._count.photos >= MAX_PHOTOS) return { kind: "full", count: r._count.photos };
  await prisma.reportPhoto.create({ data: { reportId: r.id, fileId: input.fileId, caption: input.caption?.slice(0, 500) ?? null, createdAt: input.at } });
  await prisma.reportEvent.create({
    data: { reportId: r.id, actorId: input.actorId, action: "PHOTO_ADDED", after: input.fileId, version: r.version + 1, at: input.at },
  });
  return { kind: "added", count: r._count.photos + 1 };
}
