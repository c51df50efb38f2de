/** Kemendagri area codes: 61 (province), 61.12 (regency), 61.12.03 (district), 61.12.03.2005 (village). */

export type AreaLevel = "province" | "regency" | "district" | "village";
export type VillageType = "DESA" | "KELURAHAN";

const DOTTED = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;
const SEGMENT_LENGTHS = [2, 2, 2, 4];

/**
 * The code in dotted form, or undefined when it is not a well-formed code.
 * Accepts the dotted form and the bare digits ("6112032005" → "61.12.03.2005"); surrounding spaces are ignored.
 */
export function normalizeCode(input: string): string | undefined {
  const code = input.trim();
  if (DOTTED.test(code)) return code;
  if (!/^\d+$/.test(code)) return undefined;
  const parts: string[] = [];
  let at = 0;
  for (const len of SEGMENT_LENGTHS) {
    if (at === code.length) break;
    parts.push(code.slice(at, at + len));
    at += len;
  }
  const dotted = parts.join(".");
  return at === code.length && DOTTED.test(dotted) ? dotted : undefined;
}

/** Which level a code belongs to, by its number of segments. */
export function levelOfCode(input: string): AreaLevel | undefined {
  const code = normalizeCode(input);
  if (code === undefined) return undefined;
  return (["province", "regency", "district", "village"] as const)[code.split(".").length - 1];
}

/**
 * Desa or kelurahan, read from the code: the 4-digit village part starts with 1 for a kelurahan
 * and 2 for a desa (3 marks a "desa adat" in Papua, which is a desa). Throws RangeError for a non-village code.
 */
export function villageTypeOfCode(input: string): VillageType {
  const code = normalizeCode(input);
  if (code === undefined || code.length !== 13) throw new RangeError(`Not a village code: "${input}"`);
  return code[9] === "1" ? "KELURAHAN" : "DESA";
}
