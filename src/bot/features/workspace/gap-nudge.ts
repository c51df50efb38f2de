// The staff side of the roster gap for supervisors (PMO: kab/kota, Dinas: province, admin: all):
// a line on /koperasiku with how many rostered coops are not on the bot yet and how many BAs
// accompany them, and "Ingatkan BA" that reminds each of those BAs once per local day (outbox key).
import type { Ctx } from "../../context.ts";
import { callbackData } from "../../callback-data.ts";
import { refuse } from "../../middlewares/auth.ts";
import { effectiveRole, personName } from "../../../services/roles.ts";
import { areaOfCode, NATIONAL } from "../../../services/recap/index.ts";
import { missingByBa, missingCount, type GapFilter } from "../../../services/recap/roster-gap.ts";
import { wallClock } from "../../../lib/dates.ts";
import { zoneOfArea } from "../../../services/recap/sql.ts";

/** "Ingatkan BA" of the supervisor's own area (no arguments: the area comes from the user). */
export const gapNudgeCb = callbackData("wn", [] as const);

function gapFilterOf(u: NonNullable<Ctx["user"]>): GapFilter | undefined {
  const role = effectiveRole(u);
  if (role === "ADMIN") return { area: NATIONAL, baId: null };
  if (role === "PMO" && u.regencyCode) return { area: areaOfCode(u.regencyCode), baId: null };
  if (role === "DINAS" && u.provinceCode) return { area: areaOfCode(u.provinceCode), baId: null };
  return undefined;
}

/** The supervisor's gap line and its button, or nothing when their area has no coop left to join. */
export async function gapSupervisorLine(ctx: Ctx): Promise<{ line: string; button?: string } | undefined> {
  const f = gapFilterOf(ctx.user!);
  if (!f) return undefined;
  const missing = await missingCount(ctx.deps.prisma, f);
  if (missing === 0) return undefined;
  const bas = await missingByBa(ctx.deps.prisma, f);
  const line = ctx.t("ws-gap-sup", { missing, bas: bas.length });
  if (bas.length === 0) return { line };
  return { line, button: ctx.t("ws-gap-nudge-btn") };
}

export async function nudgeGapBas(ctx: Ctx) {
  const u = ctx.user;
  const f = u && gapFilterOf(u);
  if (!u || !f) return refuse(ctx, "RosterGap", { reason: "not_supervisor" });
  const { prisma, clock } = ctx.deps;
  const now = clock.now();
  const d = wallClock(now, zoneOfArea(f.area.code));
  const dayKey = `${d.year}-${d.month}-${d.day}`;
  const by = personName(u);
  let sent = 0;
  let already = 0;
  for (const { baId, count } of await missingByBa(prisma, f)) {
    const ba = await prisma.user.findFirst({ where: { id: baId, role: "BA", deletedAt: null } });
    if (!ba) continue;
    const queued = await ctx.notifier.send(ba, (t) => t("ws-gap-nudge-msg", { by, count }), undefined, {
      key: `gapnudge:${baId}:${dayKey}`,
    });
    if (queued) sent += 1;
    else already += 1;
  }
  await ctx.answerCallbackQuery({ text: ctx.t("ws-gap-nudged", { sent, already }), show_alert: true });
}
