// Step: the desa/kelurahan of the koperasi. Typing its name (with the kecamatan or kabupaten if
// there are many) is the quick way; the paged lists province → kab/kota → kecamatan → desa are the
// other. The chosen desa decides the path: a desa that already has a koperasi asks "gabung?",
// otherwise the user registers a new one under the desa's suggested name.
import { InlineKeyboard } from "grammy";
import type { Step, StepEnv } from "../state.ts";
import { withHeader } from "../state.ts";
import { w, type PickItem, type SearchResult } from "../../../kit/index.ts";
import { checkSearchQuery } from "../validate.ts";
import { getWilayah, type AreaLevel } from "../../../../services/wilayah/index.ts";
import { normalizeForSearch } from "../../../../services/wilayah/normalize.ts";
import { findCoopByVillage } from "../../../../services/cooperatives.ts";
import { unclaimedRosterOfVillage, type RosterOffer } from "../../../../services/roster-claims.ts";
import { suggestedCoopName } from "./coop.ts";

const LEVELS: AreaLevel[] = ["province", "regency", "district", "village"];
const MAX_RESULTS = 60;
const AREA_WORD = /^(kab|kabupaten|kec|kecamatan) /;

function itemsAt(level: number, codes: string[]): PickItem[] {
  const wil = getWilayah();
  const list =
    level === 0
      ? wil.provinces()
      : level === 1
        ? wil.regencies(codes[0]!)
        : level === 2
          ? wil.districts(codes[1]!)
          : wil.villages(codes[2]!);
  return list.map((a) => ({ code: a.code, label: a.name }));
}

function parentName(level: number, codes: string[]): string {
  const wil = getWilayah();
  if (level === 1) return wil.province(codes[0]!)?.name ?? "";
  if (level === 2) return wil.regency(codes[1]!)?.name ?? "";
  if (level === 3) return wil.district(codes[2]!)?.name ?? "";
  return "";
}

const shortRegency = (name: string) => name.replace(/^Kabupaten /, "Kab. ");
const cut = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** Areas at this level (and, from the top, kab/kota and kecamatan of that exact name), then villages. */
function searchWilayah(level: number, codes: string[], query: string): SearchResult {
  const wil = getWilayah();
  const scopeCode = codes[level - 1];
  const inScope = (code: string) => !scopeCode || code.startsWith(`${scopeCode}.`);
  const areas: PickItem[] =
    level < 3
      ? wil
          .searchAreas(LEVELS[level]!, level === 0 ? null : scopeCode, query, 6)
          .map((x) => ({ code: x.code, label: x.name }))
      : [];
  if (level < 3) {
    // "Kubu Raya", "Kab. Kubu Raya", "Kec. Sungai Ambawang": the area itself, to browse into
    const name = normalizeForSearch(query);
    const bare = name.replace(AREA_WORD, "");
    for (const r of [...wil.areasNamed("regency", name), ...wil.areasNamed("regency", bare)])
      if (inScope(r.code)) areas.push({ code: r.code, label: r.name });
    for (const d of [...wil.areasNamed("district", name), ...wil.areasNamed("district", bare)]) {
      if (inScope(d.code))
        areas.push({
          code: d.code,
          label: cut(`Kec. ${d.name}, ${shortRegency(wil.regency(d.code.slice(0, 5))?.name ?? "")}`),
        });
    }
  }
  const scope =
    level === 0
      ? {}
      : level === 1
        ? { provinceCode: codes[0] }
        : level === 2
          ? { regencyCode: codes[1] }
          : { districtCode: codes[2] };
  const found = wil.findVillages(query, scope, MAX_RESULTS);
  const seen = new Set<string>();
  const items = [
    ...areas,
    ...found.villages.map((v) => ({
      code: v.village.code,
      label: cut(`${v.village.name}, ${v.district.name}, ${shortRegency(v.regency.name)}`),
    })),
  ];
  return { items: items.filter((i) => !seen.has(i.code) && seen.add(i.code)), more: found.more };
}

