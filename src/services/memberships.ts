// A person's memberships (ACTIVE or still PENDING) for the entry points of features.
import type { PrismaClient } from "../generated/prisma/client.ts";

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
