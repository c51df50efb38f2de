// The app's scheduled jobs. Add a job here; the scheduler runs each one under its own lease.
// The outbox drain is not a cron job: a loop looks about once a second (under its own lease too).
import type { Api } from "grammy";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Outbound } from "../bot/features/help-request/deliver.ts";
import type { Logger } from "../logger.ts";
import { runSlaSweep } from "./sla-sweep.ts";
import { runReportReminders } from "./report-reminders.ts";
import { runRetentionPurge } from "./retention.ts";
import { startScheduler, type Job, type Scheduler } from "./scheduler.ts";
import { startOutboxLoop } from "../outbox/loop.ts";

export function appJobs(out: Outbound): Job[] {
  return [
    { name: "help-sla-sweep", cron: "*/5 * * * *", leaseMs: 4 * 60_000, run: () => runSlaSweep(out) },
    // reminders only queue messages (the outbox sends them); a run over 80,000 coops takes minutes at most
    // UU PDP retention (jobs/retention.ts): daily at 02:17 server time
    { name: "retention-purge", cron: "17 2 * * *", leaseMs: 30 * 60_000, run: () => runRetentionPurge(out.deps.prisma, out.deps.clock.now()) },
    { name: "report-reminders", cron: "*/15 * * * *", leaseMs: 14 * 60_000, run: () => runReportReminders({ deps: out.deps, t: (l, k, v) => out.notifier.t(l, k, v) }) },
  ];
}

/** `outboxApi`: an Api without auto-retry (the outbox worker handles 429/5xx); omit it to not drain. */
export function startJobs(out: Outbound & { deps: { logger: Logger }; outboxApi?: Api }): Scheduler {
  const { prisma, clock, logger, config } = out.deps;
  const holder = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const scheduler = startScheduler({ prisma, clock, logger }, appJobs(out), holder);
  const outbox = out.outboxApi ? startOutboxLoop({ prisma, api: out.outboxApi, clock, logger, holder, budgetPerSecond: config.outboxRate }) : undefined;
  return {
    runNow: (name) => scheduler.runNow(name),
    async stop() {
      await Promise.all([scheduler.stop(), outbox?.stop()]);
    },
  };
}
