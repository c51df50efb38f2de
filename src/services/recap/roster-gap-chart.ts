// The roster gap as a third chart panel: rostered coops, on the bot, reporting (one bar each).
import type { Translate } from "../../lib/translate.ts";
import type { RosterGap } from "./roster-gap.ts";

const MIN_FONT = 32; // as chart.ts: ≥ 11 px once a 1080-px chart is shown on a phone

type Font = { fontFamily: string; fontSize: number };

export const GAP_PANEL_HEIGHT = 330;

/** ECharts pieces of the panel (grid/axis index 2), placed `top` pixels from the chart's top. */
export function gapPanel(gap: RosterGap, t: Translate, top: number, font: Font) {
  const bars = [
    { label: t("gap-chart-reporting"), value: gap.total.reporting, color: "#2e7d32" },
    { label: t("gap-chart-joined"), value: gap.total.joined, color: "#f9a825" },
    { label: t("gap-chart-rostered"), value: gap.total.rostered, color: "#546e7a" },
  ];
  return {
    title: {
      text: t("gap-chart-title"),
      left: 20,
      top: top + 10,
      textStyle: { ...font, fontSize: MIN_FONT, fontWeight: "bold" },
    },
    grid: { left: 300, right: 90, top: top + 70, height: 220 },
    xAxis: { gridIndex: 2, type: "value", minInterval: 1, axisLabel: { ...font, fontSize: MIN_FONT } },
    yAxis: {
      gridIndex: 2,
      type: "category",
      data: bars.map((b) => b.label),
      axisLabel: { ...font, fontSize: MIN_FONT },
    },
    series: {
      type: "bar",
      xAxisIndex: 2,
      yAxisIndex: 2,
      data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.color } })),
      label: { show: true, position: "right", ...font, fontSize: MIN_FONT },
      barMaxWidth: 36,
    },
  };
}
