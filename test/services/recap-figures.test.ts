// Issue 23, item 1: one area and period give the same figures in the chat text (/rekap), the XLSX
// (read back with exceljs), the chart's data and the scheduled monthly recap (its message and the
// XLSX it attaches). Every figure of figures.ts is compared; help requests "open" mean open at the
// end of the month everywhere; month over month is on the same coops and "sementara" while the
// month's reports are still due.
import { describe, it, expect, beforeAll } from "vitest";
import ExcelJS from "exceljs";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { parseConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import { getWilayah } from "../../src/services/wilayah/index.ts";
import { openArea, recapOf, type Recap } from "../../src/services/recap/index.ts";
import {
  FIGURES,
  changeOf,
  figureName,
  figuresOf,
  formatFigure,
  type Figures,
} from "../../src/services/recap/figures.ts";
import { buildRecapXlsx } from "../../src/services/recap/xlsx.ts";
import { recapChartOption } from "../../src/services/recap/chart.ts";
import { MILESTONES } from "../../src/services/readiness.ts";
import { recapKeys, runRecapDelivery } from "../../src/jobs/recap-delivery.ts";
import { DUE_DAY, seedRecapFixture } from "./recap-fixture.ts";
import { seedDemo, STAFF } from "../../src/seed/demo.ts";

const PERIOD = "2026-11"; // still provisional on 1 December: reports are due on the 10th
const AT = new Date("2026-12-01T01:00:00Z"); // 08:00 WIB, when the Kalbar recap goes out
let h: Harness;
let fx: Awaited<ReturnType<typeof seedRecapFixture>>;
let r: Recap;
let f: Figures;
const w = getWilayah();
const t = (k: string, v?: Record<string, string | number>) => h.t(k, v);

async function readXlsx(bytes: Buffer | Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
}

const num = (s: string) => s; // figures are compared as the chat writes them

/** The figures a recap message states, read back out of its text. */
function chatFigures(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const grab = (re: RegExp, ids: string[]) => {
    const m = re.exec(text);
    expect(m, `${re} in\n${text}`).not.toBeNull();
    ids.forEach((id, i) => (out[id] = num(m![i + 1]!)));
  };
  grab(/Cakupan: ([\d.]+) koperasi (?:dari|\/) ([\d.]+) desa(?:\/kelurahan)? \([\d,]+%\), ([\d.]+) dengan/, [
    "coops",
    "villages",
    "withBa",
  ]);
  grab(
    /Laporan(?: bulanan)? \(([\d.]+) wajib\): (?:✅ )?([\d.]+) diterima · (?:📨 )?([\d.]+) dikirim · (?:↩️ )?([\d.]+) (?:dikembalikan|kembali) · (?:✏️ )?([\d.]+) draf · (?:⬜ )?([\d.]+) belum/,
    ["expected", "accepted", "submitted", "returned", "draft", "none"],
  );
  grab(/Tingkat pelaporan: ([\d,]+%) · ⏰ terlambat: ([\d.]+)/, ["rate", "overdue"]);
  grab(
    /(?:Permintaan bantuan|Bantuan): ([\d.]+) baru · ([\d.]+) selesai · ([\d.]+) terbuka (?:di )?akhir bulan · median (?:([\d,]+) jam|-)(?: sampai dijawab)? · ([\d.]+) telat dijawab/,
    ["help.opened", "help.closed", "help.openAtEnd", "help.median", "help.breaches"],
  );
  if (out["help.median"] === undefined) out["help.median"] = "-";
  const stages = /Kesiapan: (.*)/.exec(text)![1]!;
  for (const m of MILESTONES) {
    const hit = new RegExp(`(?:${h.t(`recap-stage-${m}`)}|${h.t(`recap-stage-short-${m}`)}) ([\\d.]+)`).exec(stages);
    out[`stage.${m}`] = hit ? hit[1]! : "0";
  }
  return out;
}

/** The XLSX's summary: label → [value, previous, same coops now, same coops before, change]. */
function summary(wb: ExcelJS.Workbook): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  wb.getWorksheet(h.t("recap-x-summary"))!.eachRow((row, i) => {
    if (i > 1)
      out.set(
        String(row.getCell(1).value),
        [2, 3, 4, 5, 6].map((c) => row.getCell(c).value ?? null),
      );
  });
  return out;
}

