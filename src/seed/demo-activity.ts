// The demo's activity written (demo.ts), each piece only when missing: monthly reports of the two
// months before now (values, events, review) and help requests with their threads.
import type { Prisma } from "../generated/prisma/client.ts";
import type { ReportStatus } from "../generated/prisma/enums.ts";
import { timezoneOfCode } from "../services/wilayah/index.ts";
import { previousPeriod } from "../lib/dates.ts";
import { COOPS, HELP, KUBU_RAYA, STAFF, pengurusList, type CoopSpec, type HelpSpec } from "./people.ts";
import { DAY, HOUR, UNIT_GROUP, figures, monthAfter, prevPeriodOf } from "./demo-data.ts";
import type { DemoIds } from "./demo-people.ts";

type Tx = Prisma.TransactionClient;
type Pengurus = ReturnType<typeof pengurusList>[number];
type Returned = NonNullable<CoopSpec["returned"]>;

/** Who files and who reviews one coop's demo reports. */
interface ReportPeople {
  coopId: number;
  coopIndex: number;
  boardSize: number;
  submitterId: number;
  reviewerId: number;
}

/** Monthly reports over the two previous months, as each coop's plan says. */
export async function seedReports(tx: Tx, now: Date, ids: DemoIds, pengurus: Pengurus[]): Promise<void> {
  for (const [i, c] of COOPS.entries()) {
    const board = pengurus.filter((p) => p.coop === i);
    const people: ReportPeople = {
      coopId: ids.coops[i]!,
      coopIndex: i,
      boardSize: board.length,
      submitterId: ids.users.get(board[board.length > 1 && i % 2 === 1 ? 1 : 0]!.telegramId)!,
      reviewerId: reviewerOf(c, ids),
    };
    const last = previousPeriod(now, timezoneOfCode(c.villageCode) ?? "Asia/Jakarta");
    const plan: Array<[1 | 2, string, ReportStatus | null]> = [
      [2, prevPeriodOf(last), c.reports[0]],
      [1, last, c.reports[1]],
    ];
    for (const [back, period, status] of plan) {
      if (!status) continue;
      const key = { coopId_period: { coopId: people.coopId, period } };
      if (await tx.monthlyReport.findUnique({ where: key })) continue;
      await seedReport(tx, now, c, people, { back, period, status });
    }
  }
}

/** The coop's BA, else the PMO in Kubu Raya, else the admin. */
function reviewerOf(c: CoopSpec, ids: DemoIds): number {
  if (c.ba) return ids.staff.get(c.ba)!;
  return ids.staff.get(c.villageCode.startsWith(`${KUBU_RAYA}.`) ? "hendra" : "admin")!;
}

/** One report: never in the future, always in order (created < submitted < decided). */
async function seedReport(
  tx: Tx,
  now: Date,
  c: CoopSpec,
  people: ReportPeople,
  r: { back: 1 | 2; period: string; status: ReportStatus },
): Promise<void> {
  const { status } = r;
  const start = monthAfter(r.period);
  const createdAt = new Date(Math.min(start + DAY, now.getTime() - 6 * HOUR));
  const submittedAt = new Date(Math.min(start + (3 + (people.coopIndex % 5)) * DAY, now.getTime() - 4 * HOUR));
  const decidedAt = new Date(Math.min(submittedAt.getTime() + 2 * DAY, now.getTime() - 2 * HOUR));
  const sent = status !== "DRAFT";
  const returned: Returned | undefined =
    status === "RETURNED"
      ? (c.returned ?? { fields: ["gerai.omzet"], comment: "Mohon periksa lagi omzet gerai bulan ini." })
      : undefined;
  const report = await tx.monthlyReport.create({
    data: {
      coopId: people.coopId,
      period: r.period,
      status,
      version: sent ? 1 : 0,
      rev: status === "DRAFT" ? 1 : status === "SUBMITTED" ? 2 : 3,
      flagged: returned?.fields ?? [],
      submittedById: sent ? people.submitterId : null,
      submittedAt: sent ? submittedAt : null,
      acceptedAt: status === "ACCEPTED" ? decidedAt : null,
      createdAt,
    },
  });
  await seedReportValues(tx, report.id, c, r, people.boardSize);
  const events: Array<{ actorId: number; action: string; at: Date; field?: string; after?: string }> = [
    { actorId: people.submitterId, action: "CREATED", at: createdAt },
  ];
  if (sent) events.push({ actorId: people.submitterId, action: "SUBMITTED", at: submittedAt });
  if (status === "ACCEPTED" || returned) {
    const comment = returned ? { field: returned.fields.join(","), after: returned.comment } : {};
    events.push({ actorId: people.reviewerId, action: status, at: decidedAt, ...comment });
    await seedReview(tx, report.id, people.reviewerId, status, returned, decidedAt);
  }
  await tx.reportEvent.createMany({ data: events.map((e) => ({ reportId: report.id, version: 1, ...e })) });
}

/** The report's figures (a draft holds only its first unit group's). */
async function seedReportValues(
  tx: Tx,
  reportId: number,
  c: CoopSpec,
  r: { back: 1 | 2; status: ReportStatus },
  boardSize: number,
): Promise<void> {
  let values = [...figures(c, r.back, boardSize)];
  if (r.status === "DRAFT") {
    const firstGroup = UNIT_GROUP[c.units.find((u) => UNIT_GROUP[u])!];
    values = values.filter(([k]) => k.startsWith(`${firstGroup}.`));
  }
  await tx.reportValue.createMany({
    data: values.map(([field, v]) => ({ reportId, field, ...(typeof v === "bigint" ? { intValue: v } : { text: v }) })),
    skipDuplicates: true,
  });
}

