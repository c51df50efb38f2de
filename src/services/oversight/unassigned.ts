// ACTIVE coops without a BA in a PMO's kab/kota (all for an admin), by name.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { type Overseer, overseenWhere } from "./scope.ts";

const where = (user: Overseer) => ({ ...overseenWhere(user), status: "ACTIVE" as const, assignedBaId: null });

export function unassignedCount(prisma: PrismaClient, user: Overseer): Promise<number> {
  return prisma.cooperative.count({ where: where(user) });
}

export function unassignedCoops(prisma: PrismaClient, user: Overseer, page: { skip: number; take: number }) {
  return prisma.cooperative.findMany({
    where: where(user),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: page.skip,
    take: page.take,
  });
}
