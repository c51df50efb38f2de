// Review SLA of submitted reports, in working time (WORKING_HOURS, the coop's own zone), shared
// with the help-request SLA (services/working-hours.ts, services/sla.ts):
//   submittedAt + REVIEW_SLA_DAYS working days      → the assigned BA is reminded (once)
//   submittedAt + 2 × REVIEW_SLA_DAYS working days  → the PMO(s) of the kab/kota are told (once)
// A working day is the length of one day's working hours (8 h for "1-5 08:00-16:00").
// Exactly once per report version and level: a ReminderLog row (coop, period, "REVIEW_BA:v2") is
// inserted in the same transaction as the outbox rows; an existing row means it was done.
import type { Cooperative, MonthlyReport, PrismaClient, User } from "../../generated/prisma/client.ts";
import { addWorkingHours, DEFAULT_WORKING_HOURS, parseWorkingHours, type WorkingHours } from "../working-hours.ts";
import { coopTimeZone } from "../sla.ts";
import type { Outgoing, Queue } from "../../lib/outbound.ts";

export interface ReviewSlaPolicy {
  days: number;
  workingHours: WorkingHours;
}

export function reviewSlaPolicy(config: { reviewSlaDays: number; workingHours?: string }): ReviewSlaPolicy {
  return { days: config.reviewSlaDays, workingHours: parseWorkingHours(config.workingHours ?? DEFAULT_WORKING_HOURS) };
}

const hoursPerDay = (wh: WorkingHours) => (wh.endMin - wh.startMin) / 60;

/** When level 1 (BA) or 2 (PMO) falls due for a report submitted at `submittedAt`. */
export function reviewDueAt(
  submittedAt: Date,
  coop: Pick<Cooperative, "provinceCode">,
  policy: ReviewSlaPolicy,
  level: 1 | 2,
): Date {
  return addWorkingHours(
    submittedAt,
    level * policy.days * hoursPerDay(policy.workingHours),
    coopTimeZone(coop),
    policy.workingHours,
  );
}

export type ReviewLevel = "BA" | "PMO";
const reviewLogKind = (level: ReviewLevel, version: number) => `REVIEW_${level}:v${version}`;
const reviewOutboxKey = (reportId: number, version: number, level: ReviewLevel, userId: number) =>
  `rsla:${reportId}:${version}:${level}:${userId}`;

export type Waiting = MonthlyReport & { coop: Cooperative & { assignedBa: User | null } };

export interface ReviewSlaStep {
  level: ReviewLevel;
  report: Waiting;
  to: User[];
}

/** Who is told at a level: the assigned BA; the PMO(s) of the kab/kota, else the admins. */
async function recipients(prisma: PrismaClient, report: Waiting, level: ReviewLevel): Promise<User[]> {
  if (level === "BA")
    return report.coop.assignedBa && !report.coop.assignedBa.deletedAt ? [report.coop.assignedBa] : [];
  const pmos = await prisma.user.findMany({
    where: { role: "PMO", regencyCode: report.coop.regencyCode, deletedAt: null },
    orderBy: { id: "asc" },
  });
  return pmos.length
    ? pmos
    : prisma.user.findMany({ where: { role: "ADMIN", deletedAt: null }, orderBy: { id: "asc" } });
}

export type RenderSla = (step: ReviewSlaStep, to: User) => { text: string; replyMarkup?: unknown };

/**
 * Find the steps due now, record each (ReminderLog) and queue its messages in one transaction.
 * Returns the steps newly done; running again at once returns nothing.
 */
export async function runReviewSlaSteps(
  prisma: PrismaClient,
  now: Date,
  policy: ReviewSlaPolicy,
  render: RenderSla,
  queue: Queue,
  batch = 500,
): Promise<ReviewSlaStep[]> {
  // nothing can be due before this many wall-clock hours (working time ≤ wall time)
  const cutoff = new Date(now.getTime() - policy.days * hoursPerDay(policy.workingHours) * 3_600_000);
  const done: ReviewSlaStep[] = [];
  for (let afterId = 0; ;) {
    const page: Waiting[] = await prisma.monthlyReport.findMany({
      where: { id: { gt: afterId }, status: "SUBMITTED", submittedAt: { lte: cutoff } },
      include: { coop: { include: { assignedBa: true } } },
      orderBy: { id: "asc" },
      take: batch,
    });
    if (page.length === 0) return done;
    afterId = page.at(-1)!.id;
    const logs = await prisma.reminderLog.findMany({
      where: { coopId: { in: page.map((r) => r.coopId) }, kind: { startsWith: "REVIEW_" } },
      select: { coopId: true, period: true, kind: true },
    });
    const has = new Set(logs.map((l) => `${l.coopId}/${l.period}/${l.kind}`));
    for (const report of page) {
      for (const level of ["BA", "PMO"] as const) {
        const kind = reviewLogKind(level, report.version);
        if (has.has(`${report.coopId}/${report.period}/${kind}`)) continue;
        if (now < reviewDueAt(report.submittedAt!, report.coop, policy, level === "BA" ? 1 : 2)) continue;
        const to = await recipients(prisma, report, level);
        const step: ReviewSlaStep = { level, report, to };
        // blocked reviewers are left out by the queue
        const list: Outgoing[] = to.map((u) => ({
          to: u,
          message: render(step, u),
          key: reviewOutboxKey(report.id, report.version, level, u.id),
        }));
        const claimed = await prisma.$transaction(async (tx) => {
          const log = await tx.reminderLog.createMany({
            data: [{ coopId: report.coopId, period: report.period, kind, at: now }],
            skipDuplicates: true,
          });
          if (log.count === 0) return false;
          await queue(tx, list, now);
          return true;
        });
        if (claimed) done.push(step);
      }
    }
    if (page.length < batch) return done;
  }
}
