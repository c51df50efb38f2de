// The head of /koperasiku for BA, PMO and admins (and the staff menu's "📥 Perlu diperiksa"):
// the review queue first ("Perlu diperiksa (n)", the longest waiting with one button each, so a
// report is reviewed in two taps), then counts with buttons: belum lapor, coops not visited or
// called in 30 days (BA and PMO: lists of one BA's or one kab/kota's coops), coops without a BA
// (PMO/admin), and the visit log.
import { localeOf } from "../../../i18n.ts";
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { isOverseer, overseenWhere } from "../../../services/oversight/scope.ts";
import { reviewQueue } from "../../../services/oversight/queue.ts";
import { reviewSlaPolicy } from "../../../services/oversight/review-sla.ts";
import { notReported } from "../../../services/oversight/not-reported.ts";
import { staleCoops } from "../../../services/visits/index.ts";
import { unassignedCount } from "../../../services/oversight/unassigned.ts";
import { formatDateId, formatPeriod } from "../../../lib/dates.ts";
import { truncate } from "../../../lib/text.ts";
import { ov } from "../../../messages/oversight-callbacks.ts";
import { fitLines } from "../../../lib/text-window.ts";
import { defaultPeriod } from "./period.ts";

/** queue items shown on the dashboard itself */
const HEAD_ITEMS = 3;

export function queueLine(
  ctx: Ctx,
  n: number,
  it: { coopName: string; period: string; submittedAt: string; tz: string; late: boolean; baName: string | null },
  withBa: boolean,
): string {
  const vars = {
    n,
    coop: truncate(it.coopName, 60),
    period: formatPeriod(
      it.period,
      localeOf((k) => ctx.t(k)),
    ),
    at: formatDateId(
      new Date(it.submittedAt),
      it.tz,
      localeOf((k) => ctx.t(k)),
    ),
  };
  const line = withBa
    ? ctx.t("ov-queue-line-ba", { ...vars, ba: truncate(it.baName ?? ctx.t("ov-sla-no-ba"), 24) })
    : ctx.t("ov-queue-line", vars);
  return it.late ? `${line} ${ctx.t("ov-queue-late")}` : line;
}

export async function showOversightHead(ctx: Ctx): Promise<boolean> {
  const user = ctx.user;
  if (!isOverseer(user)) return false;
  const { prisma, clock, config } = ctx.deps;
  const now = clock.now();
  const supervisor = user.role !== "BA";
  const q = await reviewQueue(prisma, user, now, reviewSlaPolicy(config), { skip: 0, take: HEAD_ITEMS });
  const period = defaultPeriod(user, now);
  // admins oversee every coop: their per-coop lists belong to recaps, not to a chat message
  const lists = user.role !== "ADMIN";
  const pending = lists ? await notReported(prisma, user, period, now) : [];
  const stale = lists ? await staleCoops(prisma, overseenWhere(user), now) : [];
  const unassigned = supervisor ? await unassignedCount(prisma, user) : 0;

  const kb = new InlineKeyboard();
  const head = [q.total ? ctx.t("ov-queue-title", { count: q.total }) : ctx.t("ov-queue-empty")];
  const items = q.items.map((it, i) => queueLine(ctx, i + 1, it, supervisor));
  const counts = lists
    ? [
        "",
        ctx.t("ov-not-reported-count", {
          period: formatPeriod(
            period,
            localeOf((k) => ctx.t(k)),
          ),
          count: pending.length,
        }),
        ctx.t("ov-stale-count", { count: stale.length }),
      ]
    : [""];
  if (supervisor) counts.push(ctx.t("ov-unassigned-count", { count: unassigned }));
  const more = (n: number) => (n > 0 ? [ctx.t("ov-queue-more", { count: n })] : []);
  // budget for the "… and n more" line whatever fits, then say exactly how many did not
  const { shown } = fitLines(head, items, [...more(q.total), ...counts]);
  const text = [...head, ...items.slice(0, shown), ...more(q.total - shown), ...counts].join("\n");
  q.items.slice(0, shown).forEach((it, i) => kb.text(ctx.t("ov-btn-open", { n: i + 1 }), ov("open", it.reportId)));
  kb.row();
  if (q.total > shown) kb.text(ctx.t("ov-btn-queue-all", { count: q.total }), ov("queue", 0)).row();
  if (lists)
    kb.text(ctx.t("ov-btn-not-reported", { count: pending.length }), ov("notReported", 0, period))
      .text(ctx.t("ov-btn-stale", { count: stale.length }), ov("stale", 0))
      .row();
  if (supervisor) {
    if (lists) kb.text(ctx.t("ov-btn-visits-per-ba"), ov("visitsPerBa", 0));
    if (unassigned > 0) kb.text(ctx.t("ov-btn-unassigned", { count: unassigned }), ov("unassigned", 0));
  } else kb.text(ctx.t("ov-btn-visit"), ov("logVisit", 0)).text(ctx.t("ov-btn-my-visits"), ov("baVisits", user.id, 0));
  await ctx.reply(text, { reply_markup: kb });
  return true;
}
