// A person's memberships (ACTIVE or still PENDING) for the entry points of features, and the one
// decision on a PENDING membership (a join request, a roster claim).
import type { Cooperative, Membership, Prisma, PrismaClient, User } from "../generated/prisma/client.ts";

/** ACTIVE and PENDING memberships with their coop, oldest first. */
export function openMemberships(prisma: PrismaClient, userId: number) {
  return prisma.membership.findMany({
    where: { userId, status: { in: ["ACTIVE", "PENDING"] } },
    include: { coop: true },
    orderBy: { id: "asc" },
  });
}

export function countMemberships(
  prisma: PrismaClient,
  userId: number,
  statuses: Array<"ACTIVE" | "PENDING">,
): Promise<number> {
  return prisma.membership.count({ where: { userId, status: { in: statuses } } });
}

export type MembershipWithCoop = Membership & { user: User; coop: Cooperative };

export type MembershipDecision =
  { kind: "decided"; membership: MembershipWithCoop } | { kind: "already_decided"; membership: MembershipWithCoop };

export interface Decision {
  membershipId: number;
  decider: User;
  approve: boolean;
  at: Date;
}

/** The audit row of a decision: its action, what it adds to the new status, its time (default: the database's). */
export interface DecisionAudit {
  action: string;
  after?: Prisma.InputJsonObject;
  at?: Date;
}

/**
 * A PENDING membership becomes ACTIVE (approve) or REJECTED, once: when another decider came first
 * it is already_decided, unchanged. The move is audited.
 */
export async function decideMembership(
  tx: Prisma.TransactionClient,
  d: Decision,
  audit: DecisionAudit,
): Promise<MembershipDecision> {
  const moved = await tx.membership.updateMany({
    where: { id: d.membershipId, status: "PENDING" },
    data: { status: d.approve ? "ACTIVE" : "REJECTED", decidedById: d.decider.id, decidedAt: d.at },
  });
  const after = await tx.membership.findUniqueOrThrow({
    where: { id: d.membershipId },
    include: { user: true, coop: true },
  });
  if (moved.count === 0) return { kind: "already_decided", membership: after };
  await tx.auditLog.create({
    data: {
      actorId: d.decider.id,
      action: audit.action,
      entity: "Membership",
      entityId: String(d.membershipId),
      before: { status: "PENDING" },
      after: { status: after.status, ...audit.after },
      at: audit.at,
    },
  });
  return { kind: "decided", membership: after };
}
