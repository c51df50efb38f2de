// Wizard step: pick a province, then (for BA/PMO) a kab/kota, with paged buttons and
// type-to-search by name. Returns the chosen code, or undefined for "back".
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx } from "../../context.ts";
import { getWilayah, type Area } from "../../../services/wilayah/index.ts";
import { wizardInput } from "../admin/wizard-input.ts";

const PAGE = 10;

function listKeyboard(ctx: ConvCtx, items: Area[], page: number): InlineKeyboard {
  const kb = new InlineKeyboard();
  items.slice(page * PAGE, (page + 1) * PAGE).forEach((a, i) => {
    kb.text(a.name.replace(/^Kabupaten /, "Kab. "), `pk:${a.code}`);
    if (i % 2 === 1) kb.row();
  });
  kb.row();
  if (page > 0) kb.text(ctx.t("btn-prev"), `pg:${page - 1}`);
  if ((page + 1) * PAGE < items.length) kb.text(ctx.t("btn-next"), `pg:${page + 1}`);
  return kb.row().text(ctx.t("btn-back"), "bk");
}

/** Regencies whose name matches, across all provinces (or one). */
function searchRegencies(query: string, provinceCode?: string): Area[] {
  const w = getWilayah();
  const provinces = provinceCode ? [provinceCode] : w.provinces().map((p) => p.code);
  return provinces.flatMap((p) => w.searchAreas("regency", p, query, 4)).slice(0, 8);
}

export async function pickRegion(conversation: Conv, ctx0: ConvCtx, level: "province" | "regency", header: string): Promise<string | undefined> {
  const w = getWilayah();
  let ctx = ctx0;
  let province: string | undefined;
  let page = 0;
  const items = () => (province ? w.regencies(province) : w.provinces());
  const askKey = () => {
    if (province) return "inv-pick-regency";
    return level === "province" ? "inv-pick-province-only" : "inv-pick-province";
  };
  const text = () => `${header}\n${ctx.t(askKey(), { province: province ? (w.province(province)?.name ?? "") : "" })}`;
  let prompt = await ctx.reply(text(), { reply_markup: listKeyboard(ctx, items(), page) });
  let offered = items().map((a) => a.code);
  let searching = false;
  for (;;) {
    const input = await wizardInput(conversation, prompt.message_id);
    ctx = input.ctx;
    if (input.kind === "cb") {
      await ctx.answerCallbackQuery().catch(() => undefined);
      const [kind, value] = input.data.split(":");
      if (kind === "pg") {
        page = Math.max(0, Number(value) || 0);
        searching = false;
        await ctx.editMessageText(text(), { reply_markup: listKeyboard(ctx, items(), page) }).catch(() => undefined);
        continue;
      }
      if (kind === "bk") {
        if (!province && !searching) return undefined;
        if (!searching) province = undefined;
        searching = false;
        page = 0;
        offered = items().map((a) => a.code);
        await ctx.editMessageText(text(), { reply_markup: listKeyboard(ctx, items(), page) }).catch(() => undefined);
        continue;
      }
      if (kind !== "pk" || !value || !offered.includes(value)) continue;
      searching = false;
      const isRegency = value.includes(".");
      if (isRegency || level === "province") {
        const name = isRegency ? w.regency(value)?.name : w.province(value)?.name;
        await ctx.editMessageText(`${header}\n✅ ${name ?? value}`).catch(() => undefined);
        return value;
      }
      province = value;
      page = 0;
      offered = items().map((a) => a.code);
      await ctx.editMessageText(text(), { reply_markup: listKeyboard(ctx, items(), page) }).catch(() => undefined);
      continue;
    }
    const q = input.kind === "text" ? input.text.trim() : "";
    const found: Area[] = q.length < 3 ? [] : level === "province" ? w.searchAreas("province", null, q, 8) : province ? searchRegencies(q, province) : [...w.searchAreas("province", null, q, 3), ...searchRegencies(q)];
    if (found.length === 0) {
      await ctx.reply(ctx.t(q.length < 3 ? "inv-search-short" : "inv-search-none", { query: q.slice(0, 40) }));
    } else {
      const kb = new InlineKeyboard();
      for (const a of found) kb.text(a.name, `pk:${a.code}`).row();
      kb.text(ctx.t("btn-back"), "bk");
      offered = found.map((a) => a.code);
      prompt = await ctx.reply(`${header}\n${ctx.t("inv-search-results", { query: q.slice(0, 40) })}`, { reply_markup: kb });
      searching = true;
      continue;
    }
    offered = items().map((a) => a.code);
    prompt = await ctx.reply(text(), { reply_markup: listKeyboard(ctx, items(), page) });
  }
}
