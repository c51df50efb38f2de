// The one parser of a cooperative's name, used at registration and by a rename: 5 to 100 characters
// with letters, not a command, and no invisible or spoofing characters (bidi overrides, zero-width
// and other format characters, control characters, or stacks of three or more combining marks).
import { isMostlyEmoji, normalizeSpaces } from "./text.ts";

const COOP_NAME_MAX = 100;

export type CoopNameResult = { ok: true; value: string } | { ok: false; reason: "empty" | "invalid" | "too_long" };

const HIDDEN = /[\p{Cc}\p{Cf}]/u;
const STACKED_MARKS = /\p{M}{3,}/u;

export function parseCoopName(raw: string | undefined): CoopNameResult {
  const s = normalizeSpaces(raw ?? "");
  if (!s) return { ok: false, reason: "empty" };
  if (s.startsWith("/") || HIDDEN.test(s) || STACKED_MARKS.test(s)) return { ok: false, reason: "invalid" };
  if (s.length > COOP_NAME_MAX) return { ok: false, reason: "too_long" };
  if (s.length < 5 || isMostlyEmoji(s) || !/\p{L}/u.test(s)) return { ok: false, reason: "invalid" };
  return { ok: true, value: s };
}
