// The buttons under a report waiting for review (Terima · Kembalikan · Riwayat), sent by the report
// feature and by the review-SLA job; handled by bot/features/report.
import { InlineKeyboard } from "grammy";
import type { Translate } from "../i18n.ts";
import { callbackData, ID } from "../lib/callback-data.ts";

/** reviewer decision: "rpr:<a|r>:<reportId>:<version>" (a = Terima, r = Kembalikan) */
export const reviewCb = callbackData("rpr", ["decision", "reportId", "version"] as const, {
  decision: /^[ar]$/,
  reportId: ID,
  version: ID,
});
/** open a report read-only: "rph:<reportId>" */
export const viewCb = callbackData("rph", ["reportId"] as const, { reportId: ID });

export function reviewKeyboard(t: Translate, reportId: number, version: number): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("rep-review-accept"), reviewCb.pack("a", reportId, version))
    .text(t("rep-review-return"), reviewCb.pack("r", reportId, version))
    .row()
    .text(t("rep-review-history"), viewCb.pack(reportId));
}
