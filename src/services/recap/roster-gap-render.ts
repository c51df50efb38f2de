// The roster gap in the recap's chat text: one line of counts, and (while it fits) the areas with
// the most rostered coops not yet on the bot. Added to the recap text by `withGapLines`, which gives
// the recap the room it leaves, so the whole message still fits in 600 characters.
import { formatNumber } from "../../lib/money.ts";
import type { Wilayah } from "../wilayah/index.ts";
import type { RosterGap } from "./roster-gap.ts";

export type Tr = (key: string, vars?: Record<string, string | number>) => string;

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

export function gapLines(t: Tr, w: Wilayah, gap: RosterGap): string[] {
  const { rostered, joined, reporting } = gap.total;
  const missing = rostered - joined;
  const lines = [
    t("gap-recap-line", {
      rostered: formatNumber(rostered),
      joined: formatNumber(joined),
      pct: pct(joined, rostered),
      reporting: formatNumber(reporting),
      missing: formatNumber(missing),
    }),
  ];
  const top = gap.children
    .filter((c) => c.rostered > c.joined)
    .slice(0, TOP_AREAS)
    .map((c) => `${gapAreaName(w, gap.childLevel, c.key)} ${formatNumber(c.rostered - c.joined)}`);
  if (top.length) lines.push(t("gap-recap-top", { list: top.join(", ") }));
  return lines;
}

/**
 * The recap text with the gap lines after its title and coverage line: `render(max)` renders the
 * recap within `max` characters (it drops optional lines to fit).
 */
export function withGapLines(render: (max: number) => string, lines: string[], max: number): string {
  if (lines.length === 0) return render(max);
  let extra = [...lines];
  while (extra.length > 1 && extra.join("\n").length > max / 3) extra = extra.slice(0, -1);
  const out = render(max - extra.join("\n").length - 1).split("\n");
  out.splice(Math.min(2, out.length), 0, ...extra);
  return out.join("\n");
}
