// Step: wilayah picker, province → kab/kota → kecamatan → desa/kelurahan, with paged buttons
// at every level and type-to-search by name (areas at this level and villages in scope).
// One message is edited as the user goes down the levels.
import { InlineKeyboard } from "grammy";
import type { Step, StepEnv } from "../state.ts";
import { withHeader } from "../state.ts";
import { nextInput } from "../wizard-io.ts";
import { checkSearchQuery } from "../validate.ts";
import { pickerKeyboard, pageCount, type PickItem } from "../picker.ts";
import { getWilayah, type AreaLevel } from "../../../../services/wilayah/index.ts";
import { findCoopByVillage } from "../../../../services/cooperatives.ts";

const LEVELS: AreaLevel[] = ["province", "regency", "district", "village"];

function itemsAt(level: number, codes: string[]): PickItem[] {
  const w = getWilayah();
  const list =
    level === 0 ? w.provinces() : level === 1 ? w.regencies(codes[0]!) : level === 2 ? w.districts(codes[1]!) : w.villages(codes[2]!);
  return list.map((a) => ({ code: a.code, label: a.name }));
}

function parentName(level: number, codes: string[]): string {
  const w = getWilayah();
  if (level === 1) return w.province(codes[0]!)?.name ?? "";
  if (level === 2) return w.regency(codes[1]!)?.name ?? "";
  if (level === 3) return w.district(codes[2]!)?.name ?? "";
  return "";
}

function listText(env: StepEnv, level: number, codes: string[], page: number, total: number): string {
  const t = env.ctx.t.bind(env.ctx);
  const body = t(`reg-wilayah-${LEVELS[level]}`, { parent: parentName(level, codes), page: page + 1, pages: pageCount(total) });
  return withHeader(env, `${body}\n${t("reg-wilayah-type-hint")}`);
}

