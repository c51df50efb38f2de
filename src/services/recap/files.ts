// The recap files, loaded on first use: exceljs (xlsx.ts) and echarts + resvg (chart.ts) take about
// a second to import, which start-up should not pay for a feature most chats never touch.
import type { XlsxInput } from "./xlsx.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Wilayah } from "../wilayah/index.ts";
import type { Recap } from "./recap.ts";
import type { Translate } from "../../lib/translate.ts";
import type { RosterGap } from "./roster-gap.ts";

export async function buildRecapXlsx(
  prisma: PrismaClient,
  w: Wilayah,
  input: XlsxInput,
): Promise<{ filename: string; bytes: Buffer }> {
  return (await import("./xlsx.ts")).buildRecapXlsx(prisma, w, input);
}

export async function recapChartPng(
  r: Recap,
  t: Translate,
  formatPeriodLabel: string,
  gap?: RosterGap | null,
): Promise<{ bytes: Buffer; width: number; height: number }> {
  return (await import("./chart.ts")).recapChartPng(r, t, formatPeriodLabel, gap);
}
