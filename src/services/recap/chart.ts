// The recap chart as a PNG, without a browser: echarts renders SVG on the server, resvg turns it
// into a PNG with the DejaVu Sans font shipped in node_modules (no system fonts). Two panels, sized
// for a phone: reporting rate per child area (kab/kota, kecamatan or coop; the 20 lowest when there
// are more) coloured by band with a legend (green ≥ 80 %, orange 50–79 %, red < 50 %, grey: no coop
// at all), and coops per readiness stage (red early → green "Beroperasi"). Figures and their
// Indonesian format come from figures.ts. Every text is ≥ 32 px on the 1080-px image, so still
// ≥ 11 px when Telegram shows it about 390 px wide.
import type { Translate } from "../../lib/translate.ts";
import * as echarts from "echarts";
import { Resvg } from "@resvg/resvg-js";
import { createRequire } from "node:module";
import { MILESTONES, type Milestone } from "../readiness.ts";
import type { Recap } from "./recap.ts";
import { childBar, formatFigure, formatPct, rateBand, type ChildBar, type RateBand } from "./figures.ts";
import type { RosterGap } from "./roster-gap.ts";
import { GAP_PANEL_HEIGHT, gapPanel } from "./roster-gap-chart.ts";

const require = createRequire(import.meta.url);
export const FONT_FILE = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");

export const CHART_WIDTH = 1080;
/** the smallest text on the chart (px on the 1080-px image) */
export const MIN_FONT = 32;
const MAX_BARS = 20;
const ROW = 64;

export const BAND_COLOURS: Record<RateBand, string> = {
  good: "#2e7d32",
  middle: "#ef6c00",
  low: "#c62828",
  none: "#bdbdbd",
};
const BANDS: RateBand[] = ["good", "middle", "low", "none"];

/** early stages red, then orange and yellow, "Beroperasi" green */
export const STAGE_COLOURS: Record<Milestone, string> = {
  REGISTERED: "#c62828",
  LEGAL: "#e65100",
  ADMIN_READY: "#ef6c00",
  LAND_READY: "#f9a825",
  BUILT: "#9e9d24",
  FINANCED: "#558b2f",
  OPERATING: "#2e7d32",
};

const short = (name: string) =>
  name
    .replace(/^Kabupaten\s+/i, "")
    .replace(/^Koperasi\s+(Desa|Kelurahan)\s+Merah\s+Putih\s+/i, "")
    .slice(0, 18);

/** The bars of the rate panel, top to bottom: lowest rates first, areas without a coop last. */
export function rateBars(r: Recap): ChildBar[] {
  const bars = r.children.map(childBar);
  const ranked = bars.filter((b) => !b.noCoops).sort((a, b) => a.rate - b.rate || a.name.localeCompare(b.name, "id"));
  const empty = bars.filter((b) => b.noCoops).sort((a, b) => a.name.localeCompare(b.name, "id"));
  const shown = [...ranked, ...empty].slice(0, MAX_BARS);
  return shown.length
    ? shown
    : [{ key: r.area.key, name: r.name, rate: r.reporting.rate, noCoops: r.reporting.coops === 0 }];
}

export interface ChartOption {
  option: Record<string, unknown>;
  width: number;
  height: number;
  bars: ChildBar[];
}

type Font = ReturnType<typeof chartFont>;
const chartFont = () => ({ fontFamily: "DejaVu Sans", fontSize: MIN_FONT, color: "#212121" });

/** Where the two panels go: the rate bars under the title and legend, the stages below them. */
interface Layout {
  /** the rate panel's top (under title, subtitle and legend) */
  top: number;
  rows: number;
  /** the stages panel's title */
  stagesTitle: number;
  stagesTop: number;
  height: number;
}

function layoutOf(rows: number): Layout {
  const top = 200; // title, subtitle and legend
  const stagesTitle = top + rows * ROW + 60;
  const stagesTop = stagesTitle + 150;
  return { top, rows, stagesTitle, stagesTop, height: stagesTop + MILESTONES.length * ROW + 70 };
}

