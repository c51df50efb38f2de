// Callback data of the oversight screens: "ov:<kind>:<a>:<b>". Every handler re-checks role and
// scope; malformed data never matches the codec and is refused.
//   q page        review queue page          o reportId    open a report to review
//   n page:period belum lapor page           i coopId:period  nudge one coop
//   I 0:period    nudge all of the period    u page        coops without a BA (PMO/admin)
//   t             open the assignment flow   v page        visits per BA (PMO/admin)
//   V baId:page   one BA's visits            h coopId:page a coop's visit history
//   f page        coops not contacted in 30 days          k coopId  log a visit (0: pick the coop)
import { callbackData, ID } from "../lib/callback-data.ts";

export const ovCb = callbackData("ov", ["kind", "a", "b"] as const, {
  kind: /^[qonIiutvVhfk]$/,
  a: ID,
  b: /^(\d{1,4}|\d{4}-(0[1-9]|1[0-2]))$/,
});

export type OvKind = "q" | "o" | "n" | "i" | "I" | "u" | "t" | "v" | "V" | "h" | "f" | "k";

export const ov = (kind: OvKind, a: number | string = 0, b: number | string = 0) => ovCb.pack(kind, a, b);
