// The recap as an XLSX file (exceljs streaming writer: rows are written and committed page by
// page, so a national file does not hold every row in memory). Sheets: Ringkasan, Per wilayah,
// Per koperasi, Laporan, Kesiapan, Permintaan bantuan, Belum ada koperasi — each with a frozen
// header row, a filter, column widths, rupiah and percent formats. Data rows go through
// xlsx-rows.ts (exceljs' own XML without its per-cell objects) and style ids are cached
// (xlsx-styles.ts): the national file's 150,000 rows take ~6 s of CPU instead of ~19 s.
import type { Translate } from "../../lib/translate.ts";
import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { formatDateId, formatDateTimeId, formatPeriod, nextPeriod } from "../../lib/dates.ts";
import { changeOf, figureName, FIGURES as RECAP_FIGURES } from "./figures.ts";
import { MILESTONES } from "../readiness.ts";
import { keySlug, MEMBERS_GROUP, UNIT_GROUPS, type FieldDef } from "../reports/questions.ts";
import { periodStart } from "../reports/view.ts";
import { requestNo } from "../help-requests/numbers.ts";
import { timezoneOfCode, villageTypeOfCode, type Wilayah } from "../wilayah/index.ts";
import type { Recap } from "./recap.ts";
import { coopRows, helpRows, reportRows } from "./rows.ts";
import { coopVillageCodes } from "./queries.ts";
import { zoneOfArea } from "./sql.ts";
import { cacheStyleIds } from "./xlsx-styles.ts";
import { rowWriter, type RowWriter } from "./xlsx-rows.ts";
import { rosterGap } from "./roster-gap.ts";
import { writeGapSheets } from "./roster-gap-xlsx.ts";

export const RUPIAH = '"Rp"#,##0';
export const COUNT = "#,##0";
export const PERCENT = "0.0%";

/** Every numeric report field, in question order, with its group. */
export const FIGURES: Array<{ field: FieldDef; group: string }> = [...UNIT_GROUPS, MEMBERS_GROUP].flatMap((g) =>
  g.fields.filter((f) => f.kind !== "text").map((field) => ({ field, group: g.id })),
);

const plain = (s: string) => s.replace(/^[^\p{L}\p{N}]+/u, "");

export function figureLabel(t: Translate, f: { field: FieldDef; group: string }): string {
  return `${plain(t(`rep-g-${f.group}`))} — ${t(`rep-f-${keySlug(f.field.key)}`)}`;
}

interface Col {
  header: string;
  width: number;
  fmt?: string;
}

function sheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, cols: Col[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = cols.map((c) => ({
    header: c.header,
    width: c.width,
    ...(c.fmt ? { style: { numFmt: c.fmt } } : {}),
  }));
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: cols.length },
  };
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.commit();
  return ws;
}

/** A sheet with its header committed and a fast writer for its data rows. */
function sheetWithRows(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  cols: Col[],
): { ws: ExcelJS.Worksheet; rows: RowWriter } {
  const ws = sheet(wb, name, cols);
  return { ws, rows: rowWriter(wb, ws, cols.length) };
}

/** "rekap-kalimantan-barat-2026-10.xlsx" */
export function recapFileName(r: Pick<Recap, "name" | "period">, ext: string): string {
  const slug = r.name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `rekap-${slug || "wilayah"}-${r.period}.${ext}`;
}

export interface XlsxInput {
  recap: Recap;
  now: Date;
  dueDay: number;
  t: Translate;
}

