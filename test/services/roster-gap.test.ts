// The roster gap queries (per area and BA), its XLSX sheets read back with exceljs, and the chart panel.
import { describe, it, expect, beforeAll } from "vitest";
import ExcelJS from "exceljs";
import { resetDb } from "../helpers/db.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { getWilayah } from "../../src/services/wilayah/index.ts";
import { areaOfCode, openArea, recapOf } from "../../src/services/recap/index.ts";
import { buildRecapXlsx } from "../../src/services/recap/xlsx.ts";
import { recapChartSvg } from "../../src/services/recap/chart.ts";
import { missingByBa, missingCount, rosterGap } from "../../src/services/recap/roster-gap.ts";
import { createI18n, LocaleCache } from "../../src/i18n.ts";

let prisma: PrismaClient;
const w = getWilayah();
const i18n = createI18n("id", new LocaleCache());
const t = (k: string, v?: Record<string, string | number>) => i18n.t("id", k, v);
const NOW = new Date("2026-11-24T03:00:00Z");
let ba1: number;
let ba2: number;
let pmo: { id: number; role: "PMO"; regencyCode: string; provinceCode: string };

function roster(code: string, extra: Record<string, unknown> = {}) {
  const p = code.split(".");
  return prisma.rosterCoop.create({
    data: {
      villageCode: code,
      districtCode: p.slice(0, 3).join("."),
      regencyCode: p.slice(0, 2).join("."),
      provinceCode: p[0]!,
      name: `Koperasi Desa Merah Putih ${w.village(code)!.name}`,
      importId: 1,
      ...extra,
    },
  });
}

beforeAll(async () => {
  prisma = (await resetDb()).prisma;
  const mk = (tg: number, role: "BA" | "PMO", fullName: string) =>
    prisma.user.create({
      data: { telegramId: BigInt(tg), role, fullName, regencyCode: "61.12", provinceCode: "61", consentAt: NOW },
    });
  ba1 = (await mk(1, "BA", "Budi")).id;
  ba2 = (await mk(2, "BA", "Ani")).id;
  const p = await mk(3, "PMO", "Pak PMO");
  pmo = { id: p.id, role: "PMO", regencyCode: "61.12", provinceCode: "61" };
  const coop = await prisma.cooperative.create({
    data: {
      name: "Koperasi Desa Merah Putih Ambarawa",
      villageCode: "61.12.05.2010",
      districtCode: "61.12.05",
      regencyCode: "61.12",
      provinceCode: "61",
      createdById: ba1,
      assignedBaId: ba1,
    },
  });
  await prisma.monthlyReport.create({ data: { coopId: coop.id, period: "2026-10", status: "SUBMITTED" } });
  await roster("61.12.05.2010", { coopId: coop.id, assignedBaId: ba1 });
  await roster("61.12.05.2015", { assignedBaId: ba1, ketuaName: "Pak Medan", ketuaPhone: "6281200000001" });
  await roster("61.12.01.2003", { assignedBaId: ba2 });
  await roster("61.12.01.2009");
  await roster("61.71.03.1001"); // Kota Pontianak: outside Kubu Raya
});

describe("roster gap", () => {
  it("counts per area and per BA, and finds the BAs of coops not yet joined", async () => {
    const kr = { area: areaOfCode("61.12"), baId: null };
    const gap = (await rosterGap(prisma, kr, "2026-10"))!;
    expect(gap.total).toEqual({ key: "", rostered: 4, joined: 1, reporting: 1 });
    expect(gap.childLevel).toBe("district");
    expect(gap.children.map((c) => [c.key, c.rostered, c.joined])).toEqual([
      ["61.12.01", 2, 0],
      ["61.12.05", 2, 1],
    ]);
    const national = (await rosterGap(prisma, { area: areaOfCode("61"), baId: null }, "2026-10"))!;
    expect(national.total.rostered).toBe(5);
    const mine = (await rosterGap(prisma, { area: areaOfCode("61.12"), baId: ba1 }, "2026-10"))!;
    expect(mine.total).toEqual({ key: "", rostered: 2, joined: 1, reporting: 1 });
    expect(await missingCount(prisma, { area: areaOfCode("61.12"), baId: ba2 })).toBe(1);
    expect(await missingByBa(prisma, kr)).toEqual([
      { baId: ba1, count: 1 },
      { baId: ba2, count: 1 },
    ]);
    expect(await rosterGap(prisma, { area: areaOfCode("61.12.09"), baId: null }, "2026-10")).toBeNull();
  });

  it("the XLSX gets 'Daftar resmi' and 'Belum bergabung' with the ketua's phone", async () => {
    const opened = (await openArea(prisma, w, pmo, "61.12"))!;
    const r = await recapOf(prisma, w, opened, "2026-10", NOW, 10);
    const { bytes } = await buildRecapXlsx(prisma, w, { recap: r, now: NOW, dueDay: 10, t });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    expect(wb.worksheets.map((s) => s.name).slice(-2)).toEqual(["Daftar resmi", "Belum bergabung"]);
    const areas = wb.getWorksheet("Daftar resmi")!;
    expect((areas.getRow(2).values as unknown[]).slice(1)).toEqual([undefined, "Total", 4, 1, 0.25, 1, 3]);
    const missing = wb.getWorksheet("Belum bergabung")!;
    expect(missing.rowCount).toBe(4);
    const rows = [2, 3, 4].map((i) => (missing.getRow(i).values as unknown[]).slice(1));
    expect(rows.map((x) => x[0])).toEqual(["61.12.01.2003", "61.12.01.2009", "61.12.05.2015"]);
    expect(rows[2]).toEqual(
      expect.arrayContaining(["Medan Mas", "Batu Ampar", "Kabupaten Kubu Raya", "Pak Medan", "+6281200000001", "Budi"]),
    );
  });

  it("the chart gets a third panel when the area has a roster", async () => {
    const opened = (await openArea(prisma, w, pmo, "61.12"))!;
    const r = await recapOf(prisma, w, opened, "2026-10", NOW, 10);
    const gap = await rosterGap(prisma, { area: r.area, baId: null }, "2026-10");
    const plain = recapChartSvg(r, t, "Oktober 2026");
    const withGap = recapChartSvg(r, t, "Oktober 2026", gap);
    expect(withGap.height).toBeGreaterThan(plain.height);
    expect(withGap.svg).toContain(t("gap-chart-title"));
    expect(plain.svg).not.toContain(t("gap-chart-title"));
  });
});

describe("gap lines in the recap text", () => {
  it("take the first variant that fits, after title and coverage, and never exceed the limit", async () => {
    const { withGapLines } = await import("../../src/services/recap/roster-gap-render.ts");
    const render = () => ["T", "C", "x".repeat(450)].join("\n"); // mandatory lines that cannot shrink
    const variants = [["G", "top".repeat(40)], ["G", "top"], ["G"]];
    const text = withGapLines(render, variants, 520);
    expect(text.split("\n").slice(0, 4)).toEqual(["T", "C", "G", "top"]);
    expect(text.length).toBeLessThanOrEqual(520);
    const fixed = () => "y".repeat(599);
    expect(withGapLines(fixed, variants, 600)).toBe("y".repeat(599));
  });
});
