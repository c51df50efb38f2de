// Several webhook workers on one port (WORKERS=N|auto): the primary process forks N copies of the
// app with node:cluster (they share the listening socket; the primary hands connections out in
// turn), restarts a worker that dies with a growing delay, and on SIGTERM/SIGINT passes SIGTERM to
// every worker and waits for them to finish their updates. Each worker opens its own PostgreSQL
// pool and runs its own jobs and outbox loop; the JobLease rows pick one holder per job, the
// update claims (services/update-claims.ts) one handler per update, and conversation state lives
// in the database, so a chat may move between workers mid-wizard.
// Not for polling (Telegram serves getUpdates to one consumer) nor for the embedded database
// (PGlite is one process's memory over one directory): both run one worker and say so.
import cluster, { type Worker } from "node:cluster";
import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";

export interface WorkerPlan {
  workers: number;
  /** why fewer workers run than WORKERS asked for */
  notice?: string;
}

/** How many workers to run for this configuration on a machine with `cores` cores. */
export function planWorkers(
  config: Pick<Config, "workers" | "botMode" | "databaseUrl" | "botToken">,
  cores: number,
): WorkerPlan {
  const asked = config.workers === "auto" ? Math.max(1, cores) : config.workers;
  if (asked <= 1) return { workers: 1 };
  const one = (why: string) => ({ workers: 1, notice: `WORKERS=${config.workers} (${asked}): ${why}; running 1` });
  if (!config.botToken) return one("the simulator (no BOT_TOKEN) runs one process");
  if (config.botMode !== "webhook")
    return one("polling stays one instance (Telegram answers getUpdates to one consumer); use BOT_MODE=webhook");
  if (!config.databaseUrl)
    return one("the embedded database (no DATABASE_URL) cannot be shared between processes; set DATABASE_URL");
  return { workers: asked };
}

/** Delay before restarting a worker that has died `failures` times in a row (1 s, 2 s, 4 s … 30 s). */
export function restartDelayMs(failures: number): number {
  return Math.min(RESTART_MAX_MS, RESTART_MIN_MS * 2 ** Math.max(0, failures - 1));
}

const RESTART_MIN_MS = 1_000;
const RESTART_MAX_MS = 30_000;
/** a worker that ran this long before dying was healthy: its next restart waits the shortest delay */
const HEALTHY_AFTER_MS = 60_000;
/** workers still running this long after SIGTERM are killed */
const STOP_TIMEOUT_MS = 20_000;

/** The env variable a worker finds its slot number in (1..N, kept across restarts; in its log lines). */
export const WORKER_SLOT_ENV = "KDKMP_WORKER";

/** Message a worker sends the primary once it serves updates. */
export interface WorkerReady {
  kdkmp: "ready";
  port: number;
}

interface Slot {
  n: number;
  worker?: Worker;
  startedAt: number;
  failures: number;
  restart?: NodeJS.Timeout;
}

export function runPrimary(count: number, logger: Logger): void {
  const slots: Slot[] = Array.from({ length: count }, (_, i) => ({ n: i + 1, startedAt: 0, failures: 0 }));
  let stopping = false;
  let ready = 0;
  const live = () => slots.filter((s) => s.worker && !s.worker.isDead());

  const fork = (slot: Slot) => {
    slot.restart = undefined;
    slot.startedAt = Date.now();
    const worker = cluster.fork({ [WORKER_SLOT_ENV]: String(slot.n) });
    slot.worker = worker;
    worker.on("message", (m: WorkerReady) => {
      if (m?.kdkmp !== "ready") return;
      logger.info({ worker: slot.n, pid: worker.process.pid }, "worker ready");
      ready += 1;
      if (ready === count) logger.info({ workers: count, port: m.port }, "all workers started");
    });
    worker.on("exit", (code, signal) => {
      if (stopping) {
        if (live().length === 0) {
          logger.info("stopped");
          process.exit(0);
        }
        return;
      }
      slot.failures = Date.now() - slot.startedAt > HEALTHY_AFTER_MS ? 1 : slot.failures + 1;
      const delay = restartDelayMs(slot.failures);
      logger.error({ worker: slot.n, code, signal, restartInMs: delay }, "worker died; restarting it");
      slot.restart = setTimeout(() => fork(slot), delay);
    });
  };

  const stop = (signal: string) => {
    if (stopping) {
      // second signal: leave now
      for (const s of live()) s.worker!.process.kill("SIGKILL");
      process.exit(130);
    }
    stopping = true;
    logger.info({ signal, workers: live().length }, "shutting down: stopping the workers");
    for (const s of slots) clearTimeout(s.restart);
    if (live().length === 0) process.exit(0);
    for (const s of live()) s.worker!.process.kill("SIGTERM");
    setTimeout(() => {
      for (const s of live()) s.worker!.process.kill("SIGKILL");
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  logger.info({ workers: count }, "starting webhook workers");
  slots.forEach(fork);
}
