// Wizard step: pick a province, then (for BA/PMO) a kab/kota, with the kit's paged picker and
// type-to-search by name (from the province list, kab/kota of every province are found too).
// Returns the chosen code, or undefined for "back".
import type { Conv, ConvCtx } from "../../context.ts";
import { getWilayah, type Area } from "../../../services/wilayah/index.ts";
import { type PickItem, type Parsed, pickPaged } from "../../kit/index.ts";

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
  conversation: Conv,
  ctx: ConvCtx,
  header: string,
  askKey: string,
  items: Area[],
  search: (q: string) => Area[],
  province = "",
) {
  return pickPaged(conversation, ctx, {
    title: () => `${header}\n${ctx.t(askKey, { province })}`,
    items: items.map(item),
    search: (q) => search(q).map((a) => ({ code: a.code, label: a.name })),
    checkQuery,
    searchTitle: (q) => `${header}\n${ctx.t("inv-search-results", { query: q })}`,
    notFound: (q) => ctx.t("inv-search-none", { query: q }),
    extra: [{ label: ctx.t("btn-back"), choice: "back" }],
  });
}

export async function pickRegion(
  conversation: Conv,
  ctx0: ConvCtx,
  level: "province" | "regency",
  header: string,
): Promise<{ code?: string; ctx: ConvCtx }> {
  const w = getWilayah();
  let ctx = ctx0;
  for (;;) {
    const byProvince = level === "province";
    const p = await pickOne(
      conversation,
      ctx,
      header,
      byProvince ? "inv-pick-province-only" : "inv-pick-province",
      w.provinces(),
      (q) =>
        byProvince
          ? w.searchAreas("province", null, q, 8)
          : [...w.searchAreas("province", null, q, 3), ...searchRegencies(q)],
    );
    ctx = p.ctx;
    if (p.value.kind === "extra") return { ctx };
    const code = p.value.code;
    if (byProvince || code.includes(".")) return { code, ctx };
    const r = await pickOne(
      conversation,
      ctx,
      header,
      "inv-pick-regency",
      w.regencies(code),
      (q) => searchRegencies(q, code),
      w.province(code)?.name ?? "",
    );
    ctx = r.ctx;
    if (r.value.kind === "picked") return { code: r.value.code, ctx };
  }
}
