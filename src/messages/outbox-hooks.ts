// The outbox hooks of the app: how a help copy ended (delivered, or re-routed one tier up) and a
// paid broadcast Telegram refused. createBot and startJobs both call this (a process that only runs
// jobs still drains the outbox); registering twice replaces a hook with itself. Add a line per hook.
import { onOutcome, onPaidRefused } from "../outbox/hooks.ts";
import { broadcastPaidRefused } from "./broadcast-paid.ts";
import { helpOutcome } from "./help/outcome.ts";
import { assignmentBaOutcome } from "./assignment-hold.ts";

export function registerOutboxHooks(): void {
  onOutcome("help:", helpOutcome);
  onPaidRefused("bc:", broadcastPaidRefused);
  onOutcome("asg-ba:", assignmentBaOutcome);
}
