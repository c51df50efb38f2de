/**
 * Display names for provinces and regencies, which the data writes in upper case
 * ("KABUPATEN KUBU RAYA" → "Kabupaten Kubu Raya", "DKI JAKARTA" → "DKI Jakarta").
 */

/** Words kept in upper case. */
const ACRONYMS = new Set(["DKI", "DI"]);

/** Short words written in lower case unless they start the name ("Pangkajene dan Kepulauan"). */
const MINOR_WORDS = new Set(["dan"]);

/** Long official prefixes shown in their usual short form. */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [[/^daerah istimewa /i, "DI "]];

export function displayRegionName(raw: string): string {
  let name = raw.replace(/\s+/g, " ").trim();
  for (const [pattern, short] of ABBREVIATIONS) name = name.replace(pattern, short);
  return name
    .split(" ")
    .map((word, i) => {
      if (ACRONYMS.has(word.toUpperCase())) return word.toUpperCase();
      const lower = word.toLowerCase();
      if (i > 0 && MINOR_WORDS.has(lower)) return lower;
      return lower.replace(/(^|[-(/])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
    })
    .join(" ");
}

/** Prefixes users usually leave out when typing a province or regency ("Kubu Raya", "Jakarta", "Bogor"). */
const TYPE_PREFIX = /^(kabupaten administrasi|kota administrasi|kabupaten|kota|daerah istimewa|dki|di) /i;

/** The name without its administrative type, or undefined when it has none. */
export function withoutTypePrefix(name: string): string | undefined {
  const stripped = name.replace(TYPE_PREFIX, "");
  return stripped === name || stripped === "" ? undefined : stripped;
}
