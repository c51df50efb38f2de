import { callbackData, ID } from "../../callback-data.ts";

/** c = coop detail, b = a BA's coops (for supervisors) */
export const wsCb = callbackData("ws", ["kind", "id"] as const, { kind: /^[cb]$/, id: ID });
