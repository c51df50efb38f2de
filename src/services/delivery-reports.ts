// Honest delivery reports (issue 23.2). Whoever queues messages for others (a nudge, an
// assignment's notices) is first told they are queued, and later — once none of the group is
// waiting or being sent — what actually happened: how many arrived, and who did not get it and why
// (in plain words). A broadcast's own final report uses the same failed-recipients list. Reads the
// Outbox table; sends nothing (the delivery-reports job and the features do that).
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { personName } from "./roles.ts";

export type ReportKind = "nudge" | "assign";

/** One delivery report per outbox group; a second create for the group is ignored. */
export async function createDeliveryReport(
  prisma: Pick<PrismaClient, "deliveryReport">,
  r: { group: string; kind: ReportKind; ownerId: number; vars?: Record<string, string | number>; now: Date },
): Promise<void> {
  await prisma.deliveryReport.createMany({
    data: [{ group: r.group, kind: r.kind, ownerId: r.ownerId, vars: r.vars ?? {}, createdAt: r.now }],
    skipDuplicates: true,
  });
}

/** A fresh group name for one action of one person, e.g. "nudge:12:1733550000000". */
export const reportGroup = (kind: ReportKind, ownerId: number, now: Date, salt = "") =>
  `${kind}:${ownerId}:${now.getTime()}${salt ? `:${salt}` : ""}`;

export interface Outcomes {
  sent: number;
  failed: number;
  /** blocked the bot or erased their data */
  blocked: number;
  /** recipients (people, not message parts) */
  total: number;
}

/** Final counts of a group, by recipient (a long text in several parts counts once). */
export async function groupOutcomes(prisma: PrismaClient, group: string): Promise<Outcomes & { waiting: number }> {
  const rows = await prisma.outbox.findMany({
    where: { group, NOT: { key: { contains: ":part" } } },
    select: { status: true },
  });
  const n = (...s: string[]) => rows.filter((r) => s.includes(r.status)).length;
  return {
    sent: n("SENT"),
    failed: n("FAILED"),
    blocked: n("SKIPPED"),
    total: rows.length - n("CANCELLED"),
    waiting: n("PENDING", "SENDING"),
  };
}

export interface DueReport {
  id: number;
  group: string;
  kind: ReportKind;
  ownerId: number;
  vars: Record<string, string | number>;
}

/** Reports not yet made whose group has nothing left to send. */
export async function dueReports(prisma: PrismaClient, limit = 50): Promise<DueReport[]> {
  const rows = await prisma.$queryRaw<DueReport[]>`
    SELECT r.id, r."group", r.kind, r."ownerId", r.vars FROM "DeliveryReport" r
    WHERE r."reportedAt" IS NULL AND NOT EXISTS (
      SELECT 1 FROM "Outbox" o WHERE o."group" = r."group" AND o.status IN ('PENDING', 'SENDING'))
    ORDER BY r.id LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, id: Number(r.id), ownerId: Number(r.ownerId) }));
}

/** Marks a report made; true only for the one caller that did (exactly once). */
export async function markReported(prisma: PrismaClient, id: number, now: Date): Promise<boolean> {
  return (
    (await prisma.deliveryReport.updateMany({ where: { id, reportedAt: null }, data: { reportedAt: now } })).count === 1
  );
}

/** Why a message did not arrive, in words a user understands (locale key suffix). */
export type Reason = "blocked" | "not_found" | "network" | "refused";

export function plainReason(status: string, error: string | null): Reason {
  if (status === "SKIPPED" || /\b403\b|blocked|deactivated/i.test(error ?? "")) return "blocked";
  if (/chat not found|user not found|PEER_ID_INVALID/i.test(error ?? "")) return "not_found";
  if (/network|\b5\d\d\b|timeout/i.test(error ?? "")) return "network";
  return "refused";
}

export interface FailedRecipient {
  name: string;
  reason: Reason;
}

/** The recipients of a group who did not get their message, paged (oldest first). */
export async function failedRecipients(
  prisma: PrismaClient,
  group: string,
  page: number,
  pageSize: number,
): Promise<{ items: FailedRecipient[]; total: number }> {
  const where: Prisma.OutboxWhereInput = {
    group,
    status: { in: ["FAILED", "SKIPPED"] },
    NOT: { key: { contains: ":part" } },
  };
  const [total, rows] = await Promise.all([
    prisma.outbox.count({ where }),
    prisma.outbox.findMany({
      where,
      orderBy: { id: "asc" },
      skip: page * pageSize,
      take: pageSize,
      select: { chatId: true, status: true, error: true },
    }),
  ]);
  const users = await prisma.user.findMany({
    where: { telegramId: { in: rows.map((r) => r.chatId) } },
    select: { telegramId: true, fullName: true, tgFirstName: true, deletedAt: true },
  });
  const byTg = new Map(users.map((u) => [String(u.telegramId), u]));
  return {
    total,
    items: rows.map((r) => {
      const u = byTg.get(String(r.chatId));
      return {
        name: u && !u.deletedAt ? personName(u) : "—",
        reason: u?.deletedAt ? "blocked" : plainReason(r.status, r.error),
      };
    }),
  };
}

/** The report a viewer may open: its owner, or an admin. */
export async function reportFor(
  prisma: PrismaClient,
  id: number,
  viewer: { id: number; role: string },
): Promise<{ group: string; kind: ReportKind } | null> {
  const r = await prisma.deliveryReport.findUnique({ where: { id } });
  if (!r || (r.ownerId !== viewer.id && viewer.role !== "ADMIN")) return null;
  return { group: r.group, kind: r.kind as ReportKind };
}
