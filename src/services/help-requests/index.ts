// Help requests: numbers, routing, access, life cycle, message log, lists, relay state.
export * from "./numbers.ts";
export * from "./routing.ts";
export * from "./access.ts";
export * from "./lifecycle.ts";
export * from "./messages.ts";
export * from "./queries.ts";
export * from "./relay-state.ts";
