/** Text normalisation shared by the search index and the queries it answers. */

const PLAIN = /^[a-z0-9 ]*$/;

/**
 * Lower case, accents removed, apostrophes dropped ("Soka'an", `Soka"an` → "sokaan"),
 * any other punctuation turned into a space ("Buyung-Buyung" → "buyung buyung"), single spaces, trimmed.
 */
export function normalizeForSearch(text: string): string {
  const lower = text.toLowerCase();
  if (PLAIN.test(lower) && !lower.includes("  ") && lower.trim() === lower) return lower; // fast path
  return lower
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/['"`´‘’ʼ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The normalised text without spaces, so "suka maju" and "sukamaju" meet. */
export function compactKey(normalized: string): string {
  return normalized.includes(" ") ? normalized.replaceAll(" ", "") : normalized;
}
