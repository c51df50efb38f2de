// Monthly report reminders (pure domain; the job renders and queues the messages).
//
// When: a report for period P (the month before "now" in the coop's time zone) is due on day D
// (REPORT_DUE_DAY) of the next month, 23:59 local. Kinds, each sent at most once per (coop, P):
//   DUE_SOON  — local days D-3 … D-1   (normally D-3; later days only catch up after downtime)
//   DUE_TODAY — local day D
//   OVERDUE   — local days D+2 … D+4 (and the coop's BA gets one digest of their overdue coops)
// always from REMINDER_HOUR (default 08:00) until 21:00 local, never at night. All coops of one
// province share a time zone, so the decision is made per zone (WIB / WITA / WIT), not per coop.
//
// Who: ACTIVE coops that existed before P ended, whose P report is missing, DRAFT or RETURNED
// (not SUBMITTED / ACCEPTED). Recipients: ACTIVE members who prepare reports — ketua, both wakil,
// sekretaris, bendahara (not PENGAWAS: the supervisory board checks reports, it does not write
// them; not LAINNYA) — with consent, not blocked, not erased.
//
// Exactly once: ReminderLog (coopId, period, kind) is inserted first, in the same transaction as
// the coop's outbox rows; rows that already existed (unique) are someone else's — not queued again.
//
// Scale: coops are read in pages by id (default 1,000), one query per page: the report status,
// the draft's answer count and the recipients are joined and aggregated in SQL.
import { hotSql } from "../db/hot-sql.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Position } from "../generated/prisma/enums.ts";
import { nextPeriod, previousPeriod, wallClock, dueDateOfPeriod } from "../lib/dates.ts";
import type { Outgoing, Queue, TextPart } from "../lib/outbound.ts";
import { timezoneOfProvince, type IndonesianTimeZone } from "./wilayah/timezones.ts";
import { periodStart } from "./reports/view.ts";

export type ReminderKind = "DUE_SOON" | "DUE_TODAY" | "OVERDUE";

/** Positions that get report reminders (see the header). */
export const REMINDER_POSITIONS: Position[] = ["KETUA", "WAKIL_USAHA", "WAKIL_ANGGOTA", "SEKRETARIS", "BENDAHARA"];

const ZONES: IndonesianTimeZone[] = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"];

/** Local hour after which nothing is sent any more that day. */
const LAST_HOUR = 21;

export interface ReminderPolicy {
  /** REPORT_DUE_DAY */
  dueDay: number;
  /** REMINDER_HOUR: local hour from which reminders go out */
  hour: number;
}

export interface DueRun {
  tz: IndonesianTimeZone;
  /** province codes in this zone */
  provinces: string[];
  period: string;
  kind: ReminderKind;
  /** the due instant (23:59:59 local on the due day) */
  due: Date;
  /** whole local days from today to the due day (negative when late) */
  daysLeft: number;
  /** coops created at or after this instant did not exist during the period */
  periodEnd: Date;
}

const provincesByZone = (() => {
  const m = new Map<IndonesianTimeZone, string[]>(ZONES.map((z) => [z, []]));
  for (let p = 11; p <= 99; p++) {
    const code = String(p);
    const z = timezoneOfProvince(code);
    if (z) m.get(z)!.push(code);
  }
  return m;
})();

const dayNumber = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);

/** What is due now in each zone: at most one kind per zone. */
export function dueRuns(now: Date, policy: ReminderPolicy): DueRun[] {
  const runs: DueRun[] = [];
  for (const tz of ZONES) {
    const local = wallClock(now, tz);
    if (local.hour < policy.hour || local.hour >= LAST_HOUR) continue;
    const period = previousPeriod(now, tz);
    const due = dueDateOfPeriod(period, policy.dueDay, tz);
    const dueLocal = wallClock(due, tz);
    const daysLeft =
      dayNumber(dueLocal.year, dueLocal.month, dueLocal.day) - dayNumber(local.year, local.month, local.day);
    const kind: ReminderKind | undefined =
      daysLeft >= 1 && daysLeft <= 3
        ? "DUE_SOON"
        : daysLeft === 0
          ? "DUE_TODAY"
          : daysLeft <= -2 && daysLeft >= -4
            ? "OVERDUE"
            : undefined;
    if (!kind) continue;
    runs.push({
      tz,
      provinces: provincesByZone.get(tz)!,
      period,
      kind,
      due,
      daysLeft,
      periodEnd: periodStart(nextPeriod(period), tz),
    });
  }
  return runs;
}

