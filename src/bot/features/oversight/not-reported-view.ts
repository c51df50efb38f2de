// "Belum lapor" for one period, paged: which coops have not started, are in draft, or were
// returned and not sent again; "🔔 n" nudges one coop, "Ingatkan semua" every listed coop (each
// at most once a day). The pengurus get, through the outbox, who reminded them and the
// reminder's own "Isi laporan" button straight into the report wizard.
import { sendMany } from "../../../messages/outbound.ts";
import { localeOf } from "../../../i18n.ts";
import { createDeliveryReport, reportGroup } from "../../../services/delivery-reports.ts";
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import type { User } from "../../../generated/prisma/client.ts";
import { notReported, PERIOD_RE } from "../../../services/oversight/not-reported.ts";
import { nudgeCoop, nudgeMany, type NudgeResult, type RenderNudge } from "../../../services/oversight/nudge.ts";
import type { Overseer } from "../../../services/oversight/scope.ts";
import { personName } from "../../../services/roles.ts";
import { formatPeriod, nextPeriod } from "../../../lib/dates.ts";
import { truncate } from "../../../lib/text.ts";
import { reminderKeyboard } from "../reminders/index.ts";
import { ov } from "../../../messages/oversight-callbacks.ts";
import { listWindow } from "../../../lib/text-window.ts";
import { defaultPeriod } from "./period.ts";

const PAGE = 6;

function prevPeriod(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** A period an overseer may look at: well-formed and not after the current one. */
export function periodAllowed(user: Pick<User, "regencyCode" | "provinceCode">, period: string, now: Date): boolean {
  return PERIOD_RE.test(period) && period <= defaultPeriod(user, now);
}

export async function showNotReported(
  ctx: Ctx,
  user: Overseer & Pick<User, "provinceCode">,
  period: string,
  offset: number,
) {
  const now = ctx.deps.clock.now();
  const list = await notReported(ctx.deps.prisma, user, period, now);
  const kb = new InlineKeyboard();
  let text: string;
  if (list.length === 0)
    text = ctx.t("ov-nr-none", {
      period: formatPeriod(
        period,
        localeOf((k) => ctx.t(k)),
      ),
    });
  else {
    const win = listWindow(
      list,
      offset,
      PAGE,
      (c, n) => {
        const vars = { n, coop: truncate(c.coopName, 60), state: ctx.t(`ov-nr-state-${c.state}`) };
        const line =
          user.role === "BA"
            ? ctx.t("ov-nr-line", vars)
            : ctx.t("ov-nr-line-ba", { ...vars, ba: truncate(c.baName ?? ctx.t("ov-sla-no-ba"), 24) });
        return c.nudgedToday ? `${line} ${ctx.t("ov-nr-nudged")}` : line;
      },
      (a, b) => [
        ctx.t("ov-nr-title", {
          period: formatPeriod(
            period,
            localeOf((k) => ctx.t(k)),
          ),
          count: list.length,
          from: a,
          to: b,
        }),
      ],
      ["", ctx.t("ov-nr-foot")],
    );
    text = win.text;
    win.shown.forEach(({ item, n }, i) => {
      kb.text(ctx.t("ov-btn-nudge", { n }), ov("nudgeOne", item.coopId, period));
      if (i % 3 === 2) kb.row();
    });
    kb.row();
    if (win.prev !== null) kb.text(ctx.t("btn-prev"), ov("notReported", win.prev, period));
    if (win.next !== null) kb.text(ctx.t("btn-next"), ov("notReported", win.next, period));
    kb.row()
      .text(ctx.t("ov-btn-nudge-all"), ov("nudgeAll", 0, period))
      .row();
  }
  const before = prevPeriod(period);
  kb.text(
    ctx.t("ov-btn-period", {
      period: formatPeriod(
        before,
        localeOf((k) => ctx.t(k)),
      ),
    }),
    ov("notReported", 0, before),
  );
  if (period < defaultPeriod(user, now))
    kb.text(
      ctx.t("ov-btn-period", {
        period: formatPeriod(
          nextPeriod(period),
          localeOf((k) => ctx.t(k)),
        ),
      }),
      ov("notReported", 0, nextPeriod(period)),
    );
  await ctx.reply(text, { reply_markup: kb });
}

/** Render a nudge in the pengurus's own language, with the reminder's "Isi laporan" button. */
function nudgeRenderer(ctx: Ctx): RenderNudge {
  return (m, to) => {
    const t = (k: string, v?: Record<string, string | number>) => ctx.notifier.t(to.locale, k, v);
    const text = t("ov-nudge-msg", {
      name: personName(m.by),
      role: t(`role-${m.by.role}`),
      period: formatPeriod(m.period, localeOf(t)),
      coop: m.coop.name,
      state: t(`ov-nudge-state-${m.state}`),
    });
    return { text, replyMarkup: reminderKeyboard(t, m.coop.id, m.period) };
  };
}

const NUDGE_KEYS: Record<Exclude<NudgeResult["kind"], "forbidden" | "not_found">, string> = {
  ok: "ov-nudge-ok",
  already: "ov-nudge-already",
  reported: "ov-nudge-reported",
  no_recipients: "ov-nudge-no-recipients",
  bad_period: "ov-nudge-bad-period",
};

/** Returns false when the nudge was refused (scope or unknown coop). */
export async function nudgeOne(
  ctx: Ctx,
  user: Overseer & Pick<User, "fullName" | "tgFirstName">,
  coopId: number,
  period: string,
): Promise<NudgeResult> {
  const now = ctx.deps.clock.now();
  const group = reportGroup("nudge", user.id, now, String(coopId));
  const r = await nudgeCoop(ctx.deps.prisma, user, coopId, period, now, nudgeRenderer(ctx), sendMany, group);
  if (r.kind === "forbidden" || r.kind === "not_found") return r;
  // queued, not sent: the owner learns what arrived once the outbox is done with them
  if (r.kind === "ok")
    await createDeliveryReport(ctx.deps.prisma, { group, kind: "nudge", ownerId: user.id, vars: { period }, now });
  await ctx.answerCallbackQuery({
    text: ctx.t(NUDGE_KEYS[r.kind], { count: r.kind === "ok" ? r.recipients : 0 }),
    show_alert: r.kind !== "ok",
  });
  return r;
}

export async function nudgeAll(ctx: Ctx, user: Overseer & Pick<User, "fullName" | "tgFirstName">, period: string) {
  const now = ctx.deps.clock.now();
  const group = reportGroup("nudge", user.id, now, "all");
  const list = await notReported(ctx.deps.prisma, user, period, now);
  const r = await nudgeMany(
    ctx.deps.prisma,
    user,
    list.map((c) => c.coopId),
    period,
    now,
    nudgeRenderer(ctx),
    sendMany,
    group,
  );
  if (r.sent > 0)
    await createDeliveryReport(ctx.deps.prisma, { group, kind: "nudge", ownerId: user.id, vars: { period }, now });
  await ctx.answerCallbackQuery({
    text: ctx.t("ov-nudge-all-done", { sent: r.sent, people: r.recipients, already: r.already, skipped: r.skipped }),
    show_alert: true,
  });
  // the alert has no room for why (200 characters): the reasons follow in the chat
  const why = Object.entries(r.reasons).map(([kind, count]) => ctx.t(`ov-skip-${kind}`, { count }));
  if (why.length > 0) await ctx.reply(ctx.t("ov-nudge-skipped-why", { count: r.skipped, list: why.join("; ") }));
}