function checkXlsx(wb: ExcelJS.Workbook) {
  const s = summary(wb);
  for (const def of FIGURES) expect([def.id, s.get(figureName(t, def))?.[0]]).toEqual([def.id, f[def.id]]);
  // the other sheets add up to the summary
  const areas = wb.getWorksheet(h.t("recap-x-areas"))!;
  const rates = new Map<string, number | null>();
  areas.eachRow((row, i) => i > 1 && rates.set(String(row.getCell(1).value), row.getCell(13).value as number | null));
  // a kab/kota where no coop had to report has no rate (empty), not 0 %
  for (const c of r.children) expect([c.key, rates.get(c.key)]).toEqual([c.key, c.expected ? c.rate : null]);
  let helpOpen = 0;
  const coops = wb.getWorksheet(h.t("recap-x-coops"))!;
  coops.eachRow((row, i) => i > 1 && (helpOpen += Number(row.getCell(12).value)));
  expect(helpOpen).toBe(f["help.openAtEnd"]);
  expect(wb.getWorksheet(h.t("recap-x-help"))!.rowCount - 1).toBe(f["help.opened"]);
  const ready = (wb.getWorksheet(h.t("recap-x-readiness"))!.getRow(2).values as unknown[]).slice(4);
  expect(ready).toEqual(MILESTONES.map((m) => f[`stage.${m}`]));
  return s;
}

function checkChat(text: string) {
  const shown = chatFigures(text);
  for (const [id, v] of Object.entries(shown)) {
    const def = FIGURES.find((x) => x.id === id)!;
    expect([id, v]).toEqual([id, formatFigure(def.kind, f[id] ?? null)]);
  }
  expect(Object.keys(shown).length).toBe(FIGURES.length); // the chat states every headline figure
  expect(text).toContain(h.t("recap-provisional", { due: "10 Desember 2026" }));
}

beforeAll(async () => {
  h = await createHarness();
  h.clock.set(AT);
  fx = await seedRecapFixture(h.prisma);
  // November: only K1 has reported (12 jt against its 10 jt in October); a request opened on
  // 1 December is open now but was not open at the end of November
  await h.prisma.monthlyReport.create({
    data: {
      coopId: fx.k1.id,
      period: PERIOD,
      status: "ACCEPTED",
      version: 1,
      values: { create: [{ field: "gerai.omzet", intValue: 12_000_000n }] },
    },
  });
  const siti = await h.prisma.user.findFirstOrThrow({ where: { role: "PENGURUS" } });
  await h.prisma.helpRequest.create({
    data: {
      coopId: fx.k1.id,
      requesterId: siti.id,
      category: "OTHER",
      text: "-",
      routedRole: "BA",
      status: "OPEN",
      createdAt: new Date("2026-11-30T18:00:00Z"), // 1 December 01:00 WIB
      dueAt: new Date("2026-12-01T18:00:00Z"),
    },
  });
  await h.prisma.user.updateMany({ data: { createdAt: new Date("2026-01-01T00:00:00Z") } }); // owed the recap
  const opened = (await openArea(h.prisma, w, fx.dinasKalbar, "61"))!;
  r = await recapOf(h.prisma, w, opened, PERIOD, AT, DUE_DAY);
  f = figuresOf(r);
});

