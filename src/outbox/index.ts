// The ONE outbound module: every message that is not a reply to the current update is queued here
// (durable, throttled, 429-aware, resumes after restart) and sent by one worker.
//   enqueue / enqueueMany   queue rendered messages (text with entities, photo/document by file id
//                           or stored Attachment, copyMessage); lane "interactive" (default) or "bulk"
//   storeAttachment         store a generated file once, send it to many
//   groupProgress / cancelGroup   progress counts and cancelling of a group ("bc:5")
//   outcomeOf / onOutcome   learn a row's outcome (sentMessageId), or be called when it is final
export {
  enqueue,
  enqueueMany,
  type OutboxItem,
  type TextItem,
  type FileItem,
  type CopyItem,
  type OutboxDb,
  type OutboxLane,
  type OutboxMethod,
} from "./enqueue.ts";
export {
  storeAttachment,
  groupProgress,
  cancelGroup,
  outcomeOf,
  type GroupProgress,
  type RowOutcome,
  type OutboxStatus,
} from "./groups.ts";
export {
  onOutcome,
  onPaidRefused,
  type Outcome,
  type OutcomeHook,
  type HookEnv,
  type FinalStatus,
  type PaidRefusal,
  type PaidRefusedHook,
} from "./hooks.ts";
export { wakeOutbox, onOutboxWake } from "./signal.ts";
export { drainOutbox } from "./worker.ts";
export {
  createDrainState,
  realSleep,
  DEFAULT_BULK_SHARE,
  DEFAULT_PAID_RATE,
  type DrainOptions,
  type DrainResult,
  type DrainState,
  type Sleep,
} from "./drain-run.ts";
export { recoverStale, hasDueRows } from "./claim.ts";
export { startOutboxLoop, OUTBOX_JOB, type OutboxLoop, type OutboxLoopOptions } from "./loop.ts";
