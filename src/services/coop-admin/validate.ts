// Checks of typed coop details; the error is an i18n key whose text carries an example.
import { parseCoopName } from "../../lib/coop-name.ts";
import { AHU_PATTERN, normalizeLegalNumber } from "../cooperatives.ts";

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** The same rules as at registration (lib/coop-name.ts). */
export function checkName(raw: string): Checked<string> {
  const r = parseCoopName(raw);
  return r.ok ? r : { ok: false, error: "edit-name-invalid" };
}

export function checkAhu(raw: string): Checked<string> {
  const s = normalizeLegalNumber(raw);
  return AHU_PATTERN.test(s) ? { ok: true, value: s } : { ok: false, error: "edit-ahu-invalid" };
}
