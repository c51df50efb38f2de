// Scheduled jobs: node-cron triggers each job; a JobLease row makes sure only one instance runs it
// at a time (several app instances may share one PostgreSQL). Job bodies are plain functions of
// the current time, called directly by tests with a fake clock.
import { schedule, type ScheduledTask } from "node-cron";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Deps } from "../deps.ts";
import { runWithLease } from "../db/lease.ts";

export interface Job {
  name: string;
  /** cron expression, e.g. "every 5 minutes" = star-slash-5 and four stars */
  cron: string;
  /** longest a run may take before another instance may start it */
  leaseMs: number;
  run(): Promise<unknown>;
}

export interface Scheduler {
  /** run one job now (under its lease), as the cron trigger would */
  runNow(name: string): Promise<unknown>;
  stop(): Promise<void>;
}

export function startScheduler(
  env: Pick<Deps, "prisma" | "clock" | "logger">,
  jobs: Job[],
  holder = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`,
): Scheduler {
  const running = new Set<Promise<unknown>>();
  const byName = new Map(jobs.map((j) => [j.name, j]));
  const tick = (job: Job) => {
    const p = runWithLease(env.prisma, env.clock, job.name, holder, job.leaseMs, job.run)
      .then((r) => {
        if (r.ran) env.logger.debug({ job: job.name, result: r.result }, "job done");
        return r;
      })
      .catch((e) => env.logger.error({ job: job.name, err: (e as Error).message }, "job failed"));
    running.add(p);
    void p.finally(() => running.delete(p));
    return p;
  };
  const tasks: ScheduledTask[] = jobs.map((job) =>
    schedule(job.cron, () => tick(job), { name: job.name, noOverlap: true }),
  );
  return {
    runNow(name) {
      const job = byName.get(name);
      if (!job) throw new Error(`no job ${name}`);
      return tick(job);
    },
    async stop() {
      for (const t of tasks) await t.destroy();
      await Promise.allSettled([...running]);
    },
  };
}
