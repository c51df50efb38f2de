// The reminder's "Isi laporan" button: "rml:<coopId>:<period>".
import { callbackData, ID } from "../../callback-data.ts";

export const reminderCb = callbackData("rml", ["coopId", "period"] as const, { coopId: ID, period: /^\d{4}-(0[1-9]|1[0-2])$/ });