export function recapChartOption(
  r: Recap,
  t: Translate,
  formatPeriodLabel: string,
  gap?: RosterGap | null,
): ChartOption {
  const bars = rateBars(r);
  const axisBars = [...bars].reverse(); // echarts draws a category axis bottom-up
  const layout = layoutOf(axisBars.length);
  const font = chartFont();
  const stagesDown = [...MILESTONES].reverse();
  const option = {
    animation: false,
    backgroundColor: "#ffffff",
    textStyle: font,
    title: panelTitles(r, t, formatPeriodLabel, layout, font),
    legend: {
      data: BANDS.map((b) => bandName(t, b)),
      top: 125,
      left: 20,
      right: 20,
      itemWidth: 36,
      itemHeight: 28,
      itemGap: 24,
      textStyle: font,
    },
    grid: [
      { left: 410, right: 140, top: layout.top, height: layout.rows * ROW },
      { left: 410, right: 140, top: layout.stagesTop, height: MILESTONES.length * ROW },
    ],
    xAxis: [
      { gridIndex: 0, type: "value", max: 100, axisLabel: { ...font, formatter: "{value}%" } },
      {
        gridIndex: 1,
        type: "value",
        minInterval: 1,
        axisLabel: { ...font, formatter: (v: number) => formatFigure("count", v) },
      },
    ],
    yAxis: [
      { gridIndex: 0, type: "category", data: axisBars.map((b) => short(b.name)), axisLabel: font },
      { gridIndex: 1, type: "category", data: stagesDown.map((m) => t(`recap-stage-${m}`)), axisLabel: font },
    ],
    series: [...rateSeries(axisBars, t, font), stageSeries(r, stagesDown, font)],
  };
  if (gap) addGapPanel(option, gapPanel(gap, t, layout.height, font));
  return { option, width: CHART_WIDTH, height: layout.height + (gap ? GAP_PANEL_HEIGHT : 0), bars };
}

const bandName = (t: Translate, b: RateBand) => t(`recap-chart-band-${b}`);

function panelTitles(r: Recap, t: Translate, formatPeriodLabel: string, layout: Layout, font: Font) {
  const title = (text: string, subtext: string, top: number) => ({
    text,
    subtext,
    left: 20,
    top,
    textStyle: { ...font, fontSize: 40, fontWeight: "bold" },
    subtextStyle: { ...font, color: "#424242" },
  });
  return [
    title(t("recap-chart-rate", { period: formatPeriodLabel }), r.name, 10),
    title(t("recap-chart-stages"), t("recap-chart-stages-note"), layout.stagesTitle + 10),
  ];
}

/** One stacked series per band: each bar is drawn in its band's series only. */
function rateSeries(axisBars: ChildBar[], t: Translate, font: Font) {
  return BANDS.map((band) => ({
    name: bandName(t, band),
    type: "bar",
    stack: "rate",
    xAxisIndex: 0,
    yAxisIndex: 0,
    itemStyle: { color: BAND_COLOURS[band] },
    barMaxWidth: 40,
    data: axisBars.map((b) =>
      rateBand(b) !== band
        ? "-"
        : band === "none"
          ? { value: 100, label: { formatter: t("recap-chart-no-coops"), position: "insideLeft", color: "#424242" } }
          : { value: Math.round(b.rate * 1000) / 10, ratio: b.rate },
    ),
    label: {
      show: true,
      position: "right",
      ...font,
      color: band === "low" ? BAND_COLOURS.low : font.color, // a 0 % bar has no width: its red label says it
      formatter: (p: { data: { ratio?: number } }) => (p.data.ratio === undefined ? "" : formatPct(p.data.ratio)),
    },
  }));
}

/** Coops per readiness stage, each bar in its stage's colour. */
function stageSeries(r: Recap, stagesDown: Milestone[], font: Font) {
  return {
    type: "bar",
    xAxisIndex: 1,
    yAxisIndex: 1,
    data: stagesDown.map((m) => ({ value: r.stages[m], itemStyle: { color: STAGE_COLOURS[m] } })),
    label: {
      show: true,
      position: "right",
      ...font,
      formatter: (p: { value: number }) => formatFigure("count", p.value),
    },
    barMaxWidth: 44,
  };
}

/** The roster-gap panel below the two others (roster-gap-chart.ts). */
function addGapPanel(option: object, panel: ReturnType<typeof gapPanel>): void {
  const o = option as Record<"title" | "grid" | "xAxis" | "yAxis" | "series", unknown[]>;
  o.title.push(panel.title);
  o.grid.push(panel.grid);
  o.xAxis.push(panel.xAxis);
  o.yAxis.push(panel.yAxis);
  o.series.push(panel.series);
}

export function recapChartSvg(
  r: Recap,
  t: Translate,
  formatPeriodLabel: string,
  gap?: RosterGap | null,
): { svg: string; width: number; height: number } {
  const { option, width, height } = recapChartOption(r, t, formatPeriodLabel, gap);
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return { svg, width, height };
}

export function recapChartPng(
  r: Recap,
  t: Translate,
  formatPeriodLabel: string,
  gap?: RosterGap | null,
): { bytes: Buffer; width: number; height: number } {
  const { svg, width } = recapChartSvg(r, t, formatPeriodLabel, gap);
  const png = new Resvg(svg, {
    font: {
      fontFiles: [FONT_FILE],
      loadSystemFonts: false,
      defaultFontFamily: "DejaVu Sans",
    },
    fitTo: { mode: "width", value: width },
  }).render();
  return {
    bytes: Buffer.from(png.asPng()),
    width: png.width,
    height: png.height,
  };
}
