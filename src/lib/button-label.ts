// Button labels that stay apart on a phone. Telegram cuts a label that does not fit its button with
// "…", so what tells two buttons apart must come first (the field before its unit, the desa before
// "Koperasi Desa Merah Putih", the percentage with the kabupaten) and the label must fit the button.

/**
 * Visible characters of one inline button on a 390-px phone, by buttons in its row (measured in
 * the simulator: a full-width button shows ~35, two per row ~17 before "…"; kept a little under).
 */
const BUTTON_WIDTH: Readonly<Record<number, number>> = { 1: 34, 2: 16, 3: 10, 4: 7 };

export const widthFor = (perRow: number) => BUTTON_WIDTH[perRow] ?? Math.max(4, Math.floor(34 / perRow));

const WIDE = /\p{Extended_Pictographic}/u;
// each listed code point on its own (joiners, selectors, marks), not a combined character
// eslint-disable-next-line no-misleading-character-class
const ZERO = /[\u200d\ufe0e\ufe0f\p{M}]/u;

/** Width as a phone shows it: an emoji takes two letters, joiners and variation selectors none. */
export function visibleWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return n;
}

/** `s` cut to `width` visible characters, ending with "…" when something was removed. */
export function fitLabel(s: string, width: number): string {
  if (visibleWidth(s) <= width) return s;
  let out = "";
  let used = 0;
  for (const ch of s) {
    const w = ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out.trimEnd()}…`;
}

/** The distinguishing part first, then the context, joined with " · " and cut to `width`. */
export function buttonLabel(parts: Array<string | null | undefined | false>, width: number): string {
  return fitLabel(parts.filter((p): p is string => !!p).join(" · "), width);
}

const COOP_PREFIX = /^Koperasi\s+(Desa|Kelurahan)\s+Merah\s+Putih\s+/i;

/** "Koperasi Desa Merah Putih Sungai Ambawang Kuala" → "Sungai Ambawang Kuala"; other names as they are. */
export function coopShortName(name: string): string {
  const rest = name.replace(COOP_PREFIX, "").trim();
  return rest || name;
}

/**
 * Labels for a list of coops: the desa part of each name; names that would still look alike get
 * their `detail` (e.g. the kecamatan) after them.
 */
export function coopLabels(coops: Array<{ name: string; detail?: string }>, width: number): string[] {
  const short = coops.map((c) => fitLabel(coopShortName(c.name), width));
  return coops.map((c, i) => {
    const clash = short.some((s, j) => j !== i && s === short[i]);
    return clash && c.detail ? buttonLabel([coopShortName(c.name), c.detail], width) : short[i]!;
  });
}

/** Buttons per row for these labels: `max` when every label then fits whole, fewer otherwise. */
export function columnsFor(labels: string[], max = 2): number {
  for (let cols = max; cols > 1; cols--) if (labels.every((l) => visibleWidth(l) <= widthFor(cols))) return cols;
  return 1;
}
