import { callbackData, ID } from "../../callback-data.ts";

/** c = coop detail, b = a BA's coops (for supervisors) */
export const wsCb = callbackData("ws", ["kind", "id"] as const, { kind: /^[cb]$/, id: ID });

/** A page of a BA's rostered coops not yet on the bot: "wg:<baId>:<page>". */
export const wsGapCb = callbackData("wg", ["baId", "page"] as const, { baId: ID, page: /^\d{1,4}$/ });
