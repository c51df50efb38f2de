// Two supervisor lists: coops without a BA (PMO/admin; "Tugaskan BA" opens the existing /tugaskan
// flow) and coops not visited or called in the last 30 days (each opens its visit history).
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { type Overseer, overseenWhere } from "../../../services/oversight/scope.ts";
import { staleCoops } from "../../../services/visits/index.ts";
import { coopTimeZone } from "../../../services/sla.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { formatDateId } from "../../../lib/dates.ts";
import { truncate } from "../../../lib/text.ts";
import { ov } from "./callbacks-data.ts";
import { clampPage, fitLines, pages } from "./text.ts";

const PAGE = 8;

function place(villageCode: string): string {
  const p = getWilayah().villagePath(villageCode);
  return p ? `${p.village.name}, Kec. ${p.district.name}` : villageCode;
}

export async function showUnassigned(ctx: Ctx, user: Overseer, page: number) {
  const where = { ...overseenWhere(user), status: "ACTIVE" as const, assignedBaId: null };
  const total = await ctx.deps.prisma.cooperative.count({ where });
  if (total === 0) return ctx.reply(ctx.t("ov-un-none"));
  const p = clampPage(page, total, PAGE);
  const rows = await ctx.deps.prisma.cooperative.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], skip: p * PAGE, take: PAGE });
  const lines = rows.map((c, i) => ctx.t("ov-un-line", { n: p * PAGE + i + 1, coop: truncate(c.name, 42), place: place(c.villageCode) }));
  const { text } = fitLines([ctx.t("ov-un-title", { count: total, page: p + 1, pages: pages(total, PAGE) })], lines);
  const kb = new InlineKeyboard();
  if (p > 0) kb.text(ctx.t("btn-prev"), ov("u", p - 1));
  if (p < pages(total, PAGE) - 1) kb.text(ctx.t("btn-next"), ov("u", p + 1));
  kb.row().text(ctx.t("ov-btn-assign"), ov("t"));
  await ctx.reply(text, { reply_markup: kb });
}

export async function showStale(ctx: Ctx, user: Overseer, page: number) {
  const list = await staleCoops(ctx.deps.prisma, overseenWhere(user), ctx.deps.clock.now());
  if (list.length === 0) return ctx.reply(ctx.t("ov-stale-none"));
  const p = clampPage(page, list.length, PAGE);
  const slice = list.slice(p * PAGE, (p + 1) * PAGE);
  const coops = await ctx.deps.prisma.cooperative.findMany({ where: { id: { in: slice.map((c) => c.id) } }, select: { id: true, provinceCode: true } });
  const lines = slice.map((c, i) => {
    const tz = coopTimeZone(coops.find((x) => x.id === c.id) ?? { provinceCode: "31" });
    const last = c.lastAt ? ctx.t("ov-stale-last", { date: formatDateId(c.lastAt, tz) }) : ctx.t("ov-stale-never");
    return ctx.t("ov-stale-line", { n: p * PAGE + i + 1, coop: truncate(c.name, 42), last });
  });
  const fit = fitLines([ctx.t("ov-stale-title", { count: list.length, page: p + 1, pages: pages(list.length, PAGE) })], lines);
  const kb = new InlineKeyboard();
  slice.slice(0, fit.shown).forEach((c, i) => {
    kb.text(ctx.t("ov-btn-history", { n: p * PAGE + i + 1 }), ov("h", c.id, 0));
    if (i % 4 === 3) kb.row();
  });
  kb.row();
  if (p > 0) kb.text(ctx.t("btn-prev"), ov("f", p - 1));
  if (p < pages(list.length, PAGE) - 1) kb.text(ctx.t("btn-next"), ov("f", p + 1));
  await ctx.reply(fit.text, { reply_markup: kb });
}
