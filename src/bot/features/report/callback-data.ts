// Every button of the report feature. Outside the wizard (strict codecs, each handler re-checks
// role and coop scope; malformed or foreign data is refused) and inside it (wizard buttons, "~…",
// accepted only on the current prompt).
import { callbackData, ID } from "../../callback-data.ts";
import { wizardData } from "../../kit/index.ts";

// the review buttons are shared with the review-SLA job (src/messages/report-review.ts)
export { reviewCb, viewCb } from "../../../messages/report-review.ts";

/** pick a coop: "rpc:<l|t>:<coopId>" (l = /lapor, t = /templat) */
export const coopPickCb = callbackData("rpc", ["purpose", "coopId"] as const, { purpose: /^[lt]$/, coopId: ID });
/** open a returned report to fix it: "rpo:<reportId>" */
export const fixCb = callbackData("rpo", ["reportId"] as const, { reportId: ID });
/** /riwayat: a page of one report's versions: "rpv:<reportId>:<page>" */
export const historyPageCb = callbackData("rpv", ["reportId", "page"] as const, { reportId: ID, page: /^\d{1,3}$/ });

// ---- wizard buttons ----
const KEY = /^[a-z][a-z0-9_.]{0,39}$/;
/** numbers step: this unit did not operate this month */
export const unitOffBtn = wizardData("off", [] as const);
/** implausible value: keep it (yes) or not (no) */
export const oddYesBtn = wizardData("yes", [] as const);
export const oddNoBtn = wizardData("no", [] as const);
/** someone else saved the same field: keep theirs or mine */
export const theirsBtn = wizardData("theirs", [] as const);
export const mineBtn = wizardData("mine", [] as const);
/** checklist: cycle an item; Lanjut; which land a location pin marks */
export const checkItemBtn = wizardData("t", ["item"] as const, { item: /^[A-Z_]{2,30}$/ });
export const checkDoneBtn = wizardData("ok", [] as const);
export const landBtn = wizardData("land", ["item"] as const, { item: /^LAND_(GERAI|GUDANG)$/ });
/** kendala: none this month */
export const noKendalaBtn = wizardData("none", [] as const);
/** photos: done (or skip) */
export const photosDoneBtn = wizardData("done", [] as const);
/** summary: Ubah, a field to change, back to the summary, Kirim */
export const editBtn = wizardData("edit", [] as const);
export const editFieldBtn = wizardData("e", ["key"] as const, { key: KEY });
export const editBackBtn = wizardData("back", [] as const);
export const sendBtn = wizardData("send", [] as const);
/** a returned report: answer the reviewer's note, then send */
export const replySendBtn = wizardData("rsend", [] as const);
/** summary pages when it does not fit one message */
export const summaryPageBtn = wizardData("sp", ["page"] as const, { page: /^\d{1,2}$/ });
/** pasted template: save or cancel */
export const tplSaveBtn = wizardData("save", [] as const);
export const tplCancelBtn = wizardData("cancel", [] as const);
/** reviewer's return dialogue: flag a field, next, cancel */
export const flagBtn = wizardData("f", ["key"] as const, { key: KEY });
export const returnNextBtn = wizardData("ok", [] as const);
export const returnCancelBtn = wizardData("x", [] as const);
