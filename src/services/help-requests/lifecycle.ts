// Help request life cycle: OPEN → ASSIGNED (Ambil) → ANSWERED (first reply from a helper) →
// CLOSED (Selesai), with ESCALATED when nobody takes it in time (see ../sla.ts). Every change is
// a conditional update, so two people pressing at once cannot both win. No Telegram here.
import type { HelpRequest, User } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/client.ts";
import type { Role } from "../../generated/prisma/enums.ts";
import type { HelpCategoryName } from "./numbers.ts";
import { routingTiers, tierAbove, type Tier } from "./routing.ts";
import { dueAtFrom, type SlaPolicy } from "../sla.ts";
import { canManageRegency } from "../roles.ts";

export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 1000;
const COMMENT_MAX = 500;

export type CreateResult = { kind: "not_member" } | { kind: "created"; request: HelpRequest; tiers: Tier[] };

export async function createHelpRequest(
  prisma: Db,
  input: {
    requesterId: number;
    coopId: number;
    category: HelpCategoryName;
    text: string;
    now: Date;
    policy: SlaPolicy;
  },
): Promise<CreateResult> {
  const m = await prisma.membership.findUnique({
    where: { userId_coopId: { userId: input.requesterId, coopId: input.coopId } },
    include: { coop: true },
  });
  if (!m || m.status !== "ACTIVE") return { kind: "not_member" };
  const tiers = await routingTiers(prisma, m.coop);
  const first = tiers[0];
  const request = await prisma.helpRequest.create({
    data: {
      coopId: m.coopId,
      requesterId: input.requesterId,
      category: input.category,
      text: input.text,
      routedRole: first?.role ?? "ADMIN",
      routedToId: first?.toId ?? null,
      dueAt: dueAtFrom(input.now, m.coop, input.policy),
      createdAt: input.now,
    },
  });
  await prisma.auditLog.create({
    data: {
      actorId: input.requesterId,
      action: "HELP_CREATED",
      entity: "HelpRequest",
      entityId: String(request.id),
      after: { coopId: m.coopId, category: input.category, routedRole: request.routedRole },
    },
  });
  return { kind: "created", request, tiers };
}

/** Record where the request ended up after delivery (a tier whose cards could not be delivered is skipped). */
export async function setRoute(prisma: Db, id: number, role: Tier["role"], toId: number | null): Promise<void> {
  await prisma.helpRequest.update({ where: { id }, data: { routedRole: role, routedToId: toId } });
}

export type TakeResult =
  { kind: "taken" } | { kind: "already_mine" } | { kind: "taken_by_other"; by: User | null } | { kind: "closed" };

export async function takeRequest(prisma: Db, actor: User, req: HelpRequest, now: Date): Promise<TakeResult> {
  if (req.status === "CLOSED") return { kind: "closed" };
  if (req.assigneeId === actor.id) return { kind: "already_mine" };
  const claimed = await prisma.helpRequest.updateMany({
    where: { id: req.id, assigneeId: null, status: { in: ["OPEN", "ESCALATED"] } },
    data: { assigneeId: actor.id, status: "ASSIGNED", takenAt: now },
  });
  if (claimed.count === 1) {
    await prisma.auditLog.create({
      data: {
        actorId: actor.id,
        action: "HELP_TAKEN",
        entity: "HelpRequest",
        entityId: String(req.id),
        before: { status: req.status },
      },
    });
    return { kind: "taken" };
  }
  const now2 = await prisma.helpRequest.findUniqueOrThrow({ where: { id: req.id }, include: { assignee: true } });
  if (now2.status === "CLOSED") return { kind: "closed" };
  if (now2.assigneeId === actor.id) return { kind: "already_mine" };
  return { kind: "taken_by_other", by: now2.assignee };
}

/** A helper's reply went out: the request is theirs if nobody had taken it, and it is answered. */
export async function markAnswered(prisma: Db, actor: User, req: HelpRequest, now: Date): Promise<void> {
  if (req.status === "CLOSED") return;
  await prisma.helpRequest.updateMany({
    where: { id: req.id, assigneeId: null, status: { in: ["OPEN", "ESCALATED"] } },
    data: { assigneeId: actor.id, takenAt: now },
  });
  await prisma.helpRequest.updateMany({
    where: { id: req.id, status: { not: "CLOSED" } },
    data: { status: "ANSWERED", ...(req.answeredAt ? {} : { answeredAt: now }) },
  });
}

export type CloseResult = { kind: "closed"; request: HelpRequest } | { kind: "already_closed" };

