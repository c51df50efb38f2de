// Visit history: per coop (BA, PMO, admin in scope), per BA (the BA themself, their PMO, admins),
// and the PMO's table of visits per BA for the current month.
import { localeOf } from "../../../i18n.ts";
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
import { ov } from "../../../messages/oversight-callbacks.ts";
import { listWindow, windowOf } from "../../../lib/text-window.ts";

const PAGE = 5;

function visitLine(ctx: Ctx, v: Visit, tz: string, extra: string): string {
  const base = ctx.t("vis-line", {
    date: formatDateId(
      v.at,
      tz,
      localeOf((k) => ctx.t(k)),
    ),
    kind: ctx.t(`vis-kind-${v.kind}`),
    topic: ctx.t(`vis-topic-${v.topic}`),
    note: truncate(v.note, 70),
  });
  const marks = `${v.photoFileId ? " 📷" : ""}${v.latitude !== null ? " 📍" : ""}`;
  const follow = v.followUpAt
    ? `\n  ${ctx.t("vis-line-follow", {
        date: formatDateId(
          v.followUpAt,
          tz,
          localeOf((k) => ctx.t(k)),
        ),
      })}`
    : "";
  return `${base}${marks}${extra}${follow}`;
}

export async function showCoopHistory(
  ctx: Ctx,
  coop: { id: number; name: string; provinceCode: string },
  offset: number,
  showBa: boolean,
) {
  const { total } = await coopVisits(ctx.deps.prisma, coop.id, { skip: 0, take: 0 });
  const kb = new InlineKeyboard();
  if (total === 0) {
    if (!showBa) kb.text(ctx.t("ov-btn-visit"), ov("logVisit", coop.id));
    return ctx.reply(
      ctx.t("vis-hist-empty", { coop: coop.name }),
      kb.inline_keyboard.flat().length ? { reply_markup: kb } : {},
    );
  }
  const from = offset < total ? offset : 0;
  const { rows } = await coopVisits(ctx.deps.prisma, coop.id, { skip: from, take: PAGE });
  const tz = coopTimeZone(coop);
  const win = windowOf(
    rows,
    total,
    from,
    PAGE,
    (v) => visitLine(ctx, v, tz, showBa ? ` ${ctx.t("vis-line-ba", { ba: truncate(personName(v.ba), 24) })}` : ""),
    (a, b) => [ctx.t("vis-hist-title", { coop: truncate(coop.name, 60), count: total, from: a, to: b })],
  );
  if (win.prev !== null) kb.text(ctx.t("btn-prev"), ov("history", coop.id, win.prev));
  if (win.next !== null) kb.text(ctx.t("btn-next"), ov("history", coop.id, win.next));
  if (!showBa) kb.row().text(ctx.t("ov-btn-visit"), ov("logVisit", coop.id));
  await ctx.reply(win.text, kb.inline_keyboard.flat().length ? { reply_markup: kb } : {});
}

export async function showBaVisits(ctx: Ctx, ba: User, offset: number) {
  const { total } = await visitsOfBa(ctx.deps.prisma, ba.id, { skip: 0, take: 0 });
  if (total === 0) return ctx.reply(ctx.t("vis-ba-empty", { name: personName(ba) }));
  const from = offset < total ? offset : 0;
  const { rows } = await visitsOfBa(ctx.deps.prisma, ba.id, { skip: from, take: PAGE });
  const win = windowOf(
    rows,
    total,
    from,
    PAGE,
    (v, n) =>
      ctx.t("vis-line-coop", {
        n,
        date: formatDateId(
          v.at,
          coopTimeZone(v.coop),
          localeOf((k) => ctx.t(k)),
        ),
        coop: truncate(v.coop.name, 60),
        kind: ctx.t(`vis-kind-${v.kind}`),
        topic: ctx.t(`vis-topic-${v.topic}`),
      }),
    (a, b) => [ctx.t("vis-ba-title", { name: personName(ba), count: total, from: a, to: b })],
  );
  const kb = new InlineKeyboard();
  // each line's coop history (one button per distinct coop shown)
  const seen = new Set<number>();
  for (const { item, n } of win.shown) {
    if (seen.has(item.coopId)) continue;
    seen.add(item.coopId);
    kb.text(ctx.t("ov-btn-history", { n }), ov("history", item.coopId, 0));
  }
  kb.row();
  if (win.prev !== null) kb.text(ctx.t("btn-prev"), ov("baVisits", ba.id, win.prev));
  if (win.next !== null) kb.text(ctx.t("btn-next"), ov("baVisits", ba.id, win.next));
  await ctx.reply(win.text, kb.inline_keyboard.flat().length ? { reply_markup: kb } : {});
}

/** PMO / admin: this month's contacts per BA of their area. */
export async function showVisitsPerBa(ctx: Ctx, user: Overseer & Pick<User, "provinceCode">, offset: number) {
  const now = ctx.deps.clock.now();
  const tz = coopTimeZone({ provinceCode: user.regencyCode?.slice(0, 2) ?? user.provinceCode ?? "31" });
  const month = periodOf(now, tz);
  const counts = await visitCounts(
    ctx.deps.prisma,
    overseenWhere(user),
    periodStart(month, tz),
    periodStart(nextPeriod(month), tz),
    now,
  );
  const list = user.role === "PMO" ? counts.perBa.filter((b) => b.regencyCode === user.regencyCode) : counts.perBa;
  const area =
    user.role === "PMO"
      ? (getWilayah().regency(user.regencyCode ?? "")?.name ?? user.regencyCode ?? "-")
      : ctx.t("ws-all-areas");
  if (list.length === 0) return ctx.reply(ctx.t("vis-per-ba-none"));
  const win = listWindow(
    list,
    offset,
    PAGE,
    (b, n) =>
      ctx.t("vis-per-ba-line", {
        n,
        name: truncate(b.name, 30),
        visits: b.visits,
        calls: b.calls,
        online: b.online,
        coops: b.coops,
        stale: b.stale,
      }),
    () => [
      ctx.t("vis-per-ba-title", {
        month: formatPeriod(
          month,
          localeOf((k) => ctx.t(k)),
        ),
        area,
      }),
    ],
    ["", ctx.t("vis-per-ba-foot")],
  );
  const kb = new InlineKeyboard();
  win.shown.forEach(({ item, n }) => kb.text(String(n), ov("baVisits", item.baId, 0)));
  kb.row();
  if (win.prev !== null) kb.text(ctx.t("btn-prev"), ov("visitsPerBa", win.prev));
  if (win.next !== null) kb.text(ctx.t("btn-next"), ov("visitsPerBa", win.next));
  await ctx.reply(win.text, { reply_markup: kb });
}
