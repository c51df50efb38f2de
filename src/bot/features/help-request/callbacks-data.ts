// Moved to src/outbox/help/callbacks-data.ts (jobs render help cards too); kept for imports.
export * from "../../../outbox/help/callbacks-data.ts";
