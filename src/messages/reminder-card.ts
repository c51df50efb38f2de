// The button under a report reminder ("Isi laporan Oktober 2026"), rendered by the reminder job and
// handled by bot/features/reminders (which opens the report wizard for that period).
import { localeOf } from "../i18n.ts";
import type { Translate } from "../i18n.ts";
import { InlineKeyboard } from "grammy";
import { callbackData, ID } from "../lib/callback-data.ts";
import { formatPeriod } from "../lib/dates.ts";

export const reminderCb = callbackData("rml", ["coopId", "period"] as const, {
  coopId: ID,
  period: /^\d{4}-(0[1-9]|1[0-2])$/,
});

export function reminderKeyboard(t: Translate, coopId: number, period: string): InlineKeyboard {
  return new InlineKeyboard().text(
    t("rem-button", { period: formatPeriod(period, localeOf(t)) }),
    reminderCb.pack(coopId, period),
  );
}
