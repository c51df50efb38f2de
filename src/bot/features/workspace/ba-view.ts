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
import { helpCb } from "../help-request/callback-data.ts";
import { wsCb } from "./callback-data.ts";

function place(villageCode: string): string {
  const p = getWilayah().villagePath(villageCode);
  return p ? `${p.village.name}, Kec. ${p.district.name}` : villageCode;
}

export async function showBaCoops(ctx: Ctx, ba: User) {
  const rows = await coopsOfBa(ctx.deps.prisma, ba.id, ctx.deps.clock.now());
  const mine = ba.id === ctx.user!.id;
  if (rows.length === 0) return ctx.reply(ctx.t(mine ? "ws-ba-none" : "ws-ba-none-other", { name: personName(ba) }));
  const kb = new InlineKeyboard();
  const lines = rows.map((r, i) => {
    kb.text(String(i + 1), wsCb.pack("c", r.coop.id));
    if (i % 5 === 4) kb.row();
    const report = ctx.t("ws-report-line", {
      period: formatPeriod(
        r.period,
        localeOf((k) => ctx.t(k)),
      ),
      status: ctx.t(r.reportStatus ? `ws-report-${r.reportStatus}` : "ws-report-none"),
    });
    const open = r.openRequests > 0 ? ` · ${ctx.t("ws-open-requests", { count: r.openRequests })}` : "";
    return `${i + 1}. ${r.coop.name}\n   📍 ${place(r.coop.villageCode)} · ${report}${open}`;
  });
  const title = mine
    ? ctx.t("ws-ba-title", { count: rows.length })
    : ctx.t("ws-ba-title-other", { count: rows.length, name: personName(ba) });
  await ctx.reply([title, ...lines, "", ctx.t("ws-ba-foot")].join("\n"), { reply_markup: kb });
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
