// The region filter: province → kab/kota → kecamatan with the kit's paged picker and
// type-to-search over the wilayah data, starting at the sender's own area (a PMO picks a
// kecamatan of their kab/kota or the whole of it; Dinas a kab/kota of their province…).
// Returns the chosen code, null for "every area" (admins only), or undefined when nothing changed.
import type { Asker, PickItem } from "../../kit/index.ts";
import { getWilayah, type Area } from "../../../services/wilayah/index.ts";
import { regionName } from "../../../services/broadcasts/index.ts";

type Level = "province" | "regency" | "district";
const CHILD: Record<string, Level | undefined> = { province: "regency", regency: "district" };

const items = (areas: Area[]): PickItem[] => areas.map((a) => ({ code: a.code, label: a.name }));

function childrenOf(parent: string | null, level: Level): Area[] {
  const w = getWilayah();
  if (level === "province") return w.provinces();
  return level === "regency" ? w.regencies(parent!) : w.districts(parent!);
}

/** One level: pick a child area, or the whole parent ("x:whole"). */
function pickLevel(ask: Asker, parent: string | null, level: Level) {
  const t = ask.ctx.t.bind(ask.ctx);
  const wholeLabel = parent ? t("bc-region-whole", { name: regionName(parent) }) : t("bc-region-all");
  return ask.pick({
    title: (p) => t(`bc-region-${level}`, { page: p.page, pages: p.pages }),
    items: items(childrenOf(parent, level)),
    pageSize: 10,
    search: (q) => items(getWilayah().searchAreas(level, parent, q, 40)),
    checkQuery: (s) => (s.trim().length >= 2 ? { ok: true, value: s.trim() } : { ok: false, error: "bc-region-short" }),
    searchTitle: (q, p) => t("bc-region-found", { query: q, total: p.total, page: p.page, pages: p.pages }),
    extra: [{ label: wholeLabel, choice: "whole" }],
  });
}

/** `scope`: the sender's area (null = everywhere). */
export async function pickRegion(ask: Asker, scope: string | null): Promise<string | null> {
  let parent = scope;
  let level: Level | undefined =
    scope === null ? "province" : CHILD[scope.split(".").length === 1 ? "province" : "regency"];
  while (level) {
    const r = await pickLevel(ask, parent, level);
    if (r.kind === "extra") return parent;
    parent = r.code;
    level = CHILD[level];
  }
  return parent;
}
