// Two supervisor lists: coops without a BA (PMO/admin; "Tugaskan BA" opens the existing /tugaskan
// flow) and coops not visited or called in the last 30 days (each opens its visit history).
import { localeOf } from "../../../i18n.ts";
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { type Overseer, overseenWhere } from "../../../services/oversight/scope.ts";
import { staleCoops } from "../../../services/visits/index.ts";
import { unassignedCoops, unassignedCount } from "../../../services/oversight/unassigned.ts";
import { coopTimeZone } from "../../../services/sla.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { formatDateId } from "../../../lib/dates.ts";
import { truncate } from "../../../lib/text.ts";
import { ov } from "../../../messages/oversight-callbacks.ts";
import { listWindow, windowOf } from "../../../lib/text-window.ts";

const PAGE = 8;

function place(villageCode: string): string {
  const p = getWilayah().villagePath(villageCode);
  return p ? `${p.village.name}, Kec. ${p.district.name}` : villageCode;
}

export async function showUnassigned(ctx: Ctx, user: Overseer, offset: number) {
  const total = await unassignedCount(ctx.deps.prisma, user);
  if (total === 0) return ctx.reply(ctx.t("ov-un-none"));
  const from = offset < total ? offset : 0;
  const rows = await unassignedCoops(ctx.deps.prisma, user, { skip: from, take: PAGE });
  const win = windowOf(
    rows,
    total,
    from,
    PAGE,
    (c, n) => ctx.t("ov-un-line", { n, coop: truncate(c.name, 60), place: place(c.villageCode) }),
    (a, b) => [ctx.t("ov-un-title", { count: total, from: a, to: b })],
  );
  const kb = new InlineKeyboard();
  if (win.prev !== null) kb.text(ctx.t("btn-prev"), ov("unassigned", win.prev));
  if (win.next !== null) kb.text(ctx.t("btn-next"), ov("unassigned", win.next));
  kb.row().text(ctx.t("ov-btn-assign"), ov("assign"));
  await ctx.reply(win.text, { reply_markup: kb });
}

export async function showStale(ctx: Ctx, user: Overseer, offset: number) {
  const list = await staleCoops(ctx.deps.prisma, overseenWhere(user), ctx.deps.clock.now());
  if (list.length === 0) return ctx.reply(ctx.t("ov-stale-none"));
  const win = listWindow(
    list,
    offset,
    PAGE,
    (c, n) => {
      const tz = coopTimeZone(c);
      const last = c.lastAt
        ? ctx.t("ov-stale-last", {
            date: formatDateId(
              c.lastAt,
              tz,
              localeOf((k) => ctx.t(k)),
            ),
          })
        : ctx.t("ov-stale-never");
      return ctx.t("ov-stale-line", { n, coop: truncate(c.name, 60), last });
    },
    (a, b) => [ctx.t("ov-stale-title", { count: list.length, from: a, to: b })],
  );
  const kb = new InlineKeyboard();
  win.shown.forEach(({ item, n }, i) => {
    kb.text(ctx.t("ov-btn-history", { n }), ov("history", item.id, 0));
    if (i % 4 === 3) kb.row();
  });
  kb.row();
  if (win.prev !== null) kb.text(ctx.t("btn-prev"), ov("stale", win.prev));
  if (win.next !== null) kb.text(ctx.t("btn-next"), ov("stale", win.next));
  await ctx.reply(win.text, { reply_markup: kb });
}