export async function buildRecapXlsx(
  prisma: PrismaClient,
  w: Wilayah,
  input: XlsxInput,
): Promise<{ filename: string; bytes: Buffer }> {
  const { recap: r, t } = input;
  const f = { area: r.area, baId: r.baId };
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  cacheStyleIds(wb);
  wb.creator = "Asisten KDKMP";

  const path = (villageCode: string): [string, string, string, string] => {
    const p = w.villagePath(villageCode);
    return [
      p?.province.name ?? villageCode.slice(0, 2),
      p?.regency.name ?? villageCode.slice(0, 5),
      p?.district.name ?? villageCode.slice(0, 8),
      p?.village.name ?? villageCode,
    ];
  };
  const when = (d: Date | null, villageCode: string) =>
    d ? formatDateTimeId(d, timezoneOfCode(villageCode) ?? "Asia/Jakarta") : "";
  const stageName = (i: number) => t(`recap-stage-${MILESTONES[i] ?? "REGISTERED"}`);
  const figureCols: Col[] = FIGURES.map((x) => ({
    header: figureLabel(t, x),
    width: 16,
    fmt: x.field.kind === "money" ? RUPIAH : COUNT,
  }));

  const tz = zoneOfArea(r.area.code);
  // Ringkasan: the figures of figures.ts, then the activity with its month-over-month change
  const sum = sheet(wb, t("recap-x-summary"), [
    { header: t("recap-x-item"), width: 44 },
    { header: t("recap-x-value"), width: 22 },
    { header: t("recap-x-prev"), width: 18 },
    { header: t("recap-x-same-now"), width: 18 },
    { header: t("recap-x-same-prev"), width: 18 },
    { header: t("recap-x-change"), width: 16 },
  ]);
  const rep = r.reporting;
  const kv = (label: string, value: string | number | null, fmt?: string, more: Array<number | null> = []) => {
    const row = sum.addRow([label, value, ...more]);
    if (fmt) for (let i = 2; i <= 5; i++) row.getCell(i).numFmt = fmt;
    if (more.length === 4) row.getCell(6).numFmt = PERCENT;
    row.commit();
  };
  kv(t("recap-x-area"), r.name);
  kv(t("recap-x-period"), formatPeriod(r.period));
  kv(
    t("recap-x-period-state"),
    r.provisional ? t("recap-x-provisional", { due: formatDateId(r.dueAt, tz) }) : t("recap-x-final"),
  );
  for (const x of RECAP_FIGURES) {
    const v = x.value(r);
    if (x.id === "villages" && v === null) continue;
    kv(figureName(t, x), v, x.kind === "ratio" ? PERCENT : x.kind === "hours" ? "0.0" : COUNT);
  }
  const activity = new Map(r.activity.map((a) => [a.field, a]));
  for (const x of FIGURES) {
    const a = activity.get(x.field.key);
    if (!a) continue;
    const n = (b: bigint | null) => (b === null ? null : Number(b));
    kv(figureLabel(t, x), Number(a.total), x.field.kind === "money" ? RUPIAH : COUNT, [
      n(a.prev),
      n(a.sameTotal),
      n(a.samePrev),
      changeOf(a, r.provisional).ratio,
    ]);
  }
  sum.commit();

  // Per wilayah
  const areas = sheetWithRows(wb, t("recap-x-areas"), [
    { header: t("recap-x-code"), width: 14 },
    { header: t("recap-x-name"), width: 36 },
    { header: t("recap-x-villages"), width: 14, fmt: COUNT },
    { header: t("recap-x-coops-n"), width: 12, fmt: COUNT },
    { header: t("recap-x-with-ba"), width: 12, fmt: COUNT },
    { header: t("recap-x-expected"), width: 12, fmt: COUNT },
    { header: t("recap-x-none"), width: 12, fmt: COUNT },
    { header: t("recap-x-draft"), width: 10, fmt: COUNT },
    { header: t("recap-x-submitted"), width: 10, fmt: COUNT },
    { header: t("recap-x-returned"), width: 14, fmt: COUNT },
    { header: t("recap-x-accepted"), width: 10, fmt: COUNT },
    { header: t("recap-x-overdue"), width: 11, fmt: COUNT },
    { header: t("recap-x-rate"), width: 16, fmt: PERCENT },
  ]);
  for (const c of r.children)
    areas.rows.add([
      c.key,
      c.name,
      c.villages,
      c.coops,
      c.withBa,
      c.expected,
      c.none,
      c.draft,
      c.submitted,
      c.returned,
      c.accepted,
      c.overdue,
      c.expected === 0 ? null : c.rate, // empty, not 0 %, where no coop had to report (none there)
    ]);
  areas.rows.flush();
  areas.ws.commit();

  // Per koperasi
  const coops = sheetWithRows(wb, t("recap-x-coops"), [
    { header: "ID", width: 8 },
    { header: t("recap-x-coop"), width: 40 },
    { header: t("recap-x-code"), width: 15 },
    { header: t("recap-x-province"), width: 20 },
    { header: t("recap-x-regency"), width: 24 },
    { header: t("recap-x-district"), width: 20 },
    { header: t("recap-x-village"), width: 22 },
    { header: t("recap-x-ba"), width: 22 },
    { header: t("recap-x-status"), width: 18 },
    { header: t("recap-x-overdue"), width: 10 },
    { header: t("recap-x-stage"), width: 20 },
    { header: t("recap-x-help-open"), width: 12, fmt: COUNT },
    ...figureCols,
  ]);
  const helpEnd = periodStart(nextPeriod(r.period), tz);
  const p = { period: r.period, dueDay: input.dueDay, now: input.now, helpEnd };
  for await (const page of coopRows(prisma, f, p)) {
    for (const c of page) {
      const status = t(c.status === "-" ? "recap-x-not-expected" : `recap-status-${c.status}`);
      coops.rows.add([
        c.id,
        c.name,
        c.villageCode,
        ...path(c.villageCode),
        c.baName,
        status,
        c.overdue ? t("recap-x-yes") : t("recap-x-no"),
        stageName(c.stage),
        c.helpOpen,
        ...FIGURES.map((x) => c.values[x.field.key] ?? null),
      ]);
    }
    coops.rows.flush();
  }
  coops.ws.commit();

  // Laporan
  const reports = sheetWithRows(wb, t("recap-x-reports"), [
    { header: "ID", width: 8 },
    { header: t("recap-x-coop"), width: 40 },
    { header: t("recap-x-code"), width: 15 },
    { header: t("recap-x-status"), width: 18 },
    { header: t("recap-x-version"), width: 8 },
    { header: t("recap-x-submitted"), width: 24 },
    ...figureCols,
    { header: t("rep-f-kendala"), width: 40 },
  ]);
  for await (const page of reportRows(prisma, f, r.period)) {
    for (const x of page) {
      reports.rows.add([
        x.id,
        x.coopName,
        x.villageCode,
        t(`recap-status-${x.status}`),
        x.version,
        when(x.submittedAt, x.villageCode),
        ...FIGURES.map((g) => x.values[g.field.key] ?? null),
        x.kendala,
      ]);
    }
    reports.rows.flush();
  }
  reports.ws.commit();

  // Kesiapan
  const ready = sheetWithRows(wb, t("recap-x-readiness"), [
    { header: t("recap-x-code"), width: 14 },
    { header: t("recap-x-name"), width: 36 },
    { header: t("recap-x-coops-n"), width: 12, fmt: COUNT },
    ...MILESTONES.map((m) => ({
      header: t(`recap-stage-${m}`),
      width: 14,
      fmt: COUNT,
    })),
  ]);
  ready.rows.add([null, r.name, rep.coops, ...MILESTONES.map((m) => r.stages[m])]);
  for (const c of r.children) ready.rows.add([c.key, c.name, c.coops, ...MILESTONES.map((m) => c.stages[m])]);
  ready.rows.flush();
  ready.ws.commit();

  // Permintaan bantuan
  const help = sheetWithRows(wb, t("recap-x-help"), [
    { header: "No.", width: 12 },
    { header: t("recap-x-coop"), width: 40 },
    { header: t("recap-x-code"), width: 15 },
    { header: t("recap-x-type"), width: 14 },
    { header: t("recap-x-help-status"), width: 14 },
    { header: t("recap-x-opened"), width: 24 },
    { header: t("recap-x-hours"), width: 14, fmt: "0.0" },
    { header: t("recap-x-closed"), width: 24 },
    { header: t("recap-x-breaches"), width: 10 },
  ]);
  for await (const page of helpRows(prisma, f, periodStart(r.period, tz), helpEnd)) {
    for (const h of page) {
      const hours = h.answeredAt
        ? Math.round(((h.answeredAt.getTime() - h.createdAt.getTime()) / 3_600_000) * 10) / 10
        : null;
      const breach = h.dueAt.getTime() < (h.answeredAt ?? input.now).getTime();
      help.rows.add([
        requestNo(h.id),
        h.coopName,
        h.villageCode,
        plain(t(`help-cat-${h.category}`)),
        t(`recap-help-status-${h.status}`),
        when(h.createdAt, h.villageCode),
        hours,
        when(h.closedAt, h.villageCode),
        breach ? t("recap-x-yes") : t("recap-x-no"),
      ]);
    }
    help.rows.flush();
  }
  help.ws.commit();

  // Belum ada koperasi (not for a BA's or a coop's recap: they are about coops that exist)
  const none = sheetWithRows(wb, t("recap-x-novillage"), [
    { header: t("recap-x-code"), width: 15 },
    { header: t("recap-x-village"), width: 26 },
    { header: t("recap-x-type"), width: 11 },
    { header: t("recap-x-district"), width: 22 },
    { header: t("recap-x-regency"), width: 26 },
    { header: t("recap-x-province"), width: 22 },
  ]);
  if (r.villages !== null) {
    const have = await coopVillageCodes(prisma, f);
    for (const v of w.villagesIn(r.area.code)) {
      if (have.has(v.code)) continue;
      const [prov, reg, dist] = path(v.code);
      none.rows.add([
        v.code,
        v.name,
        villageTypeOfCode(v.code) === "KELURAHAN" ? "Kelurahan" : "Desa",
        dist,
        reg,
        prov,
      ]);
    }
  }
  none.rows.flush();
  none.ws.commit();

  // Daftar resmi, Belum bergabung (only where the area has a roster)
  const gap = await rosterGap(prisma, f, r.period);
  if (gap) await writeGapSheets(wb, prisma, w, f, gap, t);

  await wb.commit();
  await done;
  return { filename: recapFileName(r, "xlsx"), bytes: Buffer.concat(chunks) };
}
