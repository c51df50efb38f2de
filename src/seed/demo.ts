// Demo data: ~20 cooperatives with real wilayah codes, their pengurus, 2 BAs with assignments, a
// PMO, a Dinas officer, an admin, monthly reports over the two months before `clock.now()` in
// mixed states, and a few help requests. Used by `npm run db:seed` (prisma/seed.ts), by the
// simulator on its first start (src/simulator/launch.ts) and by tests.
//
// Re-running is safe (one transaction, upserts by stable keys): demo people and coops get their
// demo identity back (names, roles, scope; a deleted demo user is restored), while activity —
// memberships, assignments, readiness, reports, help requests — is only added when missing, so
// what people did in the simulator is never overwritten.
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { ReportStatus } from "../generated/prisma/enums.ts";
import type { Clock } from "../lib/clock.ts";
import { getWilayah } from "../services/wilayah/index.ts";
import { COOPS, STAFF, pengurusList } from "./people.ts";
import { seedCoops, seedPengurus, seedStaff, type DemoIds } from "./demo-people.ts";
import { seedHelpRequests, seedReports } from "./demo-activity.ts";
import { seedOversightDemo } from "./oversight-demo.ts";
import { seedRecapDemo } from "./recap-demo.ts";
import { seedRosterDemo } from "./roster-demo.ts";

export { COOPS, STAFF, HELP, pengurusList } from "./people.ts";
export { demoCoopName } from "./demo-data.ts";

export interface SeedCounts {
  users: number;
  cooperatives: number;
  memberships: number;
  assignments: number;
  readinessItems: number;
  reports: number;
  reportValues: number;
  helpRequests: number;
  helpMessages: number;
  /** demo reports per status (both months) */
  reportsByStatus: Record<ReportStatus, number>;
}

/** Writes the demo data (idempotent) and returns how many demo rows the database now holds. */
export async function seedDemo(prisma: PrismaClient, clock: Clock): Promise<SeedCounts> {
  const now = clock.now();
  const w = getWilayah();
  for (const c of COOPS)
    if (!w.village(c.villageCode)) throw new Error(`demo data: unknown village code ${c.villageCode}`);
  const pengurus = pengurusList();

  await prisma.$transaction(
    async (tx) => {
      const staff = await seedStaff(tx, now);
      const users = await seedPengurus(tx, now, pengurus);
      const ids: DemoIds = { staff, users, coops: await seedCoops(tx, now, { staff, users }, pengurus) };
      await seedReports(tx, now, ids, pengurus);
      await seedHelpRequests(tx, now, ids, pengurus);
      // in the same transaction: nobody (a job, a /rekap) ever sees part of the demo data
      await seedOversightDemo(tx, clock);
      await seedRecapDemo(tx, now); // more coops and months in the Dinas officer's province, for /rekap
      await seedRosterDemo(tx, now); // the official roster of Kubu Raya: some coops on the bot, others not yet
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return countDemo(prisma);
}

/** How many demo rows the database holds now. */
export async function countDemo(prisma: PrismaClient): Promise<SeedCounts> {
  const telegramIds = [...STAFF.map((s) => s.telegramId), ...pengurusList().map((p) => p.telegramId)];
  const coop = { villageCode: { in: COOPS.map((c) => c.villageCode) } };
  const byStatus = await prisma.monthlyReport.groupBy({ by: ["status"], where: { coop }, _count: { _all: true } });
  const reportsByStatus: Record<ReportStatus, number> = { DRAFT: 0, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 0 };
  for (const s of byStatus) reportsByStatus[s.status] = s._count._all;
  return {
    users: await prisma.user.count({ where: { telegramId: { in: telegramIds } } }),
    cooperatives: await prisma.cooperative.count({ where: coop }),
    memberships: await prisma.membership.count({ where: { coop } }),
    assignments: await prisma.assignment.count({ where: { coop } }),
    readinessItems: await prisma.readinessItem.count({ where: { coop } }),
    reports: await prisma.monthlyReport.count({ where: { coop } }),
    reportValues: await prisma.reportValue.count({ where: { report: { coop } } }),
    helpRequests: await prisma.helpRequest.count({ where: { coop } }),
    helpMessages: await prisma.helpMessage.count({ where: { request: { coop } } }),
    reportsByStatus,
  };
}

/** True when there is no cooperative at all (a fresh database): the simulator then seeds. */
export async function isEmptyDatabase(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.cooperative.count()) === 0;
}

/** One line for people: "20 koperasi, 46 pengguna, 31 laporan, 6 permintaan bantuan". */
export function describeCounts(c: SeedCounts): string {
  return `${c.cooperatives} koperasi, ${c.users} pengguna, ${c.reports} laporan bulanan, ${c.helpRequests} permintaan bantuan`;
}
