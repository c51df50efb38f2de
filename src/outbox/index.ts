// Durable, throttled outbound queue: enqueue rendered messages; one worker drains them.
export { enqueue, enqueueMany, type OutboxItem, type OutboxDb } from "./enqueue.ts";
export { drainOutbox, createDrainState, recoverStale, hasDueRows, realSleep, type DrainOptions, type DrainResult, type DrainState, type Sleep } from "./worker.ts";
export { startOutboxLoop, OUTBOX_JOB, type OutboxLoop, type OutboxLoopOptions } from "./loop.ts";
