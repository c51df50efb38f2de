// /templat sends a fill-in template of this month's report (already answered values filled in);
// a pasted template ("#LAPORAN K<id> <period>" first) opens the wizard on it.
import type { Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { openReport } from "../../../services/reports/draft.ts";
import { isActiveMember } from "../../../services/reports/access.ts";
import { loadView } from "../../../services/reports/view.ts";
import { buildTemplate, parseTemplate } from "../../../services/reports/template.ts";
import { formatPeriod } from "../../../lib/dates.ts";
import { templateLabel } from "./steps/paste.ts";
import { enterReport } from "./enter.ts";
import { localeOf, type Translate } from "../../../i18n.ts";

export async function sendTemplate(ctx: Ctx, coopId: number) {
  const t: Translate = ctx.t.bind(ctx);
  const { prisma, clock } = ctx.deps;
  const opened = await openReport(prisma, { userId: ctx.user!.id, coopId, now: clock.now() });
  if (opened.kind === "not_member" || opened.kind === "not_found")
    return refuse(ctx, "Cooperative", { coopId, reason: opened.kind });
  if (opened.kind !== "ok") {
    await ctx.reply(
      t(opened.kind === "closed" ? "rep-tpl-closed" : "rep-not-found", {
        period: opened.kind === "closed" ? formatPeriod(opened.period, localeOf(t)) : "-",
      }),
    );
    return;
  }
  const v = (await loadView(prisma, opened.reportId))!;
  await ctx.reply(t("rep-tpl-howto", { period: formatPeriod(v.period, localeOf(t)) }));
  await ctx.reply(buildTemplate(v.coopId, v.period, v.units, v.values, (k) => templateLabel(t, k)));
}

/** A pasted template: check the sender may report for the coop in its header, then read it. */
export async function onPastedTemplate(ctx: Ctx, text: string) {
  const header = parseTemplate(text, new Map(), new Set()).header;
  if (!header) {
    await ctx.reply(ctx.t("rep-tpl-no-header"));
    return;
  }
  if (!(await isActiveMember(ctx.deps.prisma, ctx.user!.id, header.coopId)))
    return refuse(ctx, "Cooperative", { coopId: header.coopId, reason: "template" });
  await enterReport(ctx, { coopId: header.coopId, period: header.period, paste: text.slice(0, 4000) });
}
