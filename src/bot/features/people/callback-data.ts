// Buttons of search results' cards and coop changes (strictly parsed; anything else is forged).
import { callbackData, ID } from "../../callback-data.ts";

/** c = open coop card, p = open person card, r = change role, e = edit coop, d = deactivate, a = activate */
export const cardCb = callbackData("pc", ["kind", "id"] as const, { kind: /^[cprdea]$/, id: ID });
/** the proposed new ketua answers a handover: y / n */
export const handoverCb = callbackData("ho", ["id", "answer"] as const, { id: ID, answer: /^[yn]$/ });
/** /keluar: a = ask to confirm for this coop, y = confirmed, n = keep */
export const leaveCb = callbackData("lv", ["coopId", "step"] as const, { coopId: ID, step: /^[ayn]$/ });
