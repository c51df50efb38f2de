/**
 * Village search that understands the qualifiers people type after a village name:
 * "Durian Sungai Ambawang", "Durian, Kubu Raya", "Sungai Raya Kab Kubu Raya", "Durian Kec. Sungai Ambawang",
 * "Desa Durian, Kab. Kubu Raya". A qualifier is the exact name of a kecamatan, kab/kota or province
 * (regencies and provinces also without "Kabupaten"/"Kota"). Commas and the words kab/kabupaten/kota/
 * kec/kecamatan/prov/provinsi separate the parts; without them every split "village | qualifiers" is tried.
 */
import { normalizeForSearch } from "./normalize.ts";
import type { AreaLevel } from "./codes.ts";
import type { Area } from "./tree.ts";
import type { VillagePath, VillageSearchOptions } from "./index.ts";

type QualLevel = Exclude<AreaLevel, "village">;

/** What the qualified search needs from the wilayah data. */
export interface QualifiedSearchSource {
  searchVillages(query: string, options?: VillageSearchOptions): VillagePath[];
  /** Areas of one level whose normalised name (or name without its type) equals `normalized`. */
  areasNamed(level: QualLevel, normalized: string): readonly Area[];
}

export interface VillageMatches {
  /** best first, at most `limit` */
  villages: VillagePath[];
  /** true when there were more than `limit` */
  more: boolean;
}

const MARKERS: Record<string, QualLevel> = {
  kab: "regency",
  kabupaten: "regency",
  kota: "regency",
  kec: "district",
  kecamatan: "district",
  prov: "province",
  provinsi: "province",
};
const VILLAGE_WORDS = new Set(["desa", "ds", "kel", "kelurahan"]);
const QUAL_LEVELS: readonly QualLevel[] = ["district", "regency", "province"];

interface Segment {
  words: string[];
  level?: QualLevel;
}

/** Splits on commas and marker words; the first segment is the village. */
function segments(query: string): Segment[] {
  const out: Segment[] = [];
  for (const [partIndex, part] of query.split(",").entries()) {
    let current: Segment = { words: [] };
    const words = normalizeForSearch(part).split(" ").filter(Boolean);
    for (const [i, word] of words.entries()) {
      const marker = MARKERS[word];
      // "Kota Baru" as a village name: a marker opening the query is part of the name
      if (marker && !(partIndex === 0 && i === 0)) {
        if (current.words.length > 0 || current.level) out.push(current);
        current = { words: [], level: marker };
        continue;
      }
      current.words.push(word);
    }
    if (current.words.length > 0) out.push(current);
  }
  const first = out[0];
  if (first && !first.level) while (first.words.length > 1 && VILLAGE_WORDS.has(first.words[0]!)) first.words.shift();
  return out.filter((s) => s.words.length > 0);
}

function areasFor(src: QualifiedSearchSource, seg: Segment): Area[] {
  const name = seg.words.join(" ");
  return (seg.level ? [seg.level] : QUAL_LEVELS).flatMap((l) => [...src.areasNamed(l, name)]);
}

/** The most specific areas consistent with every qualifier (codes nest: 61 ⊃ 61.12 ⊃ 61.12.03). */
function scopes(qualifiers: Area[][]): string[] {
  let acc: string[] | undefined;
  for (const areas of qualifiers) {
    const codes = areas.map((a) => a.code);
    if (!acc) {
      acc = codes;
      continue;
    }
    const next: string[] = [];
    for (const a of acc)
      for (const c of codes) {
        if (c === a || c.startsWith(`${a}.`)) next.push(c);
        else if (a.startsWith(`${c}.`)) next.push(a);
      }
    acc = [...new Set(next)];
  }
  return acc ?? [];
}

function optionsFor(code: string, limit: number): VillageSearchOptions {
  const depth = code.split(".").length;
  return depth === 1
    ? { provinceCode: code, limit }
    : depth === 2
      ? { regencyCode: code, limit }
      : { districtCode: code, limit };
}

function within(scope: VillageSearchOptions | undefined, v: VillagePath): boolean {
  const code = scope?.districtCode ?? scope?.regencyCode ?? scope?.provinceCode;
  return !code || v.village.code.startsWith(`${code}.`);
}

function inScopes(src: QualifiedSearchSource, village: string, codes: string[], limit: number): VillagePath[] {
  return codes.flatMap((c) => src.searchVillages(village, optionsFor(c, limit)));
}

/** Splits `words` into 1 or 2 exact qualifiers, e.g. ["sungai","ambawang","kubu","raya"]. */
function qualifierSplits(src: QualifiedSearchSource, words: string[]): string[] {
  const whole = scopes([areasFor(src, { words })]);
  if (whole.length > 0) return whole;
  const out: string[] = [];
  for (let k = 1; k < words.length; k++) {
    const a = areasFor(src, { words: words.slice(0, k) });
    const b = a.length ? areasFor(src, { words: words.slice(k) }) : [];
    if (b.length) out.push(...scopes([a, b]));
  }
  return out;
}

export function findVillagesQualified(
  src: QualifiedSearchSource,
  query: string,
  scope?: VillageSearchOptions,
  limit = 60,
): VillageMatches {
  const want = limit + 1;
  const segs = segments(query);
  const [first, ...rest] = segs;
  const found: VillagePath[] = [];
  if (first && !first.level) {
    const village = first.words.join(" ");
    if (rest.length > 0) {
      found.push(...inScopes(src, village, scopes(rest.map((s) => areasFor(src, s))), want));
    } else {
      const plain = src.searchVillages(village, { ...scope, limit: want });
      const exact = plain.filter((v) => normalizeForSearch(v.village.name) === village);
      found.push(...exact);
      // "durian sungai ambawang": village words, then kecamatan/kabupaten words
      for (let k = first.words.length - 1; k >= 1; k--) {
        const codes = qualifierSplits(src, first.words.slice(k));
        const name = first.words.slice(0, k).join(" ");
        // without a comma or "kab"/"kec" only the exact village name counts ("sungai" + Kec. Raya is noise)
        if (codes.length)
          found.push(...inScopes(src, name, codes, want).filter((v) => normalizeForSearch(v.village.name) === name));
      }
      found.push(...plain);
    }
  }
  const seen = new Set<string>();
  const villages = found.filter((v) => within(scope, v) && !seen.has(v.village.code) && seen.add(v.village.code));
  return { villages: villages.slice(0, limit), more: villages.length > limit };
}
