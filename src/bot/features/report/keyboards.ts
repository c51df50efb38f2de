// Keyboards of the report feature outside the wizard (their data: callback-data.ts).
import { InlineKeyboard } from "grammy";
import { coopPickCb, fixCb, reviewCb, viewCb } from "./callback-data.ts";
import { type Translate } from "../../../i18n.ts";
import { coopLabels, widthFor } from "../../../lib/button-label.ts";

export function coopPickKeyboard(coops: Array<{ id: number; name: string }>, purpose: "l" | "t"): InlineKeyboard {
  const kb = new InlineKeyboard();
  const labels = coopLabels(coops, widthFor(1));
  coops.forEach((c, i) => kb.text(labels[i]!, coopPickCb.pack(purpose, c.id)).row());
  return kb;
}

export function reviewKeyboard(t: Translate, reportId: number, version: number): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("rep-review-accept"), reviewCb.pack("a", reportId, version))
    .text(t("rep-review-return"), reviewCb.pack("r", reportId, version))
    .row()
    .text(t("rep-review-history"), viewCb.pack(reportId));
}

export function fixKeyboard(t: Translate, reportId: number): InlineKeyboard {
  return new InlineKeyboard().text(t("rep-fix-button"), fixCb.pack(reportId));
}
