// Callback data of help-request buttons (all ≤ 64 bytes, strictly parsed; anything else is forged).
import { callbackData, ID } from "../../callback-data.ts";
import { wizardData } from "../../kit/index.ts";

/** t = take (Ambil), r = reply (Balas), c = close (Selesai), a = reassign menu (Alihkan), v = view */
export const helpCb = callbackData("hr", ["action", "id"] as const, { action: /^[trcav]$/, id: ID });
/** reassign request `id` to BA `baId` */
export const reassignCb = callbackData("hrb", ["id", "baId"] as const, { id: ID, baId: ID });
/** rating 1–5; 0 = no comment, thanks */
export const rateCb = callbackData("hrt", ["id", "score"] as const, { id: ID, score: /^[0-5]$/ });
/** "this message is for request id" (a message sent without choosing a request first) */
export const pickCb = callbackData("hp", ["id"] as const, { id: ID });

// Buttons of the help-request wizard (wizard buttons, "~…").
export const coopBtn = wizardData("k", ["id"] as const, { id: ID });
export const categoryBtn = wizardData("c", ["category"] as const, { category: /^[A-Z_]{2,20}$/ });
export const backBtn = wizardData("bk", [] as const);
export const skipFileBtn = wizardData("sk", [] as const);
