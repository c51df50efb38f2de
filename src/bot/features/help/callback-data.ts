// /bantuan topic buttons: "hlp:<topic>".
import { callbackData } from "../../callback-data.ts";

export const helpTopicCb = callbackData("hlp", ["topic"] as const, { topic: /^(coop|help|staff|manage|general)$/ });
