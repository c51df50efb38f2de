// Moved to src/outbox/help/cards.ts (jobs and outcome hooks send cards too); kept for imports.
export * from "../../../outbox/help/cards.ts";
