// The outcome hooks every worker runs (imported by worker.ts, so a process that only drains the
// outbox still records help threads and re-routes help cards). Add a line per feature.
import { onOutcome, onPaidRefused } from "./hooks.ts";
import { helpOutcome } from "./help/outcome.ts";
import { broadcastPaidRefused } from "./broadcast-paid.ts";
import { assignmentBaOutcome } from "./assignment-hold.ts";

onOutcome("help:", helpOutcome);
onPaidRefused("bc:", broadcastPaidRefused);
onOutcome("asg-ba:", assignmentBaOutcome);
