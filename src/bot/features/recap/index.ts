// /rekap: progress recap for DINAS (their province or kab/kota), PMO (their kab/kota), ADMIN
// (national) and BA (their own coops). Plain callbacks, no conversation: the period and
// drill-down buttons edit the message; "Grafik" and "Excel" send a photo / document. Every press
// is checked again against the user's scope (forged or stale data is refused and answered).
import { Composer, InlineKeyboard, InputFile } from "grammy";
import { fitLabel, widthFor } from "../../../lib/button-label.ts";
import { searchRecapAreas } from "../../../services/recap/search.ts";
import type { Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { formatPeriod } from "../../../lib/dates.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import {
  isPeriod,
  lastClosedPeriod,
  openArea,
  packPeriod,
  recapOf,
  recapScopeOf,
  recentPeriods,
  unpackPeriod,
  type OpenedArea,
} from "../../../services/recap/index.ts";
import { zoneOfArea } from "../../../services/recap/sql.ts";
import { buildRecapXlsx, recapChartPng } from "../../../services/recap/files.ts";
import { PERIOD_BUTTONS, recapCb, recapKeyboard } from "../../../messages/recap/keyboard.ts";
import { coopStatusOf, MAX_TEXT, renderRecapText } from "../../../messages/recap/render.ts";
import { rosterGap } from "../../../services/recap/roster-gap.ts";
import { gapLines, withGapLines } from "../../../services/recap/roster-gap-render.ts";
import { scheduleFeature } from "./schedule.ts";

/** How far back a (typed or pressed) period may go. */
const MAX_MONTHS_BACK = 36;

export const recapFeature = new Composer<Ctx>();

async function view(ctx: Ctx, opened: OpenedArea, period: string, page: number, edit: boolean) {
  const { prisma, clock, config } = ctx.deps;
  const now = clock.now();
  const r = await recapOf(prisma, getWilayah(), opened, period, now, config.reportDueDay);
  const t = ctx.t.bind(ctx);
  const gap = await rosterGap(prisma, { area: opened.area, baId: opened.scope.baId }, period);
  const coopStatus = opened.area.level === "coop" ? coopStatusOf(r.reporting) : undefined;
  const text = withGapLines(
    (max) => renderRecapText(t, r, coopStatus, max),
    gap ? gapLines(t, getWilayah(), gap) : [],
    MAX_TEXT,
  );
  const periods = recentPeriods(now, zoneOfArea(opened.scope.root.code), PERIOD_BUTTONS);
  const reply_markup = recapKeyboard(t, r, {
    page,
    ...(opened.up ? { up: opened.up } : {}),
    periods,
  });
  if (edit) await ctx.editMessageText(text, { reply_markup }).catch(() => undefined);
  else await ctx.reply(text, { reply_markup });
}

async function openRecap(ctx: Ctx) {
  const u = ctx.user;
  const scope = u ? recapScopeOf(u) : undefined;
  if (!u || !scope) {
    const staffWithoutArea = u && (u.role === "DINAS" || u.role === "PMO");
    return ctx.reply(ctx.t(staffWithoutArea ? "recap-no-area" : "recap-not-allowed"));
  }
  const opened = await openArea(ctx.deps.prisma, getWilayah(), u, scope.root.key);
  if (!opened) return ctx.reply(ctx.t("recap-no-area"));
  await ctx.replyWithChatAction("typing").catch(() => undefined);
  await view(ctx, opened, lastClosedPeriod(ctx.deps.clock.now(), zoneOfArea(scope.root.code)), 0, false);
}

/** "/rekap kubu raya": the matching area opens at once; several are offered as buttons. */
async function searchRecap(ctx: Ctx, query: string) {
  const u = ctx.user;
  const scope = u ? recapScopeOf(u) : undefined;
  if (!u || !scope) return openRecap(ctx);
  const w = getWilayah();
  const found = searchRecapAreas(w, scope, query);
  if (found.length === 0) return ctx.reply(ctx.t("recap-search-none", { query: query.slice(0, 40) }));
  const period = lastClosedPeriod(ctx.deps.clock.now(), zoneOfArea(scope.root.code));
  if (found.length === 1) {
    const opened = await openArea(ctx.deps.prisma, w, u, found[0]!.code);
    if (!opened) return ctx.reply(ctx.t("recap-search-none", { query: query.slice(0, 40) }));
    return view(ctx, opened, period, 0, false);
  }
  const kb = new InlineKeyboard();
  for (const a of found) kb.text(fitLabel(a.name, widthFor(1)), recapCb.pack("v", packPeriod(period), a.code, 0)).row();
  await ctx.reply(ctx.t("recap-search-pick", { query: query.slice(0, 40), count: found.length }), { reply_markup: kb });
}

recapFeature
  .chatType("private")
  .command("rekap", (ctx) => (ctx.match.trim() ? searchRecap(ctx, ctx.match) : openRecap(ctx)));
recapFeature.chatType("private").hears(/^📊 /, openRecap);

/** A period that has closed and is not too old. */
function allowedPeriod(period: string | undefined, now: Date, tz: string): period is string {
  if (!period || !isPeriod(period)) return false;
  const last = recentPeriods(now, tz, MAX_MONTHS_BACK);
  return last.includes(period);
}

recapFeature.callbackQuery(recapCb.filter, async (ctx) => {
  const d = recapCb.unpack(ctx.callbackQuery.data);
  const u = ctx.user;
  if (!d || !u) return refuse(ctx, "Recap", { reason: "malformed" });
  const { prisma, clock, config } = ctx.deps;
  const w = getWilayah();
  const opened = await openArea(prisma, w, u, d.k);
  const period = unpackPeriod(d.p);
  if (!opened || !allowedPeriod(period, clock.now(), zoneOfArea(opened.scope.root.code)))
    return refuse(ctx, "Recap", {
      area: d.k,
      reason: opened ? "bad_period" : "out_of_scope",
    });

  if (d.a === "v") {
    await ctx.answerCallbackQuery();
    return view(ctx, opened, period, Number(d.pg), true);
  }
  await ctx.answerCallbackQuery({ text: ctx.t("recap-working") });
  const t = ctx.t.bind(ctx);
  try {
    await ctx.replyWithChatAction(d.a === "x" ? "upload_document" : "upload_photo").catch(() => undefined);
    const now = clock.now();
    const r = await recapOf(prisma, w, opened, period, now, config.reportDueDay);
    if (d.a === "x") {
      const file = await buildRecapXlsx(prisma, w, {
        recap: r,
        now,
        dueDay: config.reportDueDay,
        t,
      });
      await ctx.replyWithDocument(new InputFile(file.bytes, file.filename), {
        caption: ctx.t("recap-file-caption", {
          area: r.name,
          period: formatPeriod(period),
        }),
      });
    } else {
      const gap = await rosterGap(prisma, { area: opened.area, baId: opened.scope.baId }, period);
      const png = await recapChartPng(r, t, formatPeriod(period), gap);
      await ctx.replyWithPhoto(new InputFile(png.bytes, `${file(r.name)}-${period}.png`), {
        caption: ctx.t("recap-chart-caption", {
          area: r.name,
          period: formatPeriod(period),
        }),
      });
    }
  } catch (e) {
    ctx.deps.logger.error({ err: (e as Error).message, area: d.k, period }, "recap file failed");
    await ctx.reply(ctx.t("recap-failed"));
  }
});

const file = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "rekap";

recapFeature.use(scheduleFeature);
