// Moved to src/outbox/help/deliver.ts (help messages go through the outbox); kept for imports.
export * from "../../../outbox/help/deliver.ts";
