// SLA of help requests, counted in working hours in the coop's time zone:
//   dueAt            = created (or re-routed) + SLA          → reminder to whoever it waits on
//   dueAt + SLA      = 2 × SLA                               → escalated one tier up (PMO, else admins)
//   dueAt + 2 × SLA  = 3 × SLA, if the first escalation went to a PMO → escalated to the admins
// "Not taken" means nobody pressed Ambil (or replied). The sweep claims each step with a
// conditional update before anything is sent, so a step happens at most once (idempotent).
import type { Cooperative, HelpRequest, PrismaClient, User } from "../generated/prisma/client.ts";
import { addWorkingHours, DEFAULT_WORKING_HOURS, parseWorkingHours, type WorkingHours } from "./working-hours.ts";
import { timezoneOfCode } from "./wilayah/index.ts";
import { helpersOf, tierAbove } from "./help-requests/routing.ts";

export interface SlaPolicy {
  hours: number;
  workingHours: WorkingHours;
}

export function slaPolicy(config: { helpSlaHours: number; workingHours?: string }): SlaPolicy {
  return { hours: config.helpSlaHours, workingHours: parseWorkingHours(config.workingHours ?? DEFAULT_WORKING_HOURS) };
}

export function coopTimeZone(coop: Pick<Cooperative, "provinceCode">): string {
  return timezoneOfCode(coop.provinceCode) ?? "Asia/Jakarta";
}

export function dueAtFrom(start: Date, coop: Pick<Cooperative, "provinceCode">, policy: SlaPolicy): Date {
  return addWorkingHours(start, policy.hours, coopTimeZone(coop), policy.workingHours);
}

function escalationTimes(req: Pick<HelpRequest, "dueAt">, coop: Pick<Cooperative, "provinceCode">, policy: SlaPolicy) {
  const tz = coopTimeZone(coop);
  const first = addWorkingHours(req.dueAt, policy.hours, tz, policy.workingHours);
  const second = addWorkingHours(first, policy.hours, tz, policy.workingHours);
  return { first, second };
}

export type SlaAction =
  | { kind: "remind"; request: HelpRequest & { coop: Cooperative }; to: User[] }
  | {
      kind: "escalate";
      request: HelpRequest & { coop: Cooperative };
      level: number;
      fromRole: HelpRequest["routedRole"];
      to: User[];
    };

/**
 * Find overdue requests that nobody took and claim the next step for each. Returns what must be
 * sent; a request already reminded/escalated at this level is never returned twice.
 */
export async function claimSlaActions(
  prisma: PrismaClient,
  now: Date,
  policy: SlaPolicy,
  batch = 200,
): Promise<SlaAction[]> {
  const actions: SlaAction[] = [];
  for (let afterId = 0; ;) {
    const page = await prisma.helpRequest.findMany({
      where: {
        id: { gt: afterId },
        status: { in: ["OPEN", "ESCALATED"] },
        assigneeId: null,
        dueAt: { lte: now },
        // only those with a step still ahead of them
        OR: [
          { remindedAt: null },
          { escalationLevel: 0, routedRole: { in: ["BA", "PMO"] } },
          { escalationLevel: 1, routedRole: "PMO" },
        ],
      },
      include: { coop: true },
      orderBy: { id: "asc" },
      take: batch,
    });
    for (const req of page) await stepOne(prisma, req, now, policy, actions);
    if (page.length < batch) return actions;
    afterId = page[page.length - 1]!.id;
  }
}

async function stepOne(
  prisma: PrismaClient,
  req: HelpRequest & { coop: Cooperative },
  now: Date,
  policy: SlaPolicy,
  actions: SlaAction[],
) {
  const { first, second } = escalationTimes(req, req.coop, policy);
  const level = req.escalationLevel;
  const escalateNow = (level === 0 && now >= first) || (level === 1 && req.routedRole === "PMO" && now >= second);
  if (escalateNow) {
    const tier = await tierAbove(prisma, req.routedRole, req.coop);
    if (tier) {
      const claimed = await prisma.helpRequest.updateMany({
        where: { id: req.id, escalationLevel: level, assigneeId: null, status: { in: ["OPEN", "ESCALATED"] } },
        data: {
          escalationLevel: level + 1,
          status: "ESCALATED",
          escalatedAt: now,
          routedRole: tier.role,
          routedToId: tier.toId,
          remindedAt: req.remindedAt ?? now,
        },
      });
      if (claimed.count === 1) {
        await prisma.auditLog.create({
          data: {
            action: "HELP_ESCALATED",
            entity: "HelpRequest",
            entityId: String(req.id),
            before: { routedRole: req.routedRole, level },
            after: { routedRole: tier.role, level: level + 1 },
          },
        });
        const updated = await prisma.helpRequest.findUniqueOrThrow({ where: { id: req.id }, include: { coop: true } });
        actions.push({
          kind: "escalate",
          request: updated,
          level: level + 1,
          fromRole: req.routedRole,
          to: tier.people,
        });
      }
      return;
    }
  }
  if (req.remindedAt === null) {
    const claimed = await prisma.helpRequest.updateMany({
      where: { id: req.id, remindedAt: null, assigneeId: null },
      data: { remindedAt: now },
    });
    if (claimed.count === 1)
      actions.push({ kind: "remind", request: { ...req, remindedAt: now }, to: await helpersOf(prisma, req) });
  }
}
