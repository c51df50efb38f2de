/**
 * Minimal CSV reader (RFC 4180 quoting) for the idn-area-data files. Rows end with \n or \r\n.
 *
 * A field that starts with `"` is quoted: it may contain commas, newlines and `""` (an escaped quote).
 * A `"` anywhere else is an ordinary character: the village file writes some apostrophes as `"`
 * (e.g. `Soka"an`), so a strict parser would reject or mangle those rows.
 */

const QUOTE = 34;
const COMMA = 44;
const LF = 10;

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // byte-order mark
  let row: string[] = [];
  // Next comma / newline at or after i, found with indexOf (much faster than a character loop).
  let nextComma = -1;
  let nextLf = -1;

  while (i < n) {
    let field: string;
    let end: number; // offset of the delimiter after the field, or n
    if (text.charCodeAt(i) === QUOTE) {
      [field, end] = readQuoted(text, i);
    } else {
      if (nextComma < i) nextComma = indexOrEnd(text, ",", i);
      if (nextLf < i) nextLf = indexOrEnd(text, "\n", i);
      end = Math.min(nextComma, nextLf);
      field = text.slice(i, end);
    }
    if (text.charCodeAt(end) === LF && field.endsWith("\r")) field = field.slice(0, -1);
    row.push(field);

    if (text.charCodeAt(end) === COMMA) {
      i = end + 1;
      if (i === n) row.push(""); // trailing comma at end of text
      continue;
    }
    if (!(row.length === 1 && row[0] === "")) rows.push(row); // skip blank lines
    row = [];
    i = end + 1;
  }
  return rows;
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

/** Reads a quoted field starting on its opening quote; returns the value and the offset of the delimiter after it. */
function readQuoted(text: string, start: number): [string, number] {
  let value = "";
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) throw new Error(`CSV: unterminated quoted field at offset ${start}`);
    value += text.slice(i, q);
    i = q + 1;
    if (text.charCodeAt(i) !== QUOTE) break;
    value += '"'; // "" is an escaped quote
    i++;
  }
  // Be lenient with text between the closing quote and the delimiter (`"ab"c` → `abc`).
  const comma = indexOrEnd(text, ",", i);
  const lf = indexOrEnd(text, "\n", i);
  const end = Math.min(comma, lf);
  return [value + text.slice(i, end), end];
}
