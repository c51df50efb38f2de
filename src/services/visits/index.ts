// Mentoring visits (the BA's own work): a visit, a call or an online session with one of their
// coops, with a topic, a short note, an optional follow-up day (the BA is reminded at 08:00 local
// that morning), an optional photo and location pin. No Telegram here.
import type { Prisma, PrismaClient, User } from "../../generated/prisma/client.ts";
import { coopTimeZone } from "../sla.ts";
import { localInstant, localToday, parseYmd } from "../oversight/local-day.ts";

export const VISIT_KINDS = ["VISIT", "CALL", "ONLINE"] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];
export const VISIT_TOPICS = [
  "KELEMBAGAAN",
  "USAHA",
  "KEUANGAN",
  "SIMKOPDES",
  "PEMBIAYAAN",
  "LAHAN",
  "LAINNYA",
] as const;
export type VisitTopic = (typeof VISIT_TOPICS)[number];
/** contacts that count for the "not visited or called in 30 days" flag */
const CONTACT_KINDS: VisitKind[] = ["VISIT", "CALL"];
const STALE_DAYS = 30;
export const NOTE_MIN = 3;
export const NOTE_MAX = 300;
/** visits may be logged up to this many days late; follow-ups at most this far ahead */
export const BACKDATE_DAYS = 60;
export const FOLLOW_UP_DAYS = 180;
const FOLLOW_UP_HOUR = 8;

export interface VisitInput {
  coopId: number;
  /** local day 'YYYY-MM-DD' */
  day: string;
  kind: VisitKind;
  topic: VisitTopic;
  note: string;
  followUp: string | null;
  photoFileId: string | null;
  location: { lat: number; lng: number } | null;
}

export type RecordResult = { kind: "ok"; visitId: number } | { kind: "forbidden" } | { kind: "invalid"; field: string };

const isKind = (k: string): k is VisitKind => (VISIT_KINDS as readonly string[]).includes(k);
const isTopic = (k: string): k is VisitTopic => (VISIT_TOPICS as readonly string[]).includes(k);

/** A BA records a contact with one of their own coops (everything re-checked here). */
export async function recordVisit(
  prisma: PrismaClient,
  ba: Pick<User, "id" | "role" | "deletedAt">,
  input: VisitInput,
  now: Date,
): Promise<RecordResult> {
  const coop = await prisma.cooperative.findUnique({ where: { id: input.coopId } });
  if (!coop || ba.role !== "BA" || ba.deletedAt || coop.assignedBaId !== ba.id) return { kind: "forbidden" };
  const tz = coopTimeZone(coop);
  const day = parseYmd(input.day);
  const follow = input.followUp === null ? null : parseYmd(input.followUp);
  if (!day) return { kind: "invalid", field: "day" };
  if (input.followUp !== null && !follow) return { kind: "invalid", field: "followUp" };
  if (!isKind(input.kind)) return { kind: "invalid", field: "kind" };
  if (!isTopic(input.topic)) return { kind: "invalid", field: "topic" };
  const note = input.note.trim();
  if (note.length < NOTE_MIN || note.length > NOTE_MAX) return { kind: "invalid", field: "note" };
  const at = localInstant(day, 0, tz);
  if (at > now) return { kind: "invalid", field: "day" };
  const followUpAt = follow ? localInstant(follow, FOLLOW_UP_HOUR, tz) : null;
  const v = await prisma.visit.create({
    data: {
      coopId: coop.id,
      baId: ba.id,
      at,
      kind: input.kind,
      topic: input.topic,
      note,
      followUpAt,
      photoFileId: input.photoFileId,
      latitude: input.location?.lat ?? null,
      longitude: input.location?.lng ?? null,
      createdAt: now,
    },
  });
  return { kind: "ok", visitId: v.id };
}

/** A BA's coops for the picker: most recently contacted first, never contacted last (by name). */
export async function coopsForVisit(prisma: PrismaClient, baId: number): Promise<Array<{ id: number; name: string }>> {
  const coops = await prisma.cooperative.findMany({
    where: { assignedBaId: baId },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  if (coops.length === 0) return [];
  const last = await prisma.visit.groupBy({
    by: ["coopId"],
    where: { baId, coopId: { in: coops.map((c) => c.id) } },
    _max: { createdAt: true },
  });
  const when = new Map(last.map((l) => [l.coopId, l._max.createdAt?.getTime() ?? 0]));
  return [...coops].sort((a, b) => (when.get(b.id) ?? 0) - (when.get(a.id) ?? 0));
}

export async function coopVisits(prisma: PrismaClient, coopId: number, page = { skip: 0, take: 5 }) {
  const where = { coopId };
  const [total, rows] = await Promise.all([
    prisma.visit.count({ where }),
    prisma.visit.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: page.skip, take: page.take }),
  ]);
  const bas = await prisma.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.baId))] } } });
  return { total, rows: rows.map((r) => ({ ...r, ba: bas.find((b) => b.id === r.baId) ?? null })) };
}

export async function visitsOfBa(prisma: PrismaClient, baId: number, page = { skip: 0, take: 5 }) {
  const where = { baId };
  const [total, rows] = await Promise.all([
    prisma.visit.count({ where }),
    prisma.visit.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: page.skip, take: page.take }),
  ]);
  const coops = await prisma.cooperative.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.coopId))] } },
    select: { id: true, name: true, provinceCode: true },
  });
  return { total, rows: rows.map((r) => ({ ...r, coop: coops.find((c) => c.id === r.coopId)! })) };
}

/**
 * Coops (ACTIVE, matching `where`) with no visit or call on any of the last STALE_DAYS local days,
 * with the day of their last contact (null: never).
 */
export async function staleCoops(
  prisma: PrismaClient,
  where: Prisma.CooperativeWhereInput,
  now: Date,
): Promise<
  Array<{ id: number; name: string; provinceCode: string; lastAt: Date | null; assignedBaId: number | null }>
> {
  const coops = await prisma.cooperative.findMany({
    where: { ...where, status: "ACTIVE" },
    select: { id: true, name: true, provinceCode: true, assignedBaId: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  if (coops.length === 0) return [];
  const last = await prisma.visit.groupBy({
    by: ["coopId"],
    where: { coopId: { in: coops.map((c) => c.id) }, kind: { in: CONTACT_KINDS } },
    _max: { at: true },
  });
  const lastAt = new Map(last.map((l) => [l.coopId, l._max.at]));
  return coops
    .filter((c) => {
      const at = lastAt.get(c.id);
      if (!at) return true;
      const tz = coopTimeZone(c);
      const t = localToday(now, tz);
      const cut = localInstant(t, 0, tz).getTime() - STALE_DAYS * 86_400_000;
      return at.getTime() <= cut;
    })
    .map((c) => ({
      id: c.id,
      name: c.name,
      provinceCode: c.provinceCode,
      lastAt: lastAt.get(c.id) ?? null,
      assignedBaId: c.assignedBaId,
    }));
}
