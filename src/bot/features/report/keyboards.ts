// Keyboards of the report feature outside the wizard (their data: callback-data.ts).
import { InlineKeyboard } from "grammy";
import { coopPickCb, fixCb } from "./callback-data.ts";

export { reviewKeyboard } from "../../../messages/report-review.ts";
import { type Translate } from "../../../i18n.ts";
import { coopLabels, widthFor } from "../../../lib/button-label.ts";

export function coopPickKeyboard(coops: Array<{ id: number; name: string }>, purpose: "l" | "t"): InlineKeyboard {
  const kb = new InlineKeyboard();
  const labels = coopLabels(coops, widthFor(1));
  coops.forEach((c, i) => kb.text(labels[i]!, coopPickCb.pack(purpose, c.id)).row());
  return kb;
}

export function fixKeyboard(t: Translate, reportId: number): InlineKeyboard {
  return new InlineKeyboard().text(t("rep-fix-button"), fixCb.pack(reportId));
}
