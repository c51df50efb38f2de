// /rekap_jadwal: see or change the automatic monthly recap (DINAS: on unless turned off; PMO: off
// unless turned on). One button toggles it; the press is checked again (role and area).
import { Composer, InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { callbackData } from "../../callback-data.ts";
import { refuse } from "../../middlewares/auth.ts";
import { getWilayah, timezoneLabel } from "../../../services/wilayah/index.ts";
import { areaName, recapScopeOf } from "../../../services/recap/index.ts";
import { canSubscribe, recapSubscribed, setRecapSubscription } from "../../../services/recap/schedule.ts";
import { zoneOfArea } from "../../../services/recap/sql.ts";

const recapSchedCb = callbackData("rkj", ["on"] as const, {
  on: /^[01]$/,
});

export const scheduleFeature = new Composer<Ctx>();

async function show(ctx: Ctx, edit: boolean) {
  const u = ctx.user!;
  const scope = recapScopeOf(u)!;
  const on = await recapSubscribed(ctx.deps.prisma, u);
  const { recapDay, recapHour } = ctx.deps.config;
  const vars = {
    day: recapDay,
    hour: String(recapHour).padStart(2, "0"),
    zone: timezoneLabel(zoneOfArea(scope.root.code)),
    area: areaName(getWilayah(), scope.root),
  };
  const text = ctx.t(on ? "recap-sched-on" : "recap-sched-off", vars);
  const reply_markup = new InlineKeyboard().text(
    ctx.t(on ? "recap-sched-btn-off" : "recap-sched-btn-on"),
    recapSchedCb.pack(on ? 0 : 1),
  );
  if (edit) await ctx.editMessageText(text, { reply_markup }).catch(() => undefined);
  else await ctx.reply(text, { reply_markup });
}

const allowed = (ctx: Ctx) => !!ctx.user && canSubscribe(ctx.user) && !!recapScopeOf(ctx.user);

scheduleFeature.chatType("private").command("rekap_jadwal", async (ctx) => {
  if (!allowed(ctx)) return ctx.reply(ctx.t("recap-sched-not-allowed"));
  await show(ctx, false);
});

scheduleFeature.callbackQuery(recapSchedCb.filter, async (ctx) => {
  const d = recapSchedCb.unpack(ctx.callbackQuery.data);
  if (!d || !allowed(ctx))
    return refuse(ctx, "RecapSubscription", {
      reason: d ? "not_allowed" : "malformed",
    });
  const on = d.on === "1";
  await setRecapSubscription(ctx.deps.prisma, ctx.user!.id, on);
  await ctx.answerCallbackQuery({
    text: ctx.t(on ? "recap-sched-saved-on" : "recap-sched-saved-off"),
  });
  await show(ctx, true);
});
