// Validation of typed answers in the registration wizard. Returns an i18n error key on failure.
import { isMostlyEmoji, normalizeSpaces } from "../../../lib/text.ts";
import { AHU_PATTERN, normalizeLegalNumber } from "../../../services/cooperatives.ts";
import { parseCoopName } from "../../../lib/coop-name.ts";

export type Check<T> = { ok: true; value: T } | { ok: false; error: string };

export function checkPhone(raw: string | undefined): Check<string> {
  const digits = (raw ?? "").replace(/[\s().-]/g, "");
  const m = /^(?:\+?62|0)(8\d{7,12})$/.exec(digits);
  if (!m) return { ok: false, error: "reg-phone-invalid" };
  return { ok: true, value: `+62${m[1]}` };
}

export function checkCoopName(raw: string | undefined): Check<string> {
  const r = parseCoopName(raw);
  return r.ok ? r : { ok: false, error: COOP_NAME_ERROR[r.reason] };
}

const COOP_NAME_ERROR = {
  empty: "reg-coopname-empty",
  invalid: "reg-coopname-invalid",
  too_long: "reg-coopname-too-long",
} as const;

export function checkLegalNumber(raw: string | undefined): Check<string> {
  const s = normalizeLegalNumber(raw ?? "");
  if (!s) return { ok: false, error: "reg-ahu-invalid" };
  if (!AHU_PATTERN.test(s)) return { ok: false, error: "reg-ahu-invalid" };
  return { ok: true, value: s };
}

export function checkSearchQuery(raw: string | undefined): Check<string> {
  const s = normalizeSpaces(raw ?? "");
  if (s.length < 2 || isMostlyEmoji(s)) return { ok: false, error: "reg-search-too-short" };
  if (s.length > 60) return { ok: false, error: "reg-search-too-long" };
  return { ok: true, value: s };
}
