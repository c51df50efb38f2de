// The recap's figures, each defined once (docs/REKAP.md): the chat text, the XLSX, the chart and the
// scheduled delivery all read them from here, so one area and period show the same numbers
// everywhere, formatted the Indonesian way ("39,5%", "1.234"). No Telegram here.
import type { Translate } from "../../lib/translate.ts";
import { dueDateOfPeriod } from "../../lib/dates.ts";
import { formatNumber } from "../../lib/money.ts";
import { MILESTONES, type Milestone } from "../readiness.ts";
import type { Activity, ChildRow, Recap } from "./recap.ts";
import { zoneOfArea } from "./sql.ts";

export type FigureKind = "count" | "ratio" | "hours";

export interface FigureDef {
  id: string;
  /** locale key of its label (with `stage` for the readiness ones) */
  label: string;
  stage?: Milestone;
  kind: FigureKind;
  value: (r: Recap) => number | null;
}

const stageFigures: FigureDef[] = MILESTONES.map((m) => ({
  id: `stage.${m}`,
  label: "recap-x-stage",
  stage: m,
  kind: "count",
  value: (r) => r.stages[m],
}));

/** The recap's headline figures, in the order of the XLSX summary sheet. */
export const FIGURES: readonly FigureDef[] = [
  { id: "villages", label: "recap-x-villages", kind: "count", value: (r) => r.villages },
  { id: "coops", label: "recap-x-coops-n", kind: "count", value: (r) => r.reporting.coops },
  { id: "withBa", label: "recap-x-with-ba", kind: "count", value: (r) => r.reporting.withBa },
  { id: "expected", label: "recap-x-expected", kind: "count", value: (r) => r.reporting.expected },
  { id: "none", label: "recap-x-none", kind: "count", value: (r) => r.reporting.none },
  { id: "draft", label: "recap-x-draft", kind: "count", value: (r) => r.reporting.draft },
  { id: "submitted", label: "recap-x-submitted", kind: "count", value: (r) => r.reporting.submitted },
  { id: "returned", label: "recap-x-returned", kind: "count", value: (r) => r.reporting.returned },
  { id: "accepted", label: "recap-x-accepted", kind: "count", value: (r) => r.reporting.accepted },
  { id: "overdue", label: "recap-x-overdue", kind: "count", value: (r) => r.reporting.overdue },
  { id: "rate", label: "recap-x-rate", kind: "ratio", value: (r) => r.reporting.rate },
  ...stageFigures,
  { id: "help.opened", label: "recap-x-help-opened", kind: "count", value: (r) => r.help.opened },
  { id: "help.closed", label: "recap-x-help-closed", kind: "count", value: (r) => r.help.closed },
  { id: "help.openAtEnd", label: "recap-x-help-open-end", kind: "count", value: (r) => r.help.openAtEnd },
  { id: "help.median", label: "recap-x-help-median", kind: "hours", value: (r) => r.help.medianHours },
  { id: "help.breaches", label: "recap-x-help-breaches", kind: "count", value: (r) => r.help.breaches },
];

export type Figures = Record<string, number | null>;

/** A figure's label ("Tahap kesiapan: Beroperasi"). */
export const figureName = (t: Translate, f: FigureDef) =>
  f.stage ? `${t(f.label)}: ${t(`recap-stage-${f.stage}`)}` : t(f.label);

/** Every headline figure of a recap by id. */
export function figuresOf(r: Recap): Figures {
  return Object.fromEntries(FIGURES.map((f) => [f.id, f.value(r)]));
}

/** 0.4 → "40%", 0.395 → "39,5%", 0.0028 → "0,3%" (one decimal, as the XLSX's 0.0% format). */
export function formatPct(ratio: number): string {
  const r = Math.round(ratio * 1000) / 10;
  return `${String(r).replace(".", ",")}%`;
}

/** 2.5 → "2,5" */
const formatDecimal = (x: number) => String(Math.round(x * 10) / 10).replace(".", ",");

/** A figure as the chat and the chart write it ("-" when there is none). */
export function formatFigure(kind: FigureKind, v: number | null): string {
  if (v === null) return "-";
  if (kind === "ratio") return formatPct(v);
  if (kind === "hours") return formatDecimal(v);
  return formatNumber(v);
}

/**
 * A period is provisional ("sementara") until its reports are due (REPORT_DUE_DAY of the next
 * month, 23:59 in the area's zone): until then its figures are still coming in.
 */
export function isProvisional(period: string, now: Date, dueDay: number, areaCode: string | null): boolean {
  return now.getTime() <= dueOf(period, dueDay, areaCode).getTime();
}

export const dueOf = (period: string, dueDay: number, areaCode: string | null) =>
  dueDateOfPeriod(period, dueDay, zoneOfArea(areaCode));

export interface Change {
  /** (this − previous) / previous over the coops that reported both months; null without a base */
  ratio: number | null;
  /** the period is still being filed */
  provisional: boolean;
}

/** Month-over-month change of one activity figure, on the same coops (see sameCoopTotals). */
export function changeOf(a: Pick<Activity, "sameTotal" | "samePrev">, provisional: boolean): Change {
  if (a.samePrev === null || a.samePrev === 0n || a.sameTotal === null) return { ratio: null, provisional };
  return { ratio: Number(a.sameTotal - a.samePrev) / Number(a.samePrev), provisional };
}

/** "+12,5%" / "−3%" */
export function formatChange(ratio: number): string {
  const r = Math.round(ratio * 1000) / 10;
  return `${r > 0 ? "+" : ""}${String(r).replace(".", ",")}%`;
}

/** What the chart shows of a child area: its rate, or that it has no coop at all. */
export interface ChildBar {
  key: string;
  name: string;
  rate: number;
  /** no coop registered: shown apart ("tidak ada koperasi"), not as 0 % */
  noCoops: boolean;
}

export const childBar = (c: ChildRow): ChildBar => ({
  key: c.key,
  name: c.name,
  rate: c.rate,
  noCoops: c.coops === 0,
});

/** Reporting-rate bands: the chart's colours and its legend. */
export type RateBand = "good" | "middle" | "low" | "none";
const RATE_GOOD = 0.8;
const RATE_MIDDLE = 0.5;

export function rateBand(b: Pick<ChildBar, "rate" | "noCoops">): RateBand {
  if (b.noCoops) return "none";
  return b.rate >= RATE_GOOD ? "good" : b.rate >= RATE_MIDDLE ? "middle" : "low";
}
