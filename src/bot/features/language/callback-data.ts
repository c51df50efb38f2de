// /bahasa buttons: "lang:<id|en>".
import { callbackData } from "../../callback-data.ts";

export const langCb = callbackData("lang", ["code"] as const, { code: /^(id|en)$/ });
