import { callbackData, ID } from "../../callback-data.ts";

/** c = coop detail, b = a BA's coops (for supervisors) */
export const wsCb = callbackData("ws", ["kind", "id"] as const, { kind: /^[cb]$/, id: ID });

/** a page of a BA's coops: the BA and the offset of the first coop shown */
export const wsPageCb = callbackData("wsp", ["ba", "from"] as const, { ba: ID, from: /^\d{1,4}$/ });
