// The "who did not get it" button under a delivery report (issue 23.2): "dlf:<r|b>:<id>:<page>",
// r = a DeliveryReport (nudges, assignment notices), b = a broadcast. Rendered by the jobs that
// send the reports, handled by bot/features/delivery-reports (owner or admin only).
import { InlineKeyboard } from "grammy";
import type { Translate } from "../i18n.ts";
import { callbackData, ID } from "../bot/callback-data.ts";

export const failedListCb = callbackData("dlf", ["of", "id", "page"] as const, {
  of: /^[rb]$/,
  id: ID,
  page: /^\d{1,4}$/,
});

/** The list's own "previous / next page" buttons (they edit the list in place). */
export const failedPageCb = callbackData("dlp", ["of", "id", "page"] as const, {
  of: /^[rb]$/,
  id: ID,
  page: /^\d{1,4}$/,
});

export function failedListKeyboard(t: Translate, of: "r" | "b", id: number, count: number): InlineKeyboard {
  return new InlineKeyboard().text(t("dr-btn-failed", { count }), failedListCb.pack(of, id, 0));
}
