// "/rekap kubu raya": wilayah areas whose name matches, inside the user's recap scope — provinces
// (national scope), kabupaten/kota and kecamatan (within a province or a kab/kota), in that order.
import type { Wilayah } from "../wilayah/index.ts";
import type { Area } from "../wilayah/tree.ts";
import type { RecapScope } from "./area.ts";

export function searchRecapAreas(w: Wilayah, scope: RecapScope, query: string, limit = 8): Area[] {
  const q = query.trim();
  if (q.length < 2 || scope.baId !== null) return [];
  const root = scope.root.code;
  const out: Area[] = [];
  const add = (xs: Area[]) => {
    for (const x of xs) if (out.length < limit && !out.some((o) => o.code === x.code)) out.push(x);
  };
  const provinces = root === null ? w.provinces() : root.length === 2 ? [w.province(root)!].filter(Boolean) : [];
  if (root === null) add(w.searchAreas("province", null, q, limit));
  for (const p of provinces) add(w.searchAreas("regency", p.code, q, limit));
  // kecamatan only below a province or a kab/kota (the whole country has too many alike)
  const regencies =
    root === null ? [] : root.length === 2 ? w.regencies(root) : root.length === 5 ? [{ code: root }] : [];
  for (const r of regencies) add(w.searchAreas("district", r.code, q, limit));
  return out;
}