export interface Recipient {
  userId: number;
  telegramId: bigint;
  locale: string | null;
}

export interface ReminderTarget {
  coopId: number;
  coopName: string;
  baId: number | null;
  /** the period's report: none yet, a draft, or returned by the reviewer */
  report: "NONE" | "DRAFT" | "RETURNED";
  /** answers already in the draft (unit on/off switches not counted) */
  answers: number;
  recipients: Recipient[];
}

interface CoopRow {
  id: number;
  name: string;
  baId: number | null;
  status: string | null;
  answers: number | bigint | null;
  /** recipients, in membership order (parallel arrays; null when the coop has none) */
  uids: Array<number | bigint> | null;
  tgs: Array<bigint | number | string> | null;
  locales: Array<string | null> | null;
}

// $1 after id, $2 period, $3 positions, $4 provinces, $5 period end (ISO, UTC), $6 kind, $7 page size
const REMINDER_PAGE_SQL = `
SELECT c.id, c.name, c."assignedBaId" AS "baId", r.status::text AS status,
  (SELECT count(*)::int FROM "ReportValue" v WHERE v."reportId" = r.id AND v.field NOT LIKE '%.aktif') AS answers,
  m.uids, m.tgs, m.locales
FROM "Cooperative" c
LEFT JOIN "MonthlyReport" r ON r."coopId" = c.id AND r.period = $2
LEFT JOIN LATERAL (
  SELECT array_agg(u.id ORDER BY ms.id) AS uids, array_agg(u."telegramId"::text ORDER BY ms.id) AS tgs, array_agg(u.locale ORDER BY ms.id) AS locales
  FROM "Membership" ms JOIN "User" u ON u.id = ms."userId"
  WHERE ms."coopId" = c.id AND ms.status = 'ACTIVE' AND ms.position::text = ANY($3::text[])
    AND u."consentAt" IS NOT NULL AND u."blockedAt" IS NULL AND u."deletedAt" IS NULL
) m ON true
WHERE c.id > $1
  AND c.status = 'ACTIVE'
  AND c."provinceCode" = ANY($4::text[])
  AND c."createdAt" < ($5::timestamptz AT TIME ZONE 'UTC')
  AND (r.id IS NULL OR r.status IN ('DRAFT', 'RETURNED'))
  AND NOT EXISTS (SELECT 1 FROM "ReminderLog" l WHERE l."coopId" = c.id AND l.period = $2 AND l.kind = $6)
ORDER BY c.id
LIMIT $7`;

/**
 * Coops of a run still to remind, one page (ordered by id, after `afterId`), with their recipients:
 * one set-based query (the recipients are aggregated per coop in SQL, no second round trip).
 */
export async function reminderPage(
  prisma: PrismaClient,
  run: DueRun,
  afterId: number,
  pageSize = 1000,
): Promise<ReminderTarget[]> {
  // raw SQL on the driver: Prisma's deserialisation of 5,000-row pages was half the sweep's CPU
  const rows = await hotSql(prisma).query<CoopRow>(REMINDER_PAGE_SQL, [
    afterId,
    run.period,
    REMINDER_POSITIONS,
    run.provinces,
    run.periodEnd.toISOString(),
    run.kind,
    pageSize,
  ]);
  return rows.map((r) => ({
    coopId: Number(r.id),
    coopName: r.name,
    baId: r.baId === null ? null : Number(r.baId),
    report: r.status === null ? "NONE" : (r.status as "DRAFT" | "RETURNED"),
    answers: Number(r.answers ?? 0),
    recipients: (r.uids ?? []).map((id, i) => ({
      userId: Number(id),
      telegramId: BigInt(r.tgs![i]!),
      locale: r.locales?.[i] ?? null,
    })),
  }));
}

