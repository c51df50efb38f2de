// The button under a report reminder ("Isi laporan Oktober 2026"), rendered by the reminder job and
// handled by bot/features/reminders (which opens the report wizard for that period).
import { InlineKeyboard } from "grammy";
import { callbackData, ID } from "../bot/callback-data.ts";
import { formatPeriod } from "../lib/dates.ts";

export const reminderCb = callbackData("rml", ["coopId", "period"] as const, { coopId: ID, period: /^\d{4}-(0[1-9]|1[0-2])$/ });

export type Tr = (key: string, vars?: Record<string, string | number>) => string;

export function reminderKeyboard(t: Tr, coopId: number, period: string): InlineKeyboard {
  return new InlineKeyboard().text(t("rem-button", { period: formatPeriod(period) }), reminderCb.pack(coopId, period));
}
