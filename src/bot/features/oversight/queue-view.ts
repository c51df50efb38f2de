// The review queue, paged, and one report opened from it: a short card (≤ 600 characters) with
// the same Terima / Kembalikan / Riwayat buttons as the submit notification (report/keyboards.ts),
// so deciding from here runs exactly the notification's flow (report/review.ts).
import { localeOf } from "../../../i18n.ts";
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import type { Overseer } from "../../../services/oversight/scope.ts";
import { reportForReview, reviewQueue } from "../../../services/oversight/queue.ts";
import { reviewDueAt, reviewSlaPolicy } from "../../../services/oversight/review-sla.ts";
import { canReview } from "../../../services/reports/access.ts";
import { loadView } from "../../../services/reports/view.ts";
import { personName } from "../../../services/roles.ts";
import { formatDateTimeId, formatPeriod } from "../../../lib/dates.ts";
import { answersText } from "../report/index.ts";
import type { Translate } from "../../../i18n.ts";
import { reviewKeyboard } from "../../../messages/report-review.ts";
import { ov } from "../../../messages/oversight-callbacks.ts";
import { queueLine } from "./dashboard.ts";
import { fitLines, MAX_CHARS, windowOf } from "../../../lib/text-window.ts";

const PAGE = 5;

export async function showQueuePage(ctx: Ctx, user: Overseer, offset: number) {
  const { prisma, clock, config } = ctx.deps;
  const q = await reviewQueue(prisma, user, clock.now(), reviewSlaPolicy(config), { skip: offset, take: PAGE });
  if (q.total === 0) return ctx.reply(ctx.t("ov-queue-empty"));
  if (q.items.length === 0) return showQueuePage(ctx, user, 0);
  const win = windowOf(
    q.items,
    q.total,
    offset,
    PAGE,
    (it, n) => queueLine(ctx, n, it, user.role !== "BA"),
    (from, to) => [ctx.t("ov-queue-page", { count: q.total, from, to })],
  );
  const kb = new InlineKeyboard();
  win.shown.forEach(({ item, n }) => kb.text(ctx.t("ov-btn-open", { n }), ov("open", item.reportId)));
  kb.row();
  if (win.prev !== null) kb.text(ctx.t("btn-prev"), ov("queue", win.prev));
  if (win.next !== null) kb.text(ctx.t("btn-next"), ov("queue", win.next));
  await ctx.reply(win.text, { reply_markup: kb });
}

/** Open one waiting report with the reviewer's buttons (scope and state checked). */
export async function openForReview(ctx: Ctx, user: Overseer, reportId: number) {
  const { prisma, clock, config } = ctx.deps;
  const found = await reportForReview(prisma, reportId);
  const report = found?.report;
  if (!report || !canReview(user, report.coop))
    return refuse(ctx, "MonthlyReport", { reportId, reason: report ? "forbidden" : "not_found" });
  const t: Translate = ctx.t.bind(ctx);
  if (report.status !== "SUBMITTED") {
    await ctx.answerCallbackQuery({
      text: t("rep-review-stale", { status: t(`rep-status-${report.status}`), version: report.version }),
      show_alert: true,
    });
    return;
  }
  await ctx.answerCallbackQuery();
  const v = (await loadView(prisma, reportId))!;
  const by = found.submitter;
  const submitted = report.submittedAt ?? report.updatedAt;
  const policy = reviewSlaPolicy(config);
  const head = [
    t("ov-card-title", { period: formatPeriod(v.period, localeOf(t)), coop: v.coopName }),
    t("ov-card-meta", {
      version: report.version,
      at: formatDateTimeId(submitted, v.tz, localeOf(t)),
      by: personName(by),
    }),
  ];
  if (clock.now() >= reviewDueAt(submitted, report.coop, policy, 1))
    head.push(t("ov-card-late", { days: policy.days }));
  head.push("");
  const body = answersText(t, v).split("\n");
  const more = t("ov-card-more");
  const first = fitLines(head, body, [], MAX_CHARS);
  let text = first.text;
  if (first.shown < body.length) text = fitLines(head, body, ["", more], MAX_CHARS).text;
  await ctx.reply(text, { reply_markup: reviewKeyboard(t, reportId, report.version) });
}
