// Callback data of the oversight screens: "ov:<code>:<a>:<b>", where <code> is a screen's stable
// two-letter code (lower case, so no two screens differ by case only). Every handler re-checks role
// and scope; malformed data or an unknown code never decodes and is refused.
//   queue        a page                review queue page
//   open         a reportId            open a report to review
//   notReported  a page, b period      belum lapor page
//   nudgeOne     a coopId, b period    nudge one coop
//   nudgeAll     b period              nudge all of the period
//   unassigned   a page                coops without a BA (PMO/admin)
//   assign                             open the assignment flow
//   visitsPerBa  a page                visits per BA (PMO/admin)
//   baVisits     a baId, b page        one BA's visits
//   history      a coopId, b page      a coop's visit history
//   stale        a page                coops not contacted in 30 days
//   logVisit     a coopId              log a visit (0: pick the coop)
// Buttons sent before the named codes (one letter, where case mattered: "i"/"I", "v"/"V") are still
// in people's chats: they decode to the same screens, and are never made any more.
import { callbackData, ID } from "../lib/callback-data.ts";

export const OV_SCREENS = {
  queue: "qu",
  open: "op",
  notReported: "nr",
  nudgeOne: "n1",
  nudgeAll: "na",
  unassigned: "ua",
  assign: "as",
  visitsPerBa: "vb",
  baVisits: "bv",
  history: "hi",
  stale: "st",
  logVisit: "lv",
} as const;

export type OvScreen = keyof typeof OV_SCREENS;

const LEGACY_CODES: Record<string, OvScreen> = {
  q: "queue",
  o: "open",
  n: "notReported",
  i: "nudgeOne",
  I: "nudgeAll",
  u: "unassigned",
  t: "assign",
  v: "visitsPerBa",
  V: "baVisits",
  h: "history",
  f: "stale",
  k: "logVisit",
};

const SCREEN_OF_CODE = new Map<string, OvScreen>([
  ...Object.entries(LEGACY_CODES),
  ...Object.entries(OV_SCREENS).map(([screen, code]) => [code, screen as OvScreen] as const),
]);

const ovCodec = callbackData("ov", ["code", "a", "b"] as const, {
  code: /^[a-z0-9]{2}$|^[qonIiutvVhfk]$/,
  a: ID,
  b: /^(\d{1,4}|\d{4}-(0[1-9]|1[0-2]))$/,
});

/** Matches every "ov:" press, decodable or not (the handler refuses what does not decode). */
export const ovFilter = ovCodec.filter;

export const ov = (screen: OvScreen, a: number | string = 0, b: number | string = 0) =>
  ovCodec.pack(OV_SCREENS[screen], a, b);

export interface OvPress {
  screen: OvScreen;
  a: string;
  b: string;
}

/** The screen and arguments of an "ov:" press; undefined for malformed data or an unknown code. */
export function unpackOv(data: string | undefined): OvPress | undefined {
  const d = ovCodec.unpack(data);
  const screen = d && SCREEN_OF_CODE.get(d.code);
  return d && screen ? { screen, a: d.a, b: d.b } : undefined;
}
