// A JobLease row per job name: only the instance holding an unexpired lease runs the job.
// Taking it is one conditional UPDATE (free or expired or already ours), or the first INSERT.
import type { Clock } from "../lib/clock.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { Prisma } from "../generated/prisma/client.ts";

export async function tryAcquireLease(
  prisma: PrismaClient,
  name: string,
  holder: string,
  now: Date,
  ttlMs: number,
): Promise<boolean> {
  const until = new Date(now.getTime() + ttlMs);
  const taken = await prisma.jobLease.updateMany({
    where: { name, OR: [{ until: { lte: now } }, { holder }] },
    data: { holder, until },
  });
  if (taken.count === 1) return true;
  try {
    await prisma.jobLease.create({ data: { name, holder, until } });
    return true;
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return false; // someone else holds it
    throw e;
  }
}

export async function releaseLease(prisma: PrismaClient, name: string, holder: string, now: Date): Promise<void> {
  await prisma.jobLease.updateMany({ where: { name, holder }, data: { until: now } });
}

/** Run `fn` only if this holder gets the lease; the lease is released afterwards. */
export async function runWithLease<T>(
  prisma: PrismaClient,
  clock: Clock,
  name: string,
  holder: string,
  ttlMs: number,
  fn: () => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false }> {
  if (!(await tryAcquireLease(prisma, name, holder, clock.now(), ttlMs))) return { ran: false };
  try {
    return { ran: true, result: await fn() };
  } finally {
    await releaseLease(prisma, name, holder, clock.now());
  }
}
