// Callback data of help-request buttons (all ≤ 64 bytes, strictly parsed; anything else is forged).
import { callbackData, ID } from "../../lib/callback-data.ts";

/** t = take (Ambil), r = reply (Balas), c = close (Selesai), a = reassign menu (Alihkan), v = view */
export const helpCb = callbackData("hr", ["action", "id"] as const, { action: /^[trcav]$/, id: ID });
/** reassign request `id` to BA `baId` */
export const reassignCb = callbackData("hrb", ["id", "baId"] as const, { id: ID, baId: ID });
/** rating 1–5; 0 = no comment, thanks */
export const rateCb = callbackData("hrt", ["id", "score"] as const, { id: ID, score: /^[0-5]$/ });
/** "this message is for request id" (a message sent without choosing a request first) */
export const pickCb = callbackData("hp", ["id"] as const, { id: ID });
