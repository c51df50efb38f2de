// The app's scheduled jobs. Add a job here; the scheduler runs each one under its own lease.
// The outbox drain is not a cron job: a loop looks about once a second (under its own lease too).
import type { Api } from "grammy";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Deps } from "../deps.ts";
import type { Outbound } from "../messages/help/deliver.ts";
import { runSlaSweep } from "./sla-sweep.ts";
import { runReportReminders } from "./report-reminders.ts";
import { runReviewSla } from "./review-sla.ts";
import { runVisitFollowUps } from "./visit-follow-ups.ts";
import { BROADCAST_PROGRESS_JOB, runBroadcastProgress } from "./broadcast-progress.ts";
import { RECAP_JOB, runRecapDelivery } from "./recap-delivery.ts";
import { runRetentionPurge } from "./retention.ts";
import { startScheduler, type Job, type Scheduler } from "./scheduler.ts";
import { startOutboxLoop } from "../outbox/loop.ts";
import { startPeerWake } from "../outbox/peer-wake.ts";
import { registerOutboxHooks } from "../messages/outbox-hooks.ts";
import { DELIVERY_REPORTS_JOB, runDeliveryReports } from "./delivery-reports.ts";

/** What jobs need: the DB, clock, config, logger, and translations in a recipient's language. */
export type JobsEnv = Outbound & { deps: Pick<Deps, "prisma" | "clock" | "config" | "logger"> };

/** `api` edits broadcast progress messages (the outbox's Api: an edit is not a queued message). */
export function appJobs(out: JobsEnv, api?: Api): Job[] {
  return [
    { name: "help-sla-sweep", cron: "*/5 * * * *", leaseMs: 4 * 60_000, run: () => runSlaSweep(out) },
    // reminders only queue messages (the outbox sends them); a run over 80,000 coops takes minutes at most
    // UU PDP retention (jobs/retention.ts): daily at 02:17 server time
    {
      name: "retention-purge",
      cron: "17 2 * * *",
      leaseMs: 30 * 60_000,
      run: () => runRetentionPurge(out.deps.prisma, out.deps.clock.now()),
    },
    {
      name: "report-reminders",
      cron: "*/15 * * * *",
      leaseMs: 14 * 60_000,
      run: () => runReportReminders({ deps: out.deps, t: (l, k, v) => out.notifier.t(l, k, v) }),
    },
    // oversight: review SLA (BA, then PMO) and visit follow-ups, both queued through the outbox
    {
      name: "review-sla",
      cron: "*/15 * * * *",
      leaseMs: 14 * 60_000,
      run: () => runReviewSla({ deps: out.deps, t: (l, k, v) => out.notifier.t(l, k, v) }),
    },
    {
      name: "visit-follow-ups",
      cron: "*/15 * * * *",
      leaseMs: 14 * 60_000,
      run: () => runVisitFollowUps({ deps: out.deps, t: (l, k, v) => out.notifier.t(l, k, v) }),
    },
    // what actually happened to queued nudges and notices, told to whoever queued them (issue 23.2)
    {
      name: DELIVERY_REPORTS_JOB,
      cron: "*/5 * * * * *",
      leaseMs: 30_000,
      run: () => runDeliveryReports({ deps: out.deps, t: (l, k, v) => out.notifier.t(l, k, v) }),
    },
    // broadcasts: edit the senders' progress messages every 5 seconds, final report when done
    ...(api
      ? [
          {
            name: BROADCAST_PROGRESS_JOB,
            cron: "*/5 * * * * *",
            leaseMs: 30_000,
            run: () => runBroadcastProgress({ deps: out.deps, api, t: (l, k, v) => out.notifier.t(l, k, v) }),
          },
        ]
      : []),
    // monthly recaps (RECAP_DAY / RECAP_HOUR, recipient's zone); also run once at start to catch up
    {
      name: RECAP_JOB,
      cron: "7,22,37,52 * * * *",
      leaseMs: 14 * 60_000,
      run: () => runRecapDelivery({ deps: out.deps, t: (l, k, v) => out.notifier.t(l, k, v) }),
    },
  ];
}

/** `outboxApi`: an Api without auto-retry (the outbox worker handles 429/5xx); omit it to not drain. */
export function startJobs(out: JobsEnv & { outboxApi?: Api }): Scheduler {
  const { prisma, clock, logger, config } = out.deps;
  registerOutboxHooks(); // a process that only runs jobs still drains the outbox
  const holder = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const scheduler = startScheduler({ prisma, clock, logger }, appJobs(out, out.outboxApi), holder);
  // a recap missed while the bot was down goes out now, not at the next tick (once: RecapDelivery)
  void scheduler.runNow(RECAP_JOB);
  const outbox = out.outboxApi
    ? startOutboxLoop({
        prisma,
        api: out.outboxApi,
        clock,
        logger,
        holder,
        budgetPerSecond: config.outboxRate,
        paidPerSecond: config.paidBroadcastRate,
        t: (l, k, v) => out.notifier.t(l, k, v),
      })
    : undefined;
  // PostgreSQL: interactive rows enqueued by other workers/instances wake this loop (NOTIFY), and
  // rows enqueued here wake theirs; the poll above stays the fallback
  // (a direct connection: LISTEN does not survive PgBouncer in transaction mode)
  const listenUrl = config.databaseUrl && (config.databaseDirectUrl ?? config.databaseUrl);
  const peers = listenUrl ? startPeerWake({ databaseUrl: listenUrl, holder, logger }) : undefined;
  return {
    runNow: (name) => scheduler.runNow(name),
    async stop() {
      await Promise.all([scheduler.stop(), outbox?.stop(), peers?.stop()]);
    },
  };
}
