// /riwayat: the reports of my coop(s) with their status; each opens read-only with its history
// (submissions, reviews with flagged fields and comments, corrected values per version).
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { activeCoops } from "../../../services/reports/access.ts";
import { changesIn, listReports, reportForViewer, type HistoryEvent } from "../../../services/reports/history.ts";
import { formatDateTimeId, formatPeriod } from "../../../lib/dates.ts";
import { MESSAGE_LIMIT, packPages, truncate } from "../../../lib/text.ts";
import { answerPages, fmtValue, longLabel } from "./render.ts";
import { historyPageCb, viewCb } from "./callback-data.ts";
import { localeOf, type Translate } from "../../../i18n.ts";

export async function showHistoryList(ctx: Ctx) {
  const t: Translate = ctx.t.bind(ctx);
  const coops = await activeCoops(ctx.deps.prisma, ctx.user!.id);
  if (coops.length === 0) {
    await ctx.reply(t("rep-not-member"));
    return;
  }
  for (const c of coops) {
    const list = await listReports(ctx.deps.prisma, c.id);
    if (list.length === 0) {
      await ctx.reply(t("rep-hist-empty", { coop: c.name }));
      continue;
    }
    const kb = new InlineKeyboard();
    for (const r of list)
      kb.text(
        t("rep-hist-item", {
          period: formatPeriod(r.period, localeOf(t)),
          status: t(`rep-status-${r.status}`),
          version: r.version,
        }),
        viewCb.pack(r.id),
      ).row();
    await ctx.reply(t("rep-hist-title", { coop: c.name }), { reply_markup: kb });
  }
}

function eventLine(t: Translate, e: HistoryEvent, tz: string): string | undefined {
  const at = formatDateTimeId(new Date(e.at), tz, localeOf(t));
  const by = e.by ?? "-";
  if (e.action === "SUBMITTED") return t("rep-ev-submitted", { at, by, version: e.version });
  if (e.action === "ACCEPTED") return t("rep-ev-accepted", { at, by, version: e.version });
  if (e.action === "RETURNED") {
    const fields = (e.field ?? "")
      .split(",")
      .filter(Boolean)
      .map((k) => longLabel(t, k))
      .join(", ");
    return t("rep-ev-returned", { at, by, version: e.version, fields, comment: truncate(e.after ?? "", 120) });
  }
  if (e.action === "REPLIED")
    return t("rep-ev-replied", { at, by, version: e.version, reply: truncate(e.after ?? "", 120) });
  // values typed while preparing the first version are the report itself; corrections are history
  if (e.action === "VALUE_SET" && e.version > 1 && e.field && changesIn([e], e.version).length > 0) {
    return t("rep-ev-changed", {
      at,
      by,
      version: e.version,
      label: longLabel(t, e.field),
      before: fmtValue(t, e.field, e.before),
      after: fmtValue(t, e.field, e.after),
    });
  }
  return undefined;
}

/** One page per version (newest first), each ≤ MESSAGE_LIMIT characters (a long version gets several). */
export function historyPages(t: Translate, events: HistoryEvent[], tz: string): string[] {
  const versions = [...new Set(events.map((e) => e.version))].sort((a, b) => b - a);
  const pages: string[] = [];
  for (const version of versions) {
    const lines = events
      .filter((e) => e.version === version)
      .map((e) => eventLine(t, e, tz))
      .filter((l): l is string => !!l);
    if (lines.length === 0) continue;
    const head = t("rep-hist-version", { version });
    for (const body of packPages(lines, MESSAGE_LIMIT - head.length - 1)) pages.push(`${head}\n${body}`);
  }
  return pages;
}

function historyKeyboard(t: Translate, reportId: number, page: number, pages: number): InlineKeyboard | undefined {
  if (pages < 2) return undefined;
  const kb = new InlineKeyboard();
  if (page > 0) kb.text(t("rep-hist-newer"), historyPageCb.pack(reportId, page - 1));
  if (page < pages - 1) kb.text(t("rep-hist-older"), historyPageCb.pack(reportId, page + 1));
  return kb;
}

async function viewable(ctx: Ctx, reportId: number) {
  const r = await reportForViewer(ctx.deps.prisma, ctx.user!, reportId);
  if (r.kind !== "ok") await refuse(ctx, "MonthlyReport", { reportId, reason: r.kind });
  return r.kind === "ok" ? r : undefined;
}

export async function showReport(ctx: Ctx, reportId: number) {
  const t: Translate = ctx.t.bind(ctx);
  const r = await viewable(ctx, reportId);
  if (!r) return;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  const v = r.view;
  const head = t("rep-view-title", {
    period: formatPeriod(v.period, localeOf(t)),
    coop: v.coopName,
    status: t(`rep-status-${v.status}`),
    version: v.version,
  });
  for (const page of answerPages(t, v, head, t("rep-view-readonly"))) await ctx.reply(page);
  const photos = r.photos;
  if (photos.length === 1)
    await ctx
      .replyWithPhoto(photos[0]!.fileId, photos[0]!.caption ? { caption: photos[0]!.caption } : {})
      .catch(() => undefined);
  if (photos.length > 1)
    await ctx
      .replyWithMediaGroup(
        photos.map((p) => ({ type: "photo" as const, media: p.fileId, ...(p.caption ? { caption: p.caption } : {}) })),
      )
      .catch(() => undefined);
  const pages = historyPages(t, r.events, v.tz);
  if (pages.length > 0) {
    const kb = historyKeyboard(t, reportId, 0, pages.length);
    await ctx.reply(pages[0]!, kb ? { reply_markup: kb } : {});
  }
}

/** « newer / older » on the history message. */
export async function showHistoryPage(ctx: Ctx, reportId: number, page: number) {
  const t: Translate = ctx.t.bind(ctx);
  const r = await viewable(ctx, reportId);
  if (!r) return;
  const pages = historyPages(t, r.events, r.view.tz);
  if (page >= pages.length) {
    await ctx.answerCallbackQuery({ text: t("error-stale-button") });
    return;
  }
  await ctx.answerCallbackQuery();
  const kb = historyKeyboard(t, reportId, page, pages.length);
  await ctx.editMessageText(pages[page]!, kb ? { reply_markup: kb } : {}).catch(() => undefined);
}
