// PMO: their kab/kota, their BAs' load and overdue requests. DINAS (province) and ADMIN (all):
// the same figures per kab/kota.
import { localeOf } from "../../../i18n.ts";
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { supervisorSummary } from "../../../services/assignments-workspace.ts";
import { requestNo } from "../../../services/help-requests/index.ts";
import { personName } from "../../../services/roles.ts";
import { coopTimeZone } from "../../../services/sla.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { formatDateTimeId } from "../../../lib/dates.ts";
import { helpCb } from "../../../messages/help/callback-data.ts";
import { wsCb } from "./callback-data.ts";
import { gapNudgeCb, gapSupervisorLine } from "./gap-nudge.ts";

export async function showSupervisor(ctx: Ctx) {
  const user = ctx.user!;
  const w = getWilayah();
  const s = await supervisorSummary(ctx.deps.prisma, user, ctx.deps.clock.now());
  const scopeName =
    user.role === "PMO"
      ? (w.regency(user.regencyCode ?? "")?.name ?? user.regencyCode ?? "-")
      : user.role === "DINAS"
        ? (w.province(user.provinceCode ?? "")?.name ?? user.provinceCode ?? "-")
        : ctx.t("ws-all-areas");
  const lines = [
    ctx.t("ws-sup-title", { area: scopeName }),
    ctx.t("ws-sup-coops", { count: s.coops, unassigned: s.unassigned }),
    ctx.t("ws-sup-requests", { open: s.openTotal, overdue: s.overdueTotal }),
  ];
  const kb = new InlineKeyboard();
  if (user.role === "PMO") {
    lines.push("", ctx.t("ws-sup-bas", { count: s.bas.length }));
    if (s.bas.length === 0) lines.push(ctx.t("ws-sup-no-ba"));
    for (const b of s.bas) {
      lines.push(ctx.t("ws-sup-ba-line", { name: personName(b.ba), load: b.load, open: b.open, overdue: b.overdue }));
      kb.text(personName(b.ba).slice(0, 30), wsCb.pack("b", b.ba.id)).row();
    }
  } else {
    lines.push("", ctx.t("ws-sup-areas"));
    for (const a of s.areas)
      lines.push(
        ctx.t("ws-sup-area-line", {
          area: w.regency(a.regencyCode)?.name ?? a.regencyCode,
          coops: a.coops,
          unassigned: a.unassigned,
          overdue: a.overdue,
        }),
      );
  }
  if (s.overdueList.length > 0) {
    lines.push("", ctx.t("ws-sup-overdue", { count: s.overdueTotal }));
    for (const r of s.overdueList) {
      lines.push(
        ctx.t("ws-sup-overdue-line", {
          no: requestNo(r.id),
          coop: r.coop.name,
          due: formatDateTimeId(
            r.dueAt,
            coopTimeZone(r.coop),
            localeOf((k) => ctx.t(k)),
          ),
        }),
      );
      kb.text(requestNo(r.id), helpCb.pack("v", r.id));
    }
  }
  const gap = await gapSupervisorLine(ctx);
  if (gap) {
    lines.push("", gap.line);
    if (gap.button) kb.row().text(gap.button, gapNudgeCb.pack());
  }
  if (user.role !== "DINAS") lines.push("", ctx.t("ws-sup-foot"));
  await ctx.reply(lines.join("\n"), kb.inline_keyboard.flat().length ? { reply_markup: kb } : {});
}
