// The recap chart as a PNG, without a browser: echarts renders SVG on the server, resvg turns it
// into a PNG with the DejaVu Sans font shipped in node_modules (no system fonts). Two panels,
// sized for a phone screen: reporting rate per child area (kab/kota, kecamatan or coop; the 20
// lowest when there are more) and coops per readiness stage.
import * as echarts from "echarts";
import { Resvg } from "@resvg/resvg-js";
import { createRequire } from "node:module";
import { MILESTONES } from "../readiness.ts";
import type { Recap } from "./recap.ts";
import type { RosterGap } from "./roster-gap.ts";
import { GAP_PANEL_HEIGHT, gapPanel } from "./roster-gap-chart.ts";

export type Tr = (key: string, vars?: Record<string, string | number>) => string;

const require = createRequire(import.meta.url);
export const FONT_FILE = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");

export const CHART_WIDTH = 1080;
const MAX_BARS = 20;

const short = (name: string) =>
  name
    .replace(/^Kabupaten\s+/i, "")
    .replace(/^Koperasi\s+(Desa|Kelurahan)\s+Merah\s+Putih\s+/i, "")
    .slice(0, 22);

export function recapChartSvg(
  r: Recap,
  t: Tr,
  formatPeriodLabel: string,
  gap?: RosterGap | null,
): { svg: string; width: number; height: number } {
  const bars = [...r.children]
    .sort((a, b) => a.rate - b.rate || a.name.localeCompare(b.name, "id"))
    .slice(0, MAX_BARS)
    .reverse();
  const rows = Math.max(bars.length, 1);
  const topH = 90 + rows * 44;
  const height = topH + 520 + (gap ? GAP_PANEL_HEIGHT : 0);
  const width = CHART_WIDTH;
  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width,
    height,
  });
  const font = { fontFamily: "DejaVu Sans", fontSize: 24 };
  const option = {
    animation: false,
    backgroundColor: "#ffffff",
    textStyle: font,
    title: [
      {
        text: t("recap-chart-rate", { period: formatPeriodLabel }),
        subtext: r.name,
        left: 20,
        top: 10,
        textStyle: { ...font, fontSize: 30, fontWeight: "bold" },
        subtextStyle: { ...font, fontSize: 22 },
      },
      {
        text: t("recap-chart-stages"),
        left: 20,
        top: topH + 10,
        textStyle: { ...font, fontSize: 30, fontWeight: "bold" },
      },
    ],
    grid: [
      { left: 300, right: 90, top: 90, height: rows * 44 - 20 },
      { left: 300, right: 90, top: topH + 70, height: 400 },
    ],
    xAxis: [
      {
        gridIndex: 0,
        type: "value",
        max: 100,
        axisLabel: { ...font, fontSize: 20, formatter: "{value}%" },
      },
      {
        gridIndex: 1,
        type: "value",
        minInterval: 1,
        axisLabel: { ...font, fontSize: 20 },
      },
    ],
    yAxis: [
      {
        gridIndex: 0,
        type: "category",
        data: bars.length ? bars.map((b) => short(b.name)) : [r.name],
        axisLabel: { ...font, fontSize: 22 },
      },
      {
        gridIndex: 1,
        type: "category",
        data: [...MILESTONES].reverse().map((m) => t(`recap-stage-${m}`)),
        axisLabel: { ...font, fontSize: 22 },
      },
    ],
    series: [
      {
        type: "bar",
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: (bars.length ? bars.map((b) => b.rate) : [r.reporting.rate]).map((x) => ({
          value: Math.round(x * 1000) / 10,
          itemStyle: {
            color: x >= 0.8 ? "#2e7d32" : x >= 0.5 ? "#f9a825" : "#c62828",
          },
        })),
        label: {
          show: true,
          position: "right",
          ...font,
          fontSize: 20,
          formatter: "{c}%",
        },
        barMaxWidth: 30,
      },
      {
        type: "bar",
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: [...MILESTONES].reverse().map((m) => r.stages[m]),
        itemStyle: { color: "#b71c1c" },
        label: { show: true, position: "right", ...font, fontSize: 20 },
        barMaxWidth: 36,
      },
    ],
  };
  if (gap) {
    const panel = gapPanel(gap, t, topH + 520, font);
    option.title.push(panel.title as never);
    option.grid.push(panel.grid);
    option.xAxis.push(panel.xAxis as never);
    option.yAxis.push(panel.yAxis as never);
    option.series.push(panel.series as never);
  }
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return { svg, width, height };
}

export function recapChartPng(
  r: Recap,
  t: Tr,
  formatPeriodLabel: string,
  gap?: RosterGap | null,
): { bytes: Buffer; width: number; height: number } {
  const { svg, width, height } = recapChartSvg(r, t, formatPeriodLabel, gap);
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
