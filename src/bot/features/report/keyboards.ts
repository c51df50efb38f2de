// Callback data of the report feature (outside the wizard) and the keyboards that carry it.
// Every handler re-checks role and coop scope; malformed or foreign data is refused.
import { InlineKeyboard } from "grammy";
import { callbackData, ID } from "../../callback-data.ts";
import type { T } from "./render.ts";

/** pick a coop: "rpc:<l|t>:<coopId>" (l = /lapor, t = /templat) */
export const coopPickCb = callbackData("rpc", ["purpose", "coopId"] as const, { purpose: /^[lt]$/, coopId: ID });
/** reviewer decision: "rpr:<a|r>:<reportId>:<version>" (a = Terima, r = Kembalikan) */
export const reviewCb = callbackData("rpr", ["decision", "reportId", "version"] as const, { decision: /^[ar]$/, reportId: ID, version: ID });
/** open a report read-only: "rph:<reportId>" */
export const viewCb = callbackData("rph", ["reportId"] as const, { reportId: ID });
/** open a returned report to fix it: "rpo:<reportId>" */
export const fixCb = callbackData("rpo", ["reportId"] as const, { reportId: ID });

export function coopPickKeyboard(coops: Array<{ id: number; name: string }>, purpose: "l" | "t"): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const c of coops) kb.text(c.name.slice(0, 60), coopPickCb.pack(purpose, c.id)).row();
  return kb;
}

export function reviewKeyboard(t: T, reportId: number, version: number): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("rep-review-accept"), reviewCb.pack("a", reportId, version))
    .text(t("rep-review-return"), reviewCb.pack("r", reportId, version))
    .row()
    .text(t("rep-review-history"), viewCb.pack(reportId));
}

export function fixKeyboard(t: T, reportId: number): InlineKeyboard {
  return new InlineKeyboard().text(t("rep-fix-button"), fixCb.pack(reportId));
}