export async function closeRequest(prisma: Db, actor: User, req: HelpRequest, now: Date): Promise<CloseResult> {
  const done = await prisma.helpRequest.updateMany({
    where: { id: req.id, status: { not: "CLOSED" } },
    data: { status: "CLOSED", closedAt: now },
  });
  if (done.count === 0) return { kind: "already_closed" };
  await prisma.auditLog.create({
    data: {
      actorId: actor.id,
      action: "HELP_CLOSED",
      entity: "HelpRequest",
      entityId: String(req.id),
      before: { status: req.status },
    },
  });
  return { kind: "closed", request: await prisma.helpRequest.findUniqueOrThrow({ where: { id: req.id } }) };
}

export type RateResult =
  { kind: "rated" } | { kind: "already_rated"; rating: number } | { kind: "not_closed" } | { kind: "forbidden" };

export async function rateRequest(prisma: Db, actor: User, req: HelpRequest, rating: number): Promise<RateResult> {
  if (req.requesterId !== actor.id || !Number.isInteger(rating) || rating < 1 || rating > 5)
    return { kind: "forbidden" };
  if (req.status !== "CLOSED") return { kind: "not_closed" };
  const done = await prisma.helpRequest.updateMany({ where: { id: req.id, rating: null }, data: { rating } });
  if (done.count === 0) return { kind: "already_rated", rating: req.rating ?? rating };
  await prisma.auditLog.create({
    data: {
      actorId: actor.id,
      action: "HELP_RATED",
      entity: "HelpRequest",
      entityId: String(req.id),
      after: { rating },
    },
  });
  return { kind: "rated" };
}

export async function commentRequest(prisma: Db, actor: User, requestId: number, comment: string): Promise<boolean> {
  const done = await prisma.helpRequest.updateMany({
    where: { id: requestId, requesterId: actor.id, status: "CLOSED" },
    data: { ratingComment: comment.trim().slice(0, COMMENT_MAX) },
  });
  return done.count === 1;
}

export type ReassignResult =
  { kind: "reassigned"; ba: User } | { kind: "forbidden" } | { kind: "bad_ba" } | { kind: "closed" };

/** A PMO (own kab/kota) or admin hands a request to a BA of the coop's kab/kota; its SLA restarts. */
export async function reassignRequest(
  prisma: Db,
  by: User,
  req: HelpRequest & { coop: { regencyCode: string; provinceCode: string } },
  baId: number,
  now: Date,
  policy: SlaPolicy,
): Promise<ReassignResult> {
  if (!canManageRegency(by, req.coop.regencyCode)) return { kind: "forbidden" };
  if (req.status === "CLOSED") return { kind: "closed" };
  const ba = await prisma.user.findUnique({ where: { id: baId } });
  if (!ba || ba.role !== "BA" || ba.deletedAt || ba.regencyCode !== req.coop.regencyCode) return { kind: "bad_ba" };
  await prisma.helpRequest.update({
    where: { id: req.id },
    data: {
      routedRole: "BA",
      routedToId: ba.id,
      assigneeId: null,
      takenAt: null,
      status: "OPEN",
      escalationLevel: 0,
      remindedAt: null,
      dueAt: dueAtFrom(now, req.coop, policy),
    },
  });
  await prisma.auditLog.create({
    data: {
      actorId: by.id,
      action: "HELP_REASSIGNED",
      entity: "HelpRequest",
      entityId: String(req.id),
      before: { routedRole: req.routedRole, routedToId: req.routedToId, assigneeId: req.assigneeId },
      after: { baId: ba.id },
    },
  });
  return { kind: "reassigned", ba };
}

/**
 * A request card could not reach `role` (blocked, chat gone): when nobody of the tier the request is
 * routed to got or is still to get it, and nobody took it, the request moves one tier up (BA → PMO
 * → admins). Returns the request and the new tier (the caller sends the cards and tells the
 * requester), or undefined when it stays where it is.
 */
export async function rerouteUnreachable(prisma: Db, requestId: number, role: Role) {
  const req = await prisma.helpRequest.findUnique({
    where: { id: requestId },
    include: { coop: true, requester: true },
  });
  if (!req || req.assigneeId || (req.status !== "OPEN" && req.status !== "ESCALATED") || req.routedRole !== role)
    return undefined;
  // anyone else of this tier who got (or is still to get) the card keeps the request where it is
  const live = await prisma.helpMessage.findMany({
    where: { requestId: req.id, kind: "CARD", error: null, dstChatId: { not: null } },
    select: { dstChatId: true },
  });
  const reach =
    live.length === 0
      ? 0
      : await prisma.user.count({ where: { role: req.routedRole, telegramId: { in: live.map((l) => l.dstChatId!) } } });
  if (reach > 0) return undefined;
  const next = await tierAbove(prisma, req.routedRole, req.coop);
  if (!next) return undefined; // already at the top: it stays open in the admins' queue
  await setRoute(prisma, req.id, next.role, next.toId);
  return { req, from: req.routedRole, next };
}
