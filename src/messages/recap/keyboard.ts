// /rekap buttons: the children of the area (drill-down, paged), up, the period, chart and Excel.
// Callback data "rk:<action>:<YYYYMM>:<area key>:<page>" — checked again on every press.
import { InlineKeyboard } from "grammy";
import { callbackData } from "../../lib/callback-data.ts";
import { INT_ID } from "../../lib/int-id.ts";
import { MONTHS_ID } from "../../lib/dates.ts";
import { packPeriod, type Recap } from "../../services/recap/index.ts";
import type { Translate } from "../../lib/translate.ts";
import { formatPct, shortName } from "./render.ts";
import { columnsFor, fitLabel, widthFor } from "../../lib/button-label.ts";

/** How many months the period buttons offer. */
export const PERIOD_BUTTONS = 3;

/** v = view (drill-down / period / page), g = chart, x = Excel */
export const recapCb = callbackData("rk", ["a", "p", "k", "pg"] as const, {
  a: /^[vgx]$/,
  p: /^\d{6}$/,
  k: new RegExp(`^(N|c${INT_ID}|\\d{2}(\\.\\d{2}){0,2})$`),
  pg: /^\d{1,3}$/,
});

const PAGE = 10;

const monthShort = (period: string) => `${MONTHS_ID[Number(period.slice(5)) - 1]!.slice(0, 3)} ${period.slice(0, 4)}`;

export function recapKeyboard(
  t: Translate,
  r: Recap,
  opts: { page: number; up?: string; periods: string[] },
): InlineKeyboard {
  const kb = new InlineKeyboard();
  const p = packPeriod(r.period);
  const pages = Math.max(1, Math.ceil(r.children.length / PAGE));
  const page = Math.min(opts.page, pages - 1);
  const shown = r.children.slice(page * PAGE, page * PAGE + PAGE);
  // the percentage first, then the name: two per row while every name fits whole, else one per row
  const labels = shown.map((c) => t("recap-btn-child", { name: shortName(c.name), rate: formatPct(c.rate) }));
  const cols = columnsFor(labels);
  shown.forEach((c, i) => {
    kb.text(fitLabel(labels[i]!, widthFor(cols)), recapCb.pack("v", p, c.key, 0));
    if (i % cols === cols - 1) kb.row();
  });
  if (shown.length % cols !== 0) kb.row();
  if (pages > 1) {
    if (page > 0) kb.text(t("recap-btn-prev"), recapCb.pack("v", p, r.area.key, page - 1));
    kb.text(`${page + 1}/${pages}`, recapCb.pack("v", p, r.area.key, page));
    if (page < pages - 1) kb.text(t("recap-btn-next"), recapCb.pack("v", p, r.area.key, page + 1));
    kb.row();
  }
  if (opts.up) kb.text(t("recap-btn-up"), recapCb.pack("v", p, opts.up, 0)).row();
  for (const per of opts.periods)
    kb.text(
      per === r.period ? `• ${monthShort(per)}` : monthShort(per),
      recapCb.pack("v", packPeriod(per), r.area.key, 0),
    );
  kb.row();
  kb.text(t("recap-btn-chart"), recapCb.pack("g", p, r.area.key, 0)).text(
    t("recap-btn-excel"),
    recapCb.pack("x", p, r.area.key, 0),
  );
  return kb;
}
