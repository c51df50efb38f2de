// The app's scheduled jobs. Add a job here; the scheduler runs each one under its own lease.
import type { Outbound } from "../bot/features/help-request/deliver.ts";
import type { Logger } from "../logger.ts";
import { runSlaSweep } from "./sla-sweep.ts";
import { startScheduler, type Job, type Scheduler } from "./scheduler.ts";

export function appJobs(out: Outbound): Job[] {
  return [{ name: "help-sla-sweep", cron: "*/5 * * * *", leaseMs: 4 * 60_000, run: () => runSlaSweep(out) }];
}

export function startJobs(out: Outbound & { deps: { logger: Logger } }): Scheduler {
  return startScheduler({ prisma: out.deps.prisma, clock: out.deps.clock, logger: out.deps.logger }, appJobs(out));
}
