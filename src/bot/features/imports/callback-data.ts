import { callbackData, ID } from "../../callback-data.ts";

/** a dry run's buttons: a = apply, c = cancel */
export const importCb = callbackData("imp", ["action", "id"] as const, { action: /^[ac]$/, id: ID });
