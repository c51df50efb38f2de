// /hapusdata confirmation buttons: "pdp:erase" and "pdp:keep".
import { callbackData } from "../../callback-data.ts";

export const eraseCb = callbackData("pdp", ["choice"] as const, { choice: /^(erase|keep)$/ });