async function seedReview(
  tx: Tx,
  reportId: number,
  reviewerId: number,
  decision: ReportStatus,
  returned: Returned | undefined,
  at: Date,
): Promise<void> {
  await tx.reportReview.create({
    data: {
      reportId,
      reviewerId,
      decision,
      fields: returned?.fields ?? [],
      comment: returned?.comment ?? null,
      version: 1,
      at,
    },
  });
}

/** Help requests with their threads (each only when the coop's requester has not asked it yet). */
export async function seedHelpRequests(tx: Tx, now: Date, ids: DemoIds, pengurus: Pengurus[]): Promise<void> {
  for (const [n, h] of HELP.entries()) {
    const coopId = ids.coops[h.coop]!;
    const requester = pengurus.find((p) => p.coop === h.coop)!;
    const requesterId = ids.users.get(requester.telegramId)!;
    if (await tx.helpRequest.findFirst({ where: { coopId, requesterId, text: h.text } })) continue;
    const route = helpRoute(COOPS[h.coop]!, h, ids);
    const createdAt = new Date(now.getTime() - h.ageHours * HOUR);
    const requestId = await createHelpRequest(tx, now, h, { coopId, requesterId, createdAt, ...route });
    await tx.helpMessage.createMany({
      data: threadRows(h, { requesterId, requesterTg: requester.telegramId, createdAt, ...route }).map(
        ({ at, ...r }, k) => ({
          ...r,
          requestId,
          srcMessageId: 900_000 + n * 100 + k,
          deliveredAt: at,
          createdAt: at,
        }),
      ),
    });
  }
}

interface HelpRoute {
  role: "BA" | "PMO" | "ADMIN";
  toId: number | null;
  /** who takes and answers it */
  helperId: number;
  helperTg: bigint;
}

/** The coop's BA; the PMO when escalated or in Kubu Raya without a BA; else the admin. */
function helpRoute(c: CoopSpec, h: HelpSpec, ids: DemoIds): HelpRoute {
  const kubuRaya = c.villageCode.startsWith(`${KUBU_RAYA}.`);
  const ba = c.ba ? STAFF.find((s) => s.key === c.ba)! : undefined;
  const escalated = h.status === "ESCALATED";
  const route =
    escalated || (!ba && kubuRaya)
      ? { role: "PMO" as const, toId: null }
      : ba
        ? { role: "BA" as const, toId: ids.staff.get(ba.key)! }
        : { role: "ADMIN" as const, toId: null };
  const helper =
    route.role === "BA"
      ? ba!
      : route.role === "PMO"
        ? STAFF.find((s) => s.key === "hendra")!
        : STAFF.find((s) => s.key === "admin")!;
  return { ...route, helperId: ids.staff.get(helper.key)!, helperTg: helper.telegramId };
}

async function createHelpRequest(
  tx: Tx,
  now: Date,
  h: HelpSpec,
  o: HelpRoute & { coopId: number; requesterId: number; createdAt: Date },
): Promise<number> {
  const { createdAt } = o;
  const escalated = h.status === "ESCALATED";
  const taken = ["ASSIGNED", "ANSWERED", "CLOSED"].includes(h.status);
  const answered = h.status === "ANSWERED" || h.status === "CLOSED";
  const req = await tx.helpRequest.create({
    data: {
      coopId: o.coopId,
      requesterId: o.requesterId,
      category: h.category,
      text: h.text,
      status: h.status,
      assigneeId: taken ? o.helperId : null,
      routedRole: o.role,
      routedToId: o.toId,
      // open ones are not overdue yet (no escalation right after the seed)
      dueAt: new Date(taken ? createdAt.getTime() + 24 * HOUR : now.getTime() + Math.max(24 - h.ageHours, 6) * HOUR),
      escalatedAt: escalated ? new Date(now.getTime() - 2 * HOUR) : null,
      escalationLevel: escalated ? 1 : 0,
      takenAt: taken ? new Date(createdAt.getTime() + 2 * HOUR) : null,
      answeredAt: answered ? new Date(createdAt.getTime() + 5 * HOUR) : null,
      closedAt: h.status === "CLOSED" ? new Date(createdAt.getTime() + 30 * HOUR) : null,
      rating: h.rating ?? null,
      createdAt,
    },
  });
  return req.id;
}

/** The request card shown to the helper, then the thread's messages four hours apart. */
function threadRows(
  h: HelpSpec,
  o: { requesterId: number; requesterTg: bigint; helperId: number; helperTg: bigint; createdAt: Date },
) {
  const { requesterId, requesterTg, helperId, helperTg, createdAt } = o;
  return [
    // the request card shown to the helper (not a real message in any chat: no dstMessageId)
    {
      fromUserId: requesterId,
      direction: "TO_HELPER",
      kind: "CARD",
      text: h.text,
      srcChatId: requesterTg,
      dstChatId: helperTg,
      at: createdAt,
    },
    ...(h.thread ?? []).map(([fromHelper, text], k) => ({
      fromUserId: fromHelper ? helperId : requesterId,
      direction: fromHelper ? "TO_REQUESTER" : "TO_HELPER",
      kind: "TEXT",
      text,
      srcChatId: fromHelper ? helperTg : requesterTg,
      dstChatId: fromHelper ? requesterTg : helperTg,
      at: new Date(createdAt.getTime() + (k + 1) * 4 * HOUR),
    })),
  ];
}
