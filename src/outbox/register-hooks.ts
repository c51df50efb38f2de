// The outcome hooks every worker runs (imported by worker.ts, so a process that only drains the
// outbox still records help threads and re-routes help cards). Add a line per feature.
import { onOutcome } from "./hooks.ts";
import { helpOutcome } from "./help/outcome.ts";

onOutcome("help:", helpOutcome);
