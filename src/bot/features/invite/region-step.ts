// Wizard step: pick a province, then (for BA/PMO) a kab/kota, with the kit's paged picker and
// type-to-search by name (from the province list, kab/kota of every province are found too).
// Returns the chosen code, or undefined for "back".
import type { Translate } from "../../../i18n.ts";
import { getWilayah, type Area } from "../../../services/wilayah/index.ts";
import type { Asker, PickItem, Parsed } from "../../kit/index.ts";

const item = (a: Area): PickItem => ({ code: a.code, label: a.name.replace(/^Kabupaten /, "Kab. ") });

/** Regencies whose name matches, across all provinces (or one). */
function searchRegencies(query: string, provinceCode?: string): Area[] {
  const w = getWilayah();
  const provinces = provinceCode ? [provinceCode] : w.provinces().map((p) => p.code);
  return provinces.flatMap((p) => w.searchAreas("regency", p, query, 4)).slice(0, 8);
}

const checkQuery = (text: string): Parsed<string> => {
  const q = text.trim();
  return q.length < 3 ? { ok: false, error: "inv-search-short" } : { ok: true, value: q.slice(0, 40) };
};

async function pickOne(
  ask: Asker,
  header: string,
  askKey: string,
  items: Area[],
  search: (q: string) => Area[],
  province = "",
) {
  const t: Translate = ask.ctx.t.bind(ask.ctx);
  return ask.pick({
    title: () => `${header}\n${t(askKey, { province })}`,
    items: items.map(item),
    search: (q) => search(q).map((a) => ({ code: a.code, label: a.name })),
    checkQuery,
    searchTitle: (q) => `${header}\n${t("inv-search-results", { query: q })}`,
    notFound: (q) => t("inv-search-none", { query: q }),
    extra: [{ label: t("btn-back"), choice: "back" }],
  });
}

export async function pickRegion(
  ask: Asker,
  level: "province" | "regency",
  header: string,
): Promise<string | undefined> {
  const w = getWilayah();
  for (;;) {
    const byProvince = level === "province";
    const p = await pickOne(
      ask,
      header,
      byProvince ? "inv-pick-province-only" : "inv-pick-province",
      w.provinces(),
      (q) =>
        byProvince
          ? w.searchAreas("province", null, q, 8)
          : [...w.searchAreas("province", null, q, 3), ...searchRegencies(q)],
    );
    if (p.kind === "extra") return undefined;
    const code = p.code;
    if (byProvince || code.includes(".")) return code;
    const r = await pickOne(
      ask,
      header,
      "inv-pick-regency",
      w.regencies(code),
      (q) => searchRegencies(q, code),
      w.province(code)?.name ?? "",
    );
    if (r.kind === "picked") return r.code;
  }
}