/** The outbox key of one pengurus's reminder. */
const reminderKey = (coopId: number, period: string, kind: ReminderKind, userId: number) =>
  `rem:${coopId}:${period}:${kind}:${userId}`;
/** The outbox group of one reminder run (progress counts). */
export const reminderGroup = (period: string, kind: ReminderKind) => `rem:${period}:${kind}`;
export const digestKey = (baId: number, period: string, kind: ReminderKind) => `rem:ba:${baId}:${period}:${kind}`;

/**
 * Record the reminders of a page and queue their messages, atomically. Coops another run already
 * recorded are left out. Returns the coops this call recorded and how many messages it queued.
 */
export async function recordAndQueue(
  prisma: PrismaClient,
  run: DueRun,
  targets: ReminderTarget[],
  render: (target: ReminderTarget, to: Recipient) => TextPart,
  now: Date,
  queue: Queue,
): Promise<{ recorded: ReminderTarget[]; queued: number }> {
  if (targets.length === 0) return { recorded: [], queued: 0 };
  return prisma.$transaction(
    async (tx) => {
      const created = await tx.reminderLog.createManyAndReturn({
        data: targets.map((t) => ({ coopId: t.coopId, period: run.period, kind: run.kind, at: now })),
        skipDuplicates: true,
        select: { coopId: true },
      });
      const mine = new Set(created.map((c) => c.coopId));
      const recorded = targets.filter((t) => mine.has(t.coopId));
      // reminders are bulk traffic: they never stand in front of a person-to-person message
      const list: Outgoing[] = recorded.flatMap((t) =>
        t.recipients.map((to) => ({
          to,
          message: render(t, to),
          key: reminderKey(t.coopId, run.period, run.kind, to.userId),
          lane: "bulk" as const,
          group: reminderGroup(run.period, run.kind),
        })),
      );
      const queued = await queue(tx, list, now);
      return { recorded, queued };
    },
    { timeout: 60_000, maxWait: 30_000 },
  ); // a page is thousands of rows: above Prisma's 5 s default
}

export interface Digest {
  ba: Recipient;
  coops: Array<Pick<ReminderTarget, "coopId" | "coopName" | "report" | "answers">>;
}

/**
 * One digest per BA of `baIds`: every coop assigned to them that got this run's reminder and whose
 * report is still not in (so a digest made after a crash mid-run still lists every such coop).
 */
export async function digestsFor(prisma: PrismaClient, run: DueRun, baIds: number[]): Promise<Digest[]> {
  if (baIds.length === 0) return [];
  const bas = await prisma.user.findMany({
    where: { id: { in: baIds }, deletedAt: null, blockedAt: null },
    select: { id: true, telegramId: true, locale: true },
  });
  if (bas.length === 0) return [];
  const coops = await prisma.cooperative.findMany({
    where: {
      assignedBaId: { in: bas.map((b) => b.id) },
      status: "ACTIVE",
      reminders: { some: { period: run.period, kind: run.kind } },
      reports: { none: { period: run.period, status: { in: ["SUBMITTED", "ACCEPTED"] } } },
    },
    select: {
      id: true,
      name: true,
      assignedBaId: true,
      reports: {
        where: { period: run.period },
        select: { status: true, _count: { select: { values: { where: { NOT: { field: { endsWith: ".aktif" } } } } } } },
      },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return bas
    .map((b) => ({
      ba: { userId: b.id, telegramId: b.telegramId, locale: b.locale },
      coops: coops
        .filter((c) => c.assignedBaId === b.id)
        .map((c) => {
          const r = c.reports[0];
          return {
            coopId: c.id,
            coopName: c.name,
            report: (r ? r.status : "NONE") as Digest["coops"][number]["report"],
            answers: r?._count.values ?? 0,
          };
        }),
    }))
    .filter((d) => d.coops.length > 0);
}
