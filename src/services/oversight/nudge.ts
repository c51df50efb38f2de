// "Ingatkan": a BA or PMO reminds a coop's pengurus to report a period. At most one nudge per coop
// per local day (a unique Nudge row, whoever sends it); the messages go through the outbox, keyed
// by the nudge, so a retry never sends twice. Only coops in the sender's oversight, only periods
// not in the future, only while the report is missing, a draft or returned.
import type { Cooperative, PrismaClient, User } from "../../generated/prisma/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { previousPeriod } from "../../lib/dates.ts";
import type { Queue } from "../../lib/outbound.ts";
import { REMINDER_POSITIONS, type Recipient } from "../reminders.ts";
import { coopTimeZone } from "../sla.ts";
import { type Overseer, oversees } from "./scope.ts";
import { localToday, ymdText } from "./local-day.ts";
import { PERIOD_RE } from "./not-reported.ts";

export type NudgeResult =
  | { kind: "ok"; recipients: number }
  | { kind: "already" }
  | { kind: "reported" }
  | { kind: "no_recipients" }
  | { kind: "bad_period" }
  | { kind: "forbidden" }
  | { kind: "not_found" };

export interface NudgeMessage {
  coop: Pick<Cooperative, "id" | "name">;
  period: string;
  state: "NONE" | "DRAFT" | "RETURNED";
  by: Pick<User, "fullName" | "tgFirstName" | "role">;
}

export type RenderNudge = (m: NudgeMessage, to: Recipient) => { text: string; replyMarkup?: unknown };

const nudgeKey = (nudgeId: number, userId: number) => `nudge:${nudgeId}:${userId}`;

/** Pengurus who prepare reports and can be reached. */
async function reportPreparers(prisma: PrismaClient, coopId: number): Promise<Recipient[]> {
  const ms = await prisma.membership.findMany({
    where: {
      coopId,
      status: "ACTIVE",
      position: { in: REMINDER_POSITIONS },
      user: { consentAt: { not: null }, blockedAt: null, deletedAt: null },
    },
    select: { user: { select: { id: true, telegramId: true, locale: true } } },
    orderBy: { id: "asc" },
  });
  return ms.map((m) => ({ userId: m.user.id, telegramId: m.user.telegramId, locale: m.user.locale }));
}

export async function nudgeCoop(
  prisma: PrismaClient,
  actor: Overseer & Pick<User, "fullName" | "tgFirstName">,
  coopId: number,
  period: string,
  now: Date,
  render: RenderNudge,
  queue: Queue,
  /** outbox group of the messages (a delivery report follows them, issue 23.2) */
  group?: string,
): Promise<NudgeResult> {
  const coop = await prisma.cooperative.findUnique({ where: { id: coopId } });
  if (!coop) return { kind: "not_found" };
  if (!oversees(actor, coop)) return { kind: "forbidden" };
  const tz = coopTimeZone(coop);
  if (!PERIOD_RE.test(period) || period > previousPeriod(now, tz)) return { kind: "bad_period" };
  const report = await prisma.monthlyReport.findUnique({ where: { coopId_period: { coopId, period } } });
  if (report && (report.status === "SUBMITTED" || report.status === "ACCEPTED")) return { kind: "reported" };
  const to = await reportPreparers(prisma, coopId);
  if (to.length === 0) return { kind: "no_recipients" };
  const message: NudgeMessage = {
    coop,
    period,
    state: !report ? "NONE" : report.status === "RETURNED" ? "RETURNED" : "DRAFT",
    by: actor,
  };
  try {
    return await prisma.$transaction(async (tx) => {
      const n = await tx.nudge.create({
        data: { coopId, period, day: ymdText(localToday(now, tz)), byId: actor.id, recipients: to.length, at: now },
      });
      await queue(
        tx,
        to.map((u) => ({
          to: u,
          message: render(message, u),
          key: nudgeKey(n.id, u.userId),
          ...(group ? { group } : {}),
        })),
        now,
      );
      return { kind: "ok" as const, recipients: to.length };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return { kind: "already" };
    throw e;
  }
}

export interface NudgeAllResult {
  sent: number;
  /** pengurus the nudges were queued for */
  recipients: number;
  already: number;
  skipped: number;
  /** why coops were skipped: result kind → how many (e.g. no_recipients: 5, reported: 2) */
  reasons: Partial<Record<Exclude<NudgeResult["kind"], "ok" | "already">, number>>;
}

/** Nudge every listed coop (each with the same rules as one). */
export async function nudgeMany(
  prisma: PrismaClient,
  actor: Overseer & Pick<User, "fullName" | "tgFirstName">,
  coopIds: number[],
  period: string,
  now: Date,
  render: RenderNudge,
  queue: Queue,
  group?: string,
): Promise<NudgeAllResult> {
  const out: NudgeAllResult = { sent: 0, recipients: 0, already: 0, skipped: 0, reasons: {} };
  for (const id of coopIds) {
    const r = await nudgeCoop(prisma, actor, id, period, now, render, queue, group);
    if (r.kind === "ok") {
      out.sent += 1;
      out.recipients += r.recipients;
    } else if (r.kind === "already") out.already += 1;
    else {
      out.skipped += 1;
      out.reasons[r.kind] = (out.reasons[r.kind] ?? 0) + 1;
    }
  }
  return out;
}
