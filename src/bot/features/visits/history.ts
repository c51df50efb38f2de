// Visit history: per coop (BA, PMO, admin in scope), per BA (the BA themself, their PMO, admins),
// and the PMO's table of visits per BA for the current month.
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import type { User, Visit } from "../../../generated/prisma/client.ts";
import { coopVisits, visitsOfBa } from "../../../services/visits/index.ts";
import { visitCounts } from "../../../services/visits/recap.ts";
import { type Overseer, overseenWhere } from "../../../services/oversight/scope.ts";
import { coopTimeZone } from "../../../services/sla.ts";
import { personName } from "../../../services/roles.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { formatDateId, formatPeriod, periodOf, nextPeriod } from "../../../lib/dates.ts";
import { truncate } from "../../../lib/text.ts";
import { periodStart } from "../../../services/reports/view.ts";
import { ov } from "../oversight/callbacks-data.ts";
import { clampPage, fitLines, pages } from "../oversight/text.ts";

const PAGE = 5;

function visitLine(ctx: Ctx, v: Visit, tz: string, extra: string): string {
  const base = ctx.t("vis-line", { date: formatDateId(v.at, tz), kind: ctx.t(`vis-kind-${v.kind}`), topic: ctx.t(`vis-topic-${v.topic}`), note: truncate(v.note, 70) });
  const marks = `${v.photoFileId ? " 📷" : ""}${v.latitude !== null ? " 📍" : ""}`;
  const follow = v.followUpAt ? `\n  ${ctx.t("vis-line-follow", { date: formatDateId(v.followUpAt, tz) })}` : "";
  return `${base}${marks}${extra}${follow}`;
}

export async function showCoopHistory(ctx: Ctx, coop: { id: number; name: string; provinceCode: string }, page: number, showBa: boolean) {
  const { total } = await coopVisits(ctx.deps.prisma, coop.id, { skip: 0, take: 0 });
  const kb = new InlineKeyboard();
  if (total === 0) {
    if (!showBa) kb.text(ctx.t("ov-btn-visit"), ov("k", coop.id));
    return ctx.reply(ctx.t("vis-hist-empty", { coop: coop.name }), kb.inline_keyboard.flat().length ? { reply_markup: kb } : {});
  }
  const p = clampPage(page, total, PAGE);
  const { rows } = await coopVisits(ctx.deps.prisma, coop.id, { skip: p * PAGE, take: PAGE });
  const tz = coopTimeZone(coop);
  const lines = rows.map((v) => visitLine(ctx, v, tz, showBa ? ` ${ctx.t("vis-line-ba", { ba: personName(v.ba) })}` : ""));
  const { text } = fitLines([ctx.t("vis-hist-title", { coop: truncate(coop.name, 50), count: total, page: p + 1, pages: pages(total, PAGE) })], lines);
  if (p > 0) kb.text(ctx.t("btn-prev"), ov("h", coop.id, p - 1));
  if (p < pages(total, PAGE) - 1) kb.text(ctx.t("btn-next"), ov("h", coop.id, p + 1));
  if (!showBa) kb.row().text(ctx.t("ov-btn-visit"), ov("k", coop.id));
  await ctx.reply(text, kb.inline_keyboard.flat().length ? { reply_markup: kb } : {});
}

export async function showBaVisits(ctx: Ctx, ba: User, page: number) {
  const { total } = await visitsOfBa(ctx.deps.prisma, ba.id, { skip: 0, take: 0 });
  if (total === 0) return ctx.reply(ctx.t("vis-ba-empty", { name: personName(ba) }));
  const p = clampPage(page, total, PAGE);
  const { rows } = await visitsOfBa(ctx.deps.prisma, ba.id, { skip: p * PAGE, take: PAGE });
  const lines = rows.map((v) => ctx.t("vis-line-coop", { date: formatDateId(v.at, coopTimeZone(v.coop)), coop: truncate(v.coop.name, 40), kind: ctx.t(`vis-kind-${v.kind}`), topic: ctx.t(`vis-topic-${v.topic}`) }));
  const { text } = fitLines([ctx.t("vis-ba-title", { name: personName(ba), count: total, page: p + 1, pages: pages(total, PAGE) })], lines);
  const kb = new InlineKeyboard();
  if (p > 0) kb.text(ctx.t("btn-prev"), ov("V", ba.id, p - 1));
  if (p < pages(total, PAGE) - 1) kb.text(ctx.t("btn-next"), ov("V", ba.id, p + 1));
  await ctx.reply(text, kb.inline_keyboard.flat().length ? { reply_markup: kb } : {});
}

/** PMO / admin: this month's contacts per BA of their area. */
export async function showVisitsPerBa(ctx: Ctx, user: Overseer & Pick<User, "provinceCode">, page: number) {
  const now = ctx.deps.clock.now();
  const tz = coopTimeZone({ provinceCode: user.regencyCode?.slice(0, 2) ?? user.provinceCode ?? "31" });
  const month = periodOf(now, tz);
  const counts = await visitCounts(ctx.deps.prisma, overseenWhere(user), periodStart(month, tz), periodStart(nextPeriod(month), tz), now);
  const list = user.role === "PMO" ? counts.perBa.filter((b) => b.regencyCode === user.regencyCode) : counts.perBa;
  const area = user.role === "PMO" ? (getWilayah().regency(user.regencyCode ?? "")?.name ?? user.regencyCode ?? "-") : ctx.t("ws-all-areas");
  if (list.length === 0) return ctx.reply(ctx.t("vis-per-ba-none"));
  const p = clampPage(page, list.length, PAGE);
  const slice = list.slice(p * PAGE, (p + 1) * PAGE);
  const lines = slice.map((b, i) => ctx.t("vis-per-ba-line", { n: p * PAGE + i + 1, name: truncate(b.name, 30), visits: b.visits, calls: b.calls, online: b.online, coops: b.coops, stale: b.stale }));
  const fit = fitLines([ctx.t("vis-per-ba-title", { month: formatPeriod(month), area })], lines, ["", ctx.t("vis-per-ba-foot")]);
  const kb = new InlineKeyboard();
  slice.slice(0, fit.shown).forEach((b, i) => kb.text(String(p * PAGE + i + 1), ov("V", b.baId, 0)));
  kb.row();
  if (p > 0) kb.text(ctx.t("btn-prev"), ov("v", p - 1));
  if (p < pages(list.length, PAGE) - 1) kb.text(ctx.t("btn-next"), ov("v", p + 1));
  await ctx.reply(fit.text, { reply_markup: kb });
}
