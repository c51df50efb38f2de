// Broadcasts (/siaran): audience filters and their one-query count, starting (recipients as
// outbox rows in one statement), progress, cancel, acknowledgements. No Telegram here.
export * from "./filter.ts";
export { audienceSql, countAudience, audienceUserIds, type AudienceResult } from "./audience.ts";
export {
  BROADCAST_MAX,
  checkContent,
  sendCall,
  contentText,
  type BroadcastContent,
  type ContentCheck,
  type SendCall,
} from "./content.ts";
export { RECIPIENT_ZONE, instantIn, earliestInstant, zoneOfSender, parseLocalTime, type SendAt } from "./send-at.ts";
export { startBroadcast, recipientKey, type StartInput, type StartResult } from "./start.ts";
export { broadcastProgress, type Progress } from "./progress.ts";
export {
  runningBroadcasts,
  finishIfDone,
  setProgressMessage,
  cancelBroadcast,
  recentBroadcasts,
  recordAck,
  broadcastFor,
  type CancelResult,
  type BroadcastSummary,
  type AckResult,
} from "./manage.ts";
export { groupOf } from "./outbox-group.ts";
export { describeFilter, progressText, finalText, statusLine, regionName, short } from "./render.ts";
export {
  FREE_BROADCAST_LIMIT,
  STARS_PER_PAID_MESSAGE,
  paidEstimate,
  formatDuration,
  markPaidRefused,
  type PaidEstimate,
  type PaidRefusedNotice,
} from "./paid.ts";
