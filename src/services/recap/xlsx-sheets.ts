// The recap file's sheets built from the recap itself: Ringkasan, Per wilayah, Kesiapan.
import { formatDateId, formatPeriod } from "../../lib/dates.ts";
import { changeOf, figureName, FIGURES as RECAP_FIGURES } from "./figures.ts";
import { MILESTONES } from "../readiness.ts";
import { COUNT, FIGURES, figureLabel, PERCENT, RUPIAH, sheet, sheetWithRows, type SheetEnv } from "./xlsx-book.ts";

/** Ringkasan: the figures of figures.ts, then the activity with its month-over-month change. */
export function writeSummarySheet(env: SheetEnv): void {
  const { recap: r, t } = env;
  const sum = sheet(env.wb, t("recap-x-summary"), [
    { header: t("recap-x-item"), width: 44 },
    { header: t("recap-x-value"), width: 22 },
    { header: t("recap-x-prev"), width: 18 },
    { header: t("recap-x-same-now"), width: 18 },
    { header: t("recap-x-same-prev"), width: 18 },
    { header: t("recap-x-change"), width: 16 },
  ]);
  const kv = (label: string, value: string | number | null, fmt?: string, more: Array<number | null> = []) => {
    const row = sum.addRow([label, value, ...more]);
    if (fmt) for (let i = 2; i <= 5; i++) row.getCell(i).numFmt = fmt;
    if (more.length === 4) row.getCell(6).numFmt = PERCENT;
    row.commit();
  };
  kv(t("recap-x-area"), r.name);
  kv(t("recap-x-period"), formatPeriod(r.period));
  const due = formatDateId(r.dueAt, env.tz);
  kv(t("recap-x-period-state"), r.provisional ? t("recap-x-provisional", { due }) : t("recap-x-final"));
  for (const x of RECAP_FIGURES) {
    const v = x.value(r);
    if (x.id === "villages" && v === null) continue;
    kv(figureName(t, x), v, x.kind === "ratio" ? PERCENT : x.kind === "hours" ? "0.0" : COUNT);
  }
  const activity = new Map(r.activity.map((a) => [a.field, a]));
  const n = (b: bigint | null) => (b === null ? null : Number(b));
  for (const x of FIGURES) {
    const a = activity.get(x.field.key);
    if (!a) continue;
    const change = changeOf(a, r.provisional).ratio;
    const fmt = x.field.kind === "money" ? RUPIAH : COUNT;
    kv(figureLabel(t, x), Number(a.total), fmt, [n(a.prev), n(a.sameTotal), n(a.samePrev), change]);
  }
  sum.commit();
}

/** Per wilayah: one row per child area with its coops and report counts. */
export function writeAreasSheet(env: SheetEnv): void {
  const { t } = env;
  const areas = sheetWithRows(env.wb, t("recap-x-areas"), [
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
  for (const c of env.recap.children)
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
}

/** Kesiapan: coops per readiness milestone, the whole area first, then each child area. */
export function writeReadinessSheet(env: SheetEnv): void {
  const { recap: r, t } = env;
  const ready = sheetWithRows(env.wb, t("recap-x-readiness"), [
    { header: t("recap-x-code"), width: 14 },
    { header: t("recap-x-name"), width: 36 },
    { header: t("recap-x-coops-n"), width: 12, fmt: COUNT },
    ...MILESTONES.map((m) => ({ header: t(`recap-stage-${m}`), width: 14, fmt: COUNT })),
  ]);
  ready.rows.add([null, r.name, r.reporting.coops, ...MILESTONES.map((m) => r.stages[m])]);
  for (const c of r.children) ready.rows.add([c.key, c.name, c.coops, ...MILESTONES.map((m) => c.stages[m])]);
  ready.rows.flush();
  ready.ws.commit();
}
