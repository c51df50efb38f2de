// The roster gap in the recap's chat text: one line of counts, and (while it fits) the areas with
// the most rostered coops not yet on the bot. Added to the recap text by `withGapLines`, which gives
// the recap the room it leaves, so the whole message still fits in 600 characters.
import type { Translate } from "../../lib/translate.ts";
import { formatNumber } from "../../lib/money.ts";
import type { Wilayah } from "../wilayah/index.ts";
import type { RosterGap } from "./roster-gap.ts";

const TOP_AREAS = 3;

const pct = (part: number, whole: number) => `${whole ? Math.round((part / whole) * 100) : 0}%`;

/** A short name of a gap child (province, kab/kota, kecamatan or desa). */
export function gapAreaName(w: Wilayah, level: RosterGap["childLevel"], code: string): string {
  const a =
    level === "province"
      ? w.province(code)
      : level === "regency"
        ? w.regency(code)
        : level === "district"
          ? w.district(code)
          : w.village(code);
  return (a?.name ?? code).replace(/^Kabupaten\s+/i, "").slice(0, 24);
}

/** The gap lines, in the variants to try (most complete first: top 3 areas, 2, 1, counts only). */
export function gapLines(t: Translate, w: Wilayah, gap: RosterGap): string[][] {
  const { rostered, joined, reporting } = gap.total;
  const missing = rostered - joined;
  const line = t("gap-recap-line", {
    rostered: formatNumber(rostered),
    joined: formatNumber(joined),
    pct: pct(joined, rostered),
    reporting: formatNumber(reporting),
    missing: formatNumber(missing),
  });
  const top = gap.children
    .filter((c) => c.rostered > c.joined)
    .slice(0, TOP_AREAS)
    .map((c) => `${gapAreaName(w, gap.childLevel, c.key)} ${formatNumber(c.rostered - c.joined)}`);
  const variants: string[][] = [];
  for (let n = top.length; n > 0; n--) variants.push([line, t("gap-recap-top", { list: top.slice(0, n).join(", ") })]);
  return [...variants, [line]];
}

/**
 * The recap text with the gap lines after its title and coverage line: `render(max)` renders the
 * recap within `max` characters (dropping its optional lines). The first variant of the gap lines
 * that fits is taken, so the message never exceeds `max`.
 */
export function withGapLines(render: (max: number) => string, variants: string[][], max: number): string {
  for (const extra of variants) {
    const out = render(max - extra.join("\n").length - 1).split("\n");
    out.splice(Math.min(2, out.length), 0, ...extra);
    const text = out.join("\n");
    if (text.length <= max) return text;
  }
  return render(max);
}