export const wilayahStep: Step = async (env) => {
  const { conversation, a } = env;
  let ctx = env.ctx;
  const t = ctx.t.bind(ctx);
  const labels = { prev: t("btn-prev"), next: t("btn-next"), back: t("btn-back") };
  const codes: string[] = [];
  let level = 0;
  let page = 0;
  let items = itemsAt(level, codes);
  let prompt = await ctx.reply(listText(env, level, codes, page, items.length), { reply_markup: pickerKeyboard(items, page, labels) });
  let searchResults: PickItem[] | undefined;

  const showList = async (edit: boolean) => {
    searchResults = undefined;
    const text = listText(env, level, codes, page, items.length);
    const kb = pickerKeyboard(items, page, labels);
    if (edit) await ctx.editMessageText(text, { reply_markup: kb }).catch(() => undefined);
    else prompt = await ctx.reply(text, { reply_markup: kb });
  };

  for (;;) {
    const input = await nextInput(conversation, prompt.message_id);
    ctx = input.ctx;
    if (input.kind === "cb") {
      await ctx.answerCallbackQuery().catch(() => undefined);
      const [kind, value] = input.data.split(":");
      if (kind === "pg" && !searchResults) {
        page = Math.min(Math.max(0, Number(value) || 0), pageCount(items.length) - 1);
        await showList(true);
        continue;
      }
      if (kind === "bk") {
        if (searchResults) {
          await showList(true);
          continue;
        }
        if (level === 0) {
          await ctx.editMessageText(withHeader(env, t("reg-wilayah-back"))).catch(() => undefined);
          return "back";
        }
        level -= 1;
        codes.length = level;
        items = itemsAt(level, codes);
        page = 0;
        await showList(true);
        continue;
      }
      // only codes offered on this prompt are accepted (forged data is ignored)
      if (kind !== "pk" || !value || !(searchResults ?? items).some((i) => i.code === value)) {
        await ctx.reply(t("error-stale-button"));
        continue;
      }
      const depth = value.split(".").length - 1; // 61 → 0, 61.12 → 1, 61.12.03 → 2, 61.12.03.2005 → 3
      if (depth === 3) {
        const done = await chooseVillage(env, value);
        if (done) return "next";
        await showList(false);
        continue;
      }
      codes.length = depth;
      codes.push(value);
      for (let i = depth - 1; i >= 0; i--) codes[i] = value.split(".").slice(0, i + 1).join(".");
      level = depth + 1;
      items = itemsAt(level, codes);
      page = 0;
      await showList(true);
      continue;
    }
    const query = input.kind === "text" ? checkSearchQuery(input.text) : ({ ok: false, error: "reg-wilayah-use-buttons" } as const);
    if (!query.ok) {
      await ctx.reply(t(query.error));
      await showList(false);
      continue;
    }
    const results = search(level, codes, query.value);
    if (results.length === 0) {
      await ctx.reply(t("reg-wilayah-not-found", { query: query.value, where: parentName(level, codes) || t("reg-wilayah-indonesia") }));
      await showList(false);
      continue;
    }
    searchResults = results;
    const kb = new InlineKeyboard();
    for (const r of results) kb.text(r.label, `pk:${r.code}`).row();
    kb.text(t("btn-back-to-list"), "bk");
    prompt = await ctx.reply(withHeader(env, t("reg-wilayah-results", { query: query.value })), { reply_markup: kb });
  }

  async function chooseVillage(e: StepEnv, villageCode: string): Promise<boolean> {
    const path = getWilayah().villagePath(villageCode);
    if (!path) return false;
    a.villageCode = path.village.code;
    a.districtCode = path.district.code;
    a.regencyCode = path.regency.code;
    a.provinceCode = path.province.code;
    const place = t("reg-wilayah-chosen", { village: path.village.name, district: path.district.name, regency: path.regency.name, province: path.province.name });
    await ctx.editMessageText(withHeader(e, place)).catch(() => undefined);
    const coop = await conversation.external(async (octx) => {
      const c = await findCoopByVillage(octx.deps.prisma, villageCode);
      return c ? { id: c.id, name: c.name } : null;
    });
    if (coop) {
      a.joinCoopId = coop.id;
      a.joinCoopName = coop.name;
      if (a.mode === "new") await ctx.reply(t("reg-village-taken", { name: coop.name, village: path.village.name }));
      a.mode = "join";
      return true;
    }
    a.joinCoopId = undefined;
    a.joinCoopName = undefined;
    if (a.mode === "new") return true;
    // join path, but this desa has no cooperative yet: offer to register it or pick another desa
    const kb = new InlineKeyboard().text(t("reg-no-coop-register"), "new").row().text(t("reg-no-coop-other"), "other");
    let p = await ctx.reply(t("reg-village-no-coop", { village: path.village.name }), { reply_markup: kb });
    for (;;) {
      const input = await nextInput(conversation, p.message_id);
      ctx = input.ctx;
      if (input.kind === "cb" && (input.data === "new" || input.data === "other")) {
        await ctx.answerCallbackQuery().catch(() => undefined);
        await ctx.editMessageReplyMarkup().catch(() => undefined);
        if (input.data === "new") {
          a.mode = "new";
          return true;
        }
        a.villageCode = undefined;
        return false;
      }
      await ctx.reply(t("reg-use-buttons"));
      p = await ctx.reply(t("reg-village-no-coop", { village: path.village.name }), { reply_markup: kb });
    }
  }
};

function search(level: number, codes: string[], query: string): PickItem[] {
  const w = getWilayah();
  const areas = w.searchAreas(LEVELS[level]!, level === 0 ? null : codes[level - 1], query, 6).map((x) => ({ code: x.code, label: x.name }));
  if (level === 3 && areas.length > 0) return areas;
  const scope = level === 0 ? {} : level === 1 ? { provinceCode: codes[0] } : level === 2 ? { regencyCode: codes[1] } : { districtCode: codes[2] };
  const villages = query.length >= 3 || level === 3 ? w.searchVillages(query, { ...scope, limit: 8 }) : [];
  const villageItems = villages
    .filter((v) => !areas.some((x) => x.code === v.village.code))
    .map((v) => ({ code: v.village.code, label: truncateLabel(`${v.village.name}, ${v.district.name}, ${shortRegency(v.regency.name)}`) }));
  return [...areas, ...villageItems];
}

function shortRegency(name: string): string {
  return name.replace(/^Kabupaten /, "Kab. ");
}

function truncateLabel(s: string): string {
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}