describe("recap figures agree everywhere", () => {
  it("the figures themselves: open at month end, same-coop change, provisional", () => {
    expect(r.provisional).toBe(true);
    expect(f["help.openAtEnd"]).toBe(1); // K2's request; not the one opened in December
    const omzet = r.activity.find((a) => a.field === "gerai.omzet")!;
    expect([omzet.total, omzet.prev]).toEqual([12_000_000n, 15_000_000n]); // all reports: −20 %
    expect(changeOf(omzet, r.provisional)).toEqual({ ratio: 0.2, provisional: true }); // K1: +20 %
  });

  it("/rekap's text, its XLSX and the chart's data state the same figures", async () => {
    const dinas = h.user(3001);
    await dinas.command("rekap");
    const text = dinas.lastText()!;
    expect(text).toContain(h.t("recap-title", { area: "Kalimantan Barat", period: "November 2026" }));
    checkChat(text);
    expect(text).toContain("Rp12.000.000 (+20% sementara)");

    const xlsx = await buildRecapXlsx(h.prisma, w, { recap: r, now: AT, dueDay: DUE_DAY, t });
    const s = checkXlsx(await readXlsx(xlsx.bytes));
    expect(s.get("Gerai sembako — Omzet")).toEqual([12_000_000, 15_000_000, 12_000_000, 10_000_000, 0.2]);
    expect(s.get(h.t("recap-x-period-state"))![0]).toBe(h.t("recap-x-provisional", { due: "10 Desember 2026" }));

    const { option, bars } = recapChartOption(r, t, "November 2026");
    const byKey = new Map(r.children.map((c) => [c.key, c]));
    for (const b of bars)
      expect([b.key, b.rate, b.noCoops]).toEqual([b.key, byKey.get(b.key)!.rate, byKey.get(b.key)!.coops === 0]);
    const series = option.series as Array<{ data: Array<"-" | { value: number; ratio?: number }> }>;
    const drawn = [...bars].reverse().map((_, i) =>
      series
        .slice(0, 4)
        .map((x) => x.data[i])
        .find((d) => d !== "-")!,
    );
    expect(drawn.map((d) => (d as { ratio?: number }).ratio ?? null)).toEqual(
      [...bars].reverse().map((b) => (b.noCoops ? null : b.rate)),
    );
    const stages = series.at(-1)!.data.map((d) => (d as { value: number }).value);
    expect(stages).toEqual([...MILESTONES].reverse().map((m) => f[`stage.${m}`]));
  });

  it("the scheduled recap sends the same figures in its message and its XLSX", async () => {
    const config = parseConfig({ LOG_LEVEL: "silent", RECAP_DAY: "1", RECAP_HOUR: "8", REPORT_DUE_DAY: "10" });
    await runRecapDelivery({
      deps: { prisma: h.prisma, clock: h.clock, config, logger: createLogger("silent") },
      t: (l, k, v) => h.t(k, v, l ?? "id"),
    });
    const keys = recapKeys(PERIOD, fx.dinasKalbar.id);
    const [msg, doc] = await Promise.all(
      [keys.text, keys.xlsx].map((key) => h.prisma.outbox.findUniqueOrThrow({ where: { key } })),
    );
    const text = (msg!.payload as { text: string }).text;
    expect(text.length).toBeLessThanOrEqual(600);
    checkChat(text);
    const file = await h.prisma.attachment.findUniqueOrThrow({ where: { id: doc!.attachmentId! } });
    checkXlsx(await readXlsx(file.bytes));
  });
});

describe("the scheduled recap on the demo data (443 coops in Kalimantan Barat)", () => {
  beforeAll(async () => {
    h = await createHarness();
    h.clock.set(AT);
    await seedDemo(h.prisma, h.clock);
    const maria = await h.prisma.user.findUniqueOrThrow({
      where: { telegramId: STAFF.find((s) => s.role === "DINAS")!.telegramId },
    });
    const opened = (await openArea(h.prisma, w, maria, "61"))!;
    r = await recapOf(h.prisma, w, opened, PERIOD, AT, DUE_DAY);
    f = figuresOf(r);
    await h.prisma.user.updateMany({ data: { createdAt: new Date("2026-01-01T00:00:00Z") } });
    await h.prisma.recapSubscription.deleteMany();
  });

  it("fits 600 characters under its intro and still states every figure, as /rekap and the XLSX do", async () => {
    const config = parseConfig({ LOG_LEVEL: "silent", RECAP_DAY: "1", RECAP_HOUR: "8", REPORT_DUE_DAY: "10" });
    await runRecapDelivery({
      deps: { prisma: h.prisma, clock: h.clock, config, logger: createLogger("silent") },
      t: (l, k, v) => h.t(k, v, l ?? "id"),
    });
    const maria = await h.prisma.user.findUniqueOrThrow({
      where: { telegramId: STAFF.find((s) => s.role === "DINAS")!.telegramId },
    });
    const keys = recapKeys(PERIOD, maria.id);
    const [msg, doc] = await Promise.all(
      [keys.text, keys.xlsx].map((key) => h.prisma.outbox.findUniqueOrThrow({ where: { key } })),
    );
    const text = (msg!.payload as { text: string }).text;
    expect(f.coops).toBeGreaterThan(400);
    expect(text.length).toBeLessThanOrEqual(600);
    checkChat(text);
    const file = await h.prisma.attachment.findUniqueOrThrow({ where: { id: doc!.attachmentId! } });
    checkXlsx(await readXlsx(file.bytes));
    expect(text).not.toMatch(new RegExp(`${h.t("recap-activity-head").replace(/[()]/g, "\\$&")}$`)); // no bare heading
    const chat = Number(maria.telegramId);
    await h.user(chat).command("rekap");
    const reply = h.fake
      .textsTo(chat)
      .filter((x) => x.startsWith("📊"))
      .at(-1)!;
    expect(reply.length).toBeLessThanOrEqual(600);
    checkChat(reply);
  });
});
