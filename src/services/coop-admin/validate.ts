// Checks of typed coop details; the error is an i18n key whose text carries an example.
import { normalizeSpaces } from "../../lib/text.ts";
import { AHU_PATTERN, normalizeLegalNumber } from "../cooperatives.ts";

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export function checkName(raw: string): Checked<string> {
  const s = normalizeSpaces(raw);
  if (s.startsWith("/") || s.length < 5 || s.length > 120 || !/\p{L}/u.test(s))
    return { ok: false, error: "edit-name-invalid" };
  return { ok: true, value: s };
}

export function checkAhu(raw: string): Checked<string> {
  const s = normalizeLegalNumber(raw);
  return AHU_PATTERN.test(s) ? { ok: true, value: s } : { ok: false, error: "edit-ahu-invalid" };
}
