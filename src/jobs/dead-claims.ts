// Start-up on the embedded database after a crash. PGlite admits one process per data directory
// (the lock file, src/db/lock.ts), so when the bot starts nobody else can be holding a JobLease or
// an outbox claim: whatever the database says is held was held by the process that died (kill -9,
// power loss). It is freed at once instead of when its lease runs out: the outbox drain lease
// (1 minute) and each claimed row's lease (2 minutes), during which a broadcast cut short by the
// crash would stand still. Claimed rows go back to PENDING and are sent again (the one duplicate
// window of src/outbox/worker.ts). On PostgreSQL other instances may be alive: leases run out.
import type { PrismaClient } from "../generated/prisma/client.ts";

export async function releaseDeadClaims(prisma: PrismaClient, now: Date): Promise<{ leases: number; outbox: number }> {
  const leases = await prisma.jobLease.updateMany({ where: { until: { gt: now } }, data: { until: now } });
  const outbox = await prisma.outbox.updateMany({
    where: { status: "SENDING" },
    data: { status: "PENDING", nextAttemptAt: now },
  });
  return { leases: leases.count, outbox: outbox.count };
}
