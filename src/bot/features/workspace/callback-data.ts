import { callbackData, ID } from "../../callback-data.ts";

/** c = coop detail, b = a BA's coops (for supervisors) */
export const wsCb = callbackData("ws", ["kind", "id"] as const, { kind: /^[cb]$/, id: ID });

/** a page of a BA's coops: the BA and the offset of the first coop shown */
export const wsPageCb = callbackData("wsp", ["ba", "from"] as const, { ba: ID, from: /^\d{1,4}$/ });

/** A page of a BA's rostered coops not yet on the bot: "wg:<baId>:<page>". */
export const wsGapCb = callbackData("wg", ["baId", "page"] as const, { baId: ID, page: /^\d{1,4}$/ });
