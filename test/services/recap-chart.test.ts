// The recap chart on a phone (issue 23, items 7 and 8): a legend, colours by meaning (green good,
// orange middle, red low; "Beroperasi" green), a kab/kota without any coop drawn apart from one at
// 0 %, every text ≥ 31 px on the 1080-px image (≥ 11 px once Telegram shows it ~390 px wide), and
// percentages written the Indonesian way.
import { describe, it, expect, beforeAll } from "vitest";
import { writeFileSync } from "node:fs";
import { resetDb } from "../helpers/db.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { getWilayah } from "../../src/services/wilayah/index.ts";
import { openArea, recapOf, type Recap } from "../../src/services/recap/index.ts";
import {
  BAND_COLOURS,
  CHART_WIDTH,
  STAGE_COLOURS,
  recapChartOption,
  recapChartPng,
  recapChartSvg,
} from "../../src/services/recap/chart.ts";
import { createI18n, LocaleCache } from "../../src/i18n.ts";
import { DUE_DAY, NOW, PERIOD, seedRecapFixture } from "./recap-fixture.ts";

let prisma: PrismaClient;
let fx: Awaited<ReturnType<typeof seedRecapFixture>>;
const w = getWilayah();
const i18n = createI18n("id", new LocaleCache());
const t = (k: string, v?: Record<string, string | number>) => i18n.t("id", k, v);

async function recap(key: string, user = fx.dinasKalbar): Promise<Recap> {
  return recapOf(prisma, w, (await openArea(prisma, w, user, key))!, PERIOD, NOW, DUE_DAY);
}

type Bar = { value: number; itemStyle?: { color: string } } | "-";
type Series = { name?: string; data: Bar[]; itemStyle?: { color: string } };

/** every fontSize anywhere in the option */
function fontSizes(o: unknown, out: number[] = []): number[] {
  if (Array.isArray(o)) o.forEach((x) => fontSizes(x, out));
  else if (o && typeof o === "object")
    for (const [k, v] of Object.entries(o)) k === "fontSize" ? out.push(v as number) : fontSizes(v, out);
  return out;
}

beforeAll(async () => {
  prisma = (await resetDb()).prisma;
  fx = await seedRecapFixture(prisma);
});

describe("recap chart", () => {
  it("has a legend of the rate bands, coloured green / orange / red, and grey for 'tidak ada koperasi'", async () => {
    const r = await recap("61");
    const { option, bars } = recapChartOption(r, t, "Oktober 2026");
    const legend = option.legend as { data: string[] };
    expect(legend.data).toEqual(["≥ 80%", "50–79%", "< 50%", "tidak ada koperasi"]);
    const series = option.series as Series[];
    const colourOf = (name: string) => {
      const i = [...bars].reverse().findIndex((b) => b.name === name);
      const s = series.slice(0, 4).find((x) => x.data[i] !== "-")!;
      return s.itemStyle!.color;
    };
    // Kubu Raya 50 %, Kota Pontianak 0 % (its coop's report was returned), Sambas has no coop
    expect(colourOf("Kabupaten Kubu Raya")).toBe(BAND_COLOURS.middle);
    expect(colourOf("Kota Pontianak")).toBe(BAND_COLOURS.low);
    expect(colourOf("Kabupaten Sambas")).toBe(BAND_COLOURS.none);
    expect(BAND_COLOURS.none).not.toBe(BAND_COLOURS.low);
    expect(BAND_COLOURS.good).toMatch(/^#2e7d32$/i);
    // areas with coops come first (lowest rate on top), those without any after them
    const firstEmpty = bars.findIndex((b) => b.noCoops);
    expect(bars.slice(firstEmpty).every((b) => b.noCoops)).toBe(true);
    expect(bars.slice(0, 2).map((b) => b.name)).toEqual(["Kota Pontianak", "Kabupaten Kubu Raya"]);
  });

  it("colours readiness stages from red (early) to green ('Beroperasi')", async () => {
    const { option } = recapChartOption(await recap("61"), t, "Oktober 2026");
    const stages = (option.series as Series[]).at(-1)!;
    const colours = stages.data.map((d) => (d as { itemStyle: { color: string } }).itemStyle.color);
    expect(colours[0]).toBe(STAGE_COLOURS.OPERATING); // the axis runs bottom-up: OPERATING first
    expect(STAGE_COLOURS.OPERATING).toBe(BAND_COLOURS.good);
    expect(STAGE_COLOURS.REGISTERED).toBe(BAND_COLOURS.low);
    expect(new Set(colours).size).toBe(7);
  });

  it("writes every text at ≥ 31 px of 1080 (≥ 11 px at phone width), percentages with a comma", async () => {
    const r = await recap("61");
    const { option } = recapChartOption(r, t, "Oktober 2026");
    const sizes = fontSizes(option);
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(31);
    expect((Math.min(...sizes) * 390) / CHART_WIDTH).toBeGreaterThanOrEqual(11);
    const { svg } = recapChartSvg(r, t, "Oktober 2026");
    const texts = [...svg.matchAll(/font-size:(\d+(?:\.\d+)?)px/g)].map((m) => Number(m[1]));
    expect(texts.length).toBeGreaterThan(20);
    expect(Math.min(...texts)).toBeGreaterThanOrEqual(31);
    expect(svg).toContain("tidak ada koperasi");
    expect(svg).toContain(">50%<");
    // a rate with a decimal is written "12,5%", never "12.5%"
    const odd = { ...r, children: r.children.map((c, i) => (i === 0 ? { ...c, coops: 8, rate: 0.125 } : c)) };
    const svg2 = recapChartSvg(odd, t, "Oktober 2026").svg;
    expect(svg2).toContain(">12,5%<");
    expect(svg2).not.toMatch(/\d\.\d%/);
  });

  it("is a PNG of phone-friendly size", async () => {
    const { bytes, width, height } = recapChartPng(await recap("61"), t, "Oktober 2026");
    if (process.env.RECAP_CHART_OUT) writeFileSync(process.env.RECAP_CHART_OUT, bytes);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([width, height]);
    expect(width).toBe(1080);
    expect(height).toBeLessThan(2600);
  });
});
