import { callbackData, ID } from "../../callback-data.ts";

/** a page of the audit log: scope r = recent, k = a coop, u = a user (id 0 for recent) */
export const auditCb = callbackData("au", ["scope", "id", "page"] as const, {
  scope: /^[rku]$/,
  id: ID,
  page: /^\d{1,5}$/,
});
