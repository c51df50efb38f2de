// Finding areas for a roster row: a Kemendagri code, or names (desa + kecamatan + kab/kota) that
// point at exactly one village. No database here.
import { normalizeForSearch } from "../wilayah/normalize.ts";
import type { Area, VillagePath, Wilayah } from "../wilayah/index.ts";
import { levelOfCode } from "../wilayah/index.ts";
import { normalizeAreaCode } from "./normalize.ts";
import type { Args } from "./types.ts";

export type Located<T> = { ok: true; value: T } | { ok: false; key: string; args?: Args };

const norm = (s: string) =>
  normalizeForSearch(s)
    .replace(/^kab\s/, "kabupaten ")
    .replace(/^kec\s/, "");

function byName(areas: readonly Area[], name: string): Area[] {
  const n = norm(name);
  const bare = n.replace(/^(kabupaten|kota|desa|kelurahan|kecamatan)\s/, "");
  return areas.filter((a) => {
    const an = normalizeForSearch(a.name);
    return an === n || an === bare || an.replace(/^(kabupaten|kota)\s/, "") === bare;
  });
}

/** a kab/kota by name (within a province when given); ambiguous or unknown → a reason */
export function regencyByName(w: Wilayah, name: string, provinceCode: string | null): Located<Area> {
  const areas = provinceCode ? w.regencies(provinceCode) : w.provinces().flatMap((p) => w.regencies(p.code));
  const found = byName(areas, name);
  if (found.length === 1) return { ok: true, value: found[0]! };
  return { ok: false, key: found.length ? "imp-err-regency-ambiguous" : "imp-err-regency-unknown", args: { name } };
}

export function provinceByName(w: Wilayah, name: string): Located<Area> {
  const n = norm(name).replace(/^provinsi\s/, "");
  const found = w.provinces().filter((p) => normalizeForSearch(p.name) === n);
  return found.length === 1
    ? { ok: true, value: found[0]! }
    : { ok: false, key: "imp-err-province-unknown", args: { name } };
}

/** A village from its code (dots, spaces or none) */
export function villageByCode(w: Wilayah, raw: string): Located<VillagePath> {
  const code = normalizeAreaCode(raw);
  if (!code || levelOfCode(code) !== "village")
    return { ok: false, key: "imp-err-village-code-format", args: { code: raw } };
  const path = w.villagePath(code);
  return path ? { ok: true, value: path } : { ok: false, key: "imp-err-village-unknown", args: { code } };
}

/** A village from desa + kecamatan + kab/kota names, only when exactly one matches */
export function villageByNames(
  w: Wilayah,
  names: { village: string; district: string; regency: string },
  provinceCode: string | null,
): Located<VillagePath> {
  if (!names.village || !names.district || !names.regency) return { ok: false, key: "imp-err-village-names-missing" };
  const regency = regencyByName(w, names.regency, provinceCode);
  if (!regency.ok) return regency;
  const districts = byName(w.districts(regency.value.code), names.district);
  if (districts.length !== 1)
    return {
      ok: false,
      key: districts.length ? "imp-err-district-ambiguous" : "imp-err-district-unknown",
      args: { name: names.district, regency: regency.value.name },
    };
  const villages = byName(w.villages(districts[0]!.code), names.village);
  if (villages.length !== 1)
    return {
      ok: false,
      key: villages.length ? "imp-err-village-ambiguous" : "imp-err-village-name-unknown",
      args: { name: names.village, district: districts[0]!.name },
    };
  return { ok: true, value: w.villagePath(villages[0]!.code)! };
}
