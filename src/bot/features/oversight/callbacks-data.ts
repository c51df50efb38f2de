// The oversight codec is shared with jobs (visit follow-ups): src/messages/oversight-callbacks.ts.
export * from "../../../messages/oversight-callbacks.ts";
