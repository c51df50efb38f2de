// A BA's coops (for the BA, or for their PMO/admin) and one coop in detail.
import { localeOf } from "../../../i18n.ts";
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import type { User } from "../../../generated/prisma/client.ts";
import { coopDetail, coopsOfBa } from "../../../services/assignments-workspace.ts";
import { requestNo } from "../../../services/help-requests/index.ts";
import { contactOf, personName } from "../../../services/roles.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { formatPeriod } from "../../../lib/dates.ts";
import { helpCb } from "../../../messages/help/callback-data.ts";
import { wsCb, wsPageCb } from "./callback-data.ts";
import { listWindow } from "../../../lib/text-window.ts";
import { coopShortName } from "../../../lib/button-label.ts";

/** "Lingga · Kec. Sungai Ambawang" (the coop's desa name, its kecamatan). */
function place(name: string, villageCode: string): string {
  const p = getWilayah().villagePath(villageCode);
  return p ? `${coopShortName(name)} · Kec. ${p.district.name}` : name;
}

/** Coops per page of a BA's list (fewer when they do not fit in one message). */
const PAGE = 6;

/** A BA's coops, one page of at most 600 characters from `offset` (pages: ◀️ ▶️). */
export async function showBaCoops(ctx: Ctx, ba: User, offset = 0, edit = false) {
  const rows = await coopsOfBa(ctx.deps.prisma, ba.id, ctx.deps.clock.now());
  const mine = ba.id === ctx.user!.id;
  if (rows.length === 0) return ctx.reply(ctx.t(mine ? "ws-ba-none" : "ws-ba-none-other", { name: personName(ba) }));
  const locale = localeOf((k) => ctx.t(k));
  const title = mine
    ? ctx.t("ws-ba-title", { count: rows.length })
    : ctx.t("ws-ba-title-other", { count: rows.length, name: personName(ba) });
  const win = listWindow(
    rows,
    offset,
    PAGE,
    (r, n) => {
      const report = ctx.t("ws-report-line", {
        period: formatPeriod(r.period, locale),
        status: ctx.t(r.reportStatus ? `ws-report-${r.reportStatus}` : "ws-report-none"),
      });
      const open = r.openRequests > 0 ? ` · ${ctx.t("ws-open-requests", { count: r.openRequests })}` : "";
      return `${n}. ${place(r.coop.name, r.coop.villageCode)}\n   ${report}${open}`;
    },
    (a, b) => (rows.length > PAGE ? [title, ctx.t("ws-ba-range", { from: a, to: b, total: rows.length })] : [title]),
    ["", ctx.t("ws-ba-foot")],
  );
  const kb = new InlineKeyboard();
  win.shown.forEach(({ item, n }, i) => {
    kb.text(String(n), wsCb.pack("c", item.coop.id));
    if (i % 5 === 4) kb.row();
  });
  kb.row();
  if (win.prev !== null) kb.text(ctx.t("btn-prev"), wsPageCb.pack(ba.id, win.prev));
  if (win.next !== null) kb.text(ctx.t("btn-next"), wsPageCb.pack(ba.id, win.next));
  if (edit) return ctx.editMessageText(win.text, { reply_markup: kb }).catch(() => undefined);
  await ctx.reply(win.text, { reply_markup: kb });
}

export async function showCoop(ctx: Ctx, coopId: number) {
  const c = await coopDetail(ctx.deps.prisma, coopId);
  if (!c) return;
  const p = getWilayah().villagePath(c.villageCode);
  const lines = [
    ctx.t("coop-title", { name: c.name }),
    `📍 ${p ? `${p.village.name}, Kec. ${p.district.name}, ${p.regency.name}` : c.villageCode}`,
    ctx.t("coop-ba", { value: c.assignedBa ? personName(c.assignedBa) : ctx.t("coop-ba-none") }),
    "",
    ctx.t("ws-board", { count: c.memberships.length }),
    ...c.memberships.map(
      (m) =>
        `• ${personName(m.user)} — ${ctx.t(`position-${m.position}`)}${contactOf(m.user) ? ` · ${contactOf(m.user)}` : ""}` +
        (m.user.blockedAt ? ` · ${ctx.t("ws-member-blocked")}` : ""),
    ),
    "",
    ctx.t("ws-reports"),
    ...(c.reports.length
      ? c.reports.map(
          (r) =>
            `• ${formatPeriod(
              r.period,
              localeOf((k) => ctx.t(k)),
            )}: ${ctx.t(`ws-report-${r.status}`)}`,
        )
      : [`• ${ctx.t("ws-report-none")}`]),
  ];
  const kb = new InlineKeyboard();
  if (c.help.length > 0) {
    lines.push("", ctx.t("ws-open-title", { count: c.help.length }));
    for (const h of c.help) {
      lines.push(`• ${requestNo(h.id)} · ${ctx.t(`help-cat-${h.category}`)} · ${ctx.t(`help-status-${h.status}`)}`);
      kb.text(requestNo(h.id), helpCb.pack("v", h.id));
    }
  }
  await ctx.reply(lines.join("\n"), c.help.length ? { reply_markup: kb } : {});
}
