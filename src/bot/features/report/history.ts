// /riwayat: the reports of my coop(s) with their status; each opens read-only with its history
// (submissions, reviews with flagged fields and comments, corrected values per version).
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { activeCoops, canViewCoopReports } from "../../../services/reports/access.ts";
import { listReports, reportEvents, type HistoryEvent } from "../../../services/reports/history.ts";
import { loadView } from "../../../services/reports/view.ts";
import { formatDateTimeId, formatPeriod } from "../../../lib/dates.ts";
import { truncate } from "../../../lib/text.ts";
import { answersText, fmtValue, longLabel } from "./render.ts";
import { viewCb } from "./callback-data.ts";
import { type Translate } from "../../../i18n.ts";

const MAX_LINES = 14;

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
    for (const r of list) kb.text(t("rep-hist-item", { period: formatPeriod(r.period), status: t(`rep-status-${r.status}`), version: r.version }), viewCb.pack(r.id)).row();
    await ctx.reply(t("rep-hist-title", { coop: c.name }), { reply_markup: kb });
  }
}

function eventLine(t: Translate, e: HistoryEvent, tz: string): string | undefined {
  const at = formatDateTimeId(new Date(e.at), tz);
  const by = e.by ?? "-";
  if (e.action === "SUBMITTED") return t("rep-ev-submitted", { at, by, version: e.version });
  if (e.action === "ACCEPTED") return t("rep-ev-accepted", { at, by, version: e.version });
  if (e.action === "RETURNED") {
    const fields = (e.field ?? "").split(",").filter(Boolean).map((k) => longLabel(t, k)).join(", ");
    return t("rep-ev-returned", { at, by, version: e.version, fields, comment: truncate(e.after ?? "", 120) });
  }
  // values typed while preparing the first version are the report itself; corrections are history
  if (e.action === "VALUE_SET" && e.version > 1 && e.field && e.before !== e.after) {
    return t("rep-ev-changed", { at, by, version: e.version, label: longLabel(t, e.field), before: fmtValue(t, e.field, e.before), after: fmtValue(t, e.field, e.after) });
  }
  return undefined;
}

export async function showReport(ctx: Ctx, reportId: number) {
  const t: Translate = ctx.t.bind(ctx);
  const { prisma } = ctx.deps;
  const report = await prisma.monthlyReport.findUnique({ where: { id: reportId }, include: { coop: true } });
  if (!report || !(await canViewCoopReports(prisma, ctx.user!, report.coop))) return refuse(ctx, "MonthlyReport", { reportId, reason: report ? "forbidden" : "not_found" });
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  const v = (await loadView(prisma, reportId))!;
  const head = t("rep-view-title", { period: formatPeriod(v.period), coop: v.coopName, status: t(`rep-status-${v.status}`), version: v.version });
  await ctx.reply([head, "", answersText(t, v), "", t("rep-view-readonly")].join("\n"));
  const photos = await prisma.reportPhoto.findMany({ where: { reportId }, orderBy: { id: "asc" }, take: 10 });
  if (photos.length === 1) await ctx.replyWithPhoto(photos[0]!.fileId, photos[0]!.caption ? { caption: photos[0]!.caption } : {}).catch(() => undefined);
  if (photos.length > 1) await ctx.replyWithMediaGroup(photos.map((p) => ({ type: "photo" as const, media: p.fileId, ...(p.caption ? { caption: p.caption } : {}) }))).catch(() => undefined);
  const lines = (await reportEvents(prisma, reportId)).map((e) => eventLine(t, e, v.tz)).filter((l): l is string => !!l);
  if (lines.length > 0) await ctx.reply([t("rep-hist-events"), ...lines.slice(-MAX_LINES)].join("\n"));
}