export const wilayahStep: Step = async (env) => {
  const t = env.ask.ctx.t.bind(env.ask.ctx);
  let codes: string[] = [];
  for (;;) {
    const level = codes.length;
    const here = [...codes];
    const where = parentName(level, here);
    const r = await env.ask.pick({
      title: (p) => withHeader(env, t(`reg-wilayah-${LEVELS[level]}`, { parent: where, page: p.page, pages: p.pages })),
      items: itemsAt(level, here),
      searchColumns: 1,
      search: (query) => searchWilayah(level, here, query),
      checkQuery: (text) => checkSearchQuery(text),
      searchTitle: (query, p) =>
        withHeader(
          env,
          t(p.more ? "reg-wilayah-results-more" : "reg-wilayah-results", {
            query,
            count: p.total,
            page: p.page,
            pages: p.pages,
          }),
        ),
      notFound: (query) => t("reg-wilayah-not-found", { query, where: where || t("reg-wilayah-indonesia") }),
      extra: [{ label: t("btn-back"), choice: "back" }],
      retryKey: "reg-wilayah-use-buttons",
    });
    if (r.kind === "extra") {
      if (level === 0) return "back";
      codes = codes.slice(0, -1);
      continue;
    }
    const parts = r.code.split(".");
    if (parts.length < 4) {
      codes = parts.map((_, i) => parts.slice(0, i + 1).join("."));
      continue;
    }
    if (await chooseVillage(env, r.code)) return "next";
  }
};

/** Records the desa; false when the user wants to pick another one. */
async function chooseVillage(env: StepEnv, villageCode: string): Promise<boolean> {
  const { a, ask } = env;
  const { conversation } = ask;
  const t = ask.ctx.t.bind(ask.ctx);
  const path = getWilayah().villagePath(villageCode);
  if (!path) return false;
  const coop = await conversation.external(async (octx) => {
    const c = await findCoopByVillage(octx.deps.prisma, villageCode);
    return c ? { id: c.id, name: c.name } : null;
  });
  a.villageCode = path.village.code;
  a.districtCode = path.district.code;
  a.regencyCode = path.regency.code;
  a.provinceCode = path.province.code;
  if (a.mode === "claim") {
    // the roster's name and AHU were the claim's, not typed answers of a new koperasi
    a.coopName = undefined;
    a.legalNumber = undefined;
  }
  a.claimRosterId = undefined;
  a.conflictRosterId = undefined;
  a.joinCoopId = undefined;
  a.joinCoopName = undefined;
  if (!coop) {
    const roster = await conversation.external((octx) => unclaimedRosterOfVillage(octx.deps.prisma, villageCode));
    if (roster) return confirmRostered(env, roster, path.village.name);
    a.mode = "new";
    if (!a.coopNameTyped) a.coopName = suggestedCoopName(villageCode);
    await ask.reply(t("reg-village-new", { village: path.village.name, name: a.coopName ?? "" }));
    return true;
  }
  const text = t("reg-join-ask", { name: coop.name, village: path.village.name });
  const r = await ask.buttons({
    text,
    keyboard: new InlineKeyboard().text(t("reg-join-yes"), w("join")).row().text(t("reg-join-other"), w("other")),
    choices: ["join", "other"] as const,
    shown: (c) => t(c === "join" ? "reg-join-yes" : "reg-join-other"),
  });
  if (r === "join") {
    a.mode = "join";
    a.joinCoopId = coop.id;
    a.joinCoopName = coop.name;
    return true;
  }
  a.villageCode = undefined;
  a.mode = undefined;
  return false;
}

const CLAIM_LABELS = { claim: "reg-claim-yes", notours: "reg-claim-no", other: "reg-join-other" } as const;

/**
 * The desa's official coop from the roster: "Ini koperasi Anda?" Ya claims it (name, AHU and units
 * come from the roster: nothing to type); Bukan registers their own (reported as a conflict);
 * "Pilih desa lain" goes back to the search. Reached only after consent (the wizard's first step).
 */
async function confirmRostered(env: StepEnv, roster: RosterOffer, village: string): Promise<boolean> {
  const { a, ask } = env;
  const t = ask.ctx.t.bind(ask.ctx);
  const text = t("reg-claim-ask", { village, name: roster.name, ahu: roster.legalNumber ?? t("reg-ahu-none") });
  const r = await ask.buttons({
    text,
    keyboard: new InlineKeyboard()
      .text(t("reg-claim-yes"), w("claim"))
      .row()
      .text(t("reg-claim-no"), w("notours"))
      .row()
      .text(t("reg-join-other"), w("other")),
    choices: ["claim", "notours", "other"] as const,
    shown: (c) => t(CLAIM_LABELS[c]),
  });
  if (r === "claim") {
    a.mode = "claim";
    a.claimRosterId = roster.id;
    a.coopName = roster.name;
    a.coopNameTyped = false;
    a.legalNumber = roster.legalNumber;
    return true;
  }
  if (r === "notours") {
    a.mode = "new";
    a.conflictRosterId = roster.id;
    if (!a.coopNameTyped) a.coopName = suggestedCoopName(a.villageCode);
    await ask.reply(t("reg-claim-not-ours", { village, name: a.coopName ?? "" }));
    return true;
  }
  a.villageCode = undefined;
  a.mode = undefined;
  return false;
}
