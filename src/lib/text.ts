/** Small text helpers for chat messages and person names. */

/** Collapses every run of whitespace (including non-breaking spaces and newlines) to one space and trims. */
export function normalizeSpaces(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * Shortens `s` to at most `max` characters (code points, so emoji are never cut in half),
 * ending with "…" when something was removed.
 */
export function truncate(s: string, max: number): string {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`truncate: max must be a positive integer, got ${max}`);
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  return `${chars
    .slice(0, max - 1)
    .join("")
    .trimEnd()}…`;
}

/** True when the text is not blank and contains no letters or digits (emoji, stickers-as-text, "!!!"). */
export function isMostlyEmoji(s: string): boolean {
  return s.trim() !== "" && !/[\p{L}\p{N}]/u.test(s);
}

/**
 * "budi   SANTOSO" → "Budi Santoso". Words are split on spaces and hyphens ("siti-aisyah" → "Siti-Aisyah");
 * letters after an apostrophe stay lower case ("MA'RUF" → "Ma'ruf").
 */
export function titleCaseName(s: string): string {
  return normalizeSpaces(s)
    .toLocaleLowerCase("id-ID")
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toLocaleUpperCase("id-ID"));
}

/** Every message a user sees is at most this long (characters). */
export const MESSAGE_LIMIT = 600;

/**
 * Packs text blocks into pages: each page is its blocks joined by `sep`, at most `limit`
 * characters (a single longer block is truncated). Order is kept; never returns zero pages.
 */
export function packPages(blocks: string[], limit: number, sep = "\n"): string[] {
  const pages: string[] = [];
  let cur = "";
  for (const raw of blocks) {
    const b = truncate(raw, limit);
    if (cur !== "" && cur.length + sep.length + b.length > limit) {
      pages.push(cur);
      cur = "";
    }
    cur = cur === "" ? b : `${cur}${sep}${b}`;
  }
  pages.push(cur);
  return pages;
}
