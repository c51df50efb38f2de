// The recap as a chat message (≤ 600 characters): the lines in order of importance; optional
// lines (per-unit activity, worst-off names) are added only while the text still fits.
import { formatPeriod } from "../../../lib/dates.ts";
import { formatNumber, formatRupiah } from "../../../lib/money.ts";
import { MILESTONES } from "../../../services/readiness.ts";
import { UNIT_GROUPS } from "../../../services/reports/questions.ts";
import type { Recap } from "../../../services/recap/index.ts";

export type Tr = (key: string, vars?: Record<string, string | number>) => string;

export const MAX_TEXT = 600;

/** 0.4 → "40%", 0.0028 → "0,3%" */
export function formatPct(ratio: number): string {
  const p = ratio * 100;
  const rounded = p >= 10 || Number.isInteger(p) ? Math.round(p) : Math.round(p * 10) / 10;
  return `${String(rounded).replace(".", ",")}%`;
}

function change(t: Tr, total: bigint, prev: bigint | null): string {
  if (prev === null || prev === 0n) return t("recap-change-new");
  const diff = (Number(total - prev) / Number(prev)) * 100;
  const r = Math.round(diff * 10) / 10;
  return `(${r > 0 ? "+" : ""}${String(r).replace(".", ",")}%)`;
}

/** Names joined with ", ", cut with "…" to fit `room` characters. */
function nameList(names: string[], room: number): string {
  let out = "";
  for (const n of names) {
    const next = out ? `${out}, ${n}` : n;
    if (next.length > room) return out ? `${out}, …` : `${n.slice(0, Math.max(0, room - 1))}…`;
    out = next;
  }
  return out;
}

export function renderRecapText(t: Tr, r: Recap, coopStatus?: { status: string; overdue: boolean }): string {
  const period = formatPeriod(r.period);
  const rep = r.reporting;
  const lines: string[] = [r.baId !== null && r.area.level === "national" ? t("recap-title-ba", { period }) : t("recap-title", { area: r.name, period })];
  if (coopStatus) {
    lines.push(t("recap-coop-report", { period, status: `${t(`recap-status-${coopStatus.status}`)}${coopStatus.overdue ? ` ${t("recap-status-overdue")}` : ""}` }));
  } else {
    lines.push(
      r.villages !== null
        ? t("recap-coverage", { coops: formatNumber(rep.coops), villages: formatNumber(r.villages), pct: formatPct(r.villages ? rep.coops / r.villages : 0), withBa: formatNumber(rep.withBa) })
        : t("recap-coverage-nov", { coops: formatNumber(rep.coops), withBa: formatNumber(rep.withBa) }),
    );
    lines.push(t("recap-reporting", { expected: formatNumber(rep.expected), accepted: formatNumber(rep.accepted), submitted: formatNumber(rep.submitted), returned: formatNumber(rep.returned), draft: formatNumber(rep.draft), none: formatNumber(rep.none) }));
    lines.push(t("recap-rate", { rate: formatPct(rep.rate), overdue: formatNumber(rep.overdue) }));
  }
  const stages = MILESTONES.filter((m) => r.stages[m] > 0).map((m) => `${t(`recap-stage-${m}`)} ${formatNumber(r.stages[m])}`);
  if (!coopStatus || stages.length) lines.push(t("recap-stages", { list: stages.join(" · ") || "-" }));
  const median = r.help.medianHours === null ? t("recap-help-median-none") : t("recap-hours", { hours: String(r.help.medianHours).replace(".", ",") });
  lines.push(t("recap-help", { opened: r.help.opened, closed: r.help.closed, median, breaches: r.help.breaches }));

  // optional, in order of importance, while the text fits
  const fits = (extra: string[]) => [...lines, ...extra].join("\n").length <= MAX_TEXT;
  const room = () => MAX_TEXT - lines.join("\n").length - 1;
  if (!coopStatus) {
    const overdue = r.worst.overdue.map((c) => c.name);
    if (overdue.length) {
      const head = t("recap-worst-overdue", { list: "" });
      const line = t("recap-worst-overdue", { list: nameList(overdue, room() - head.length) });
      if (room() - head.length > 10 && fits([line])) lines.push(line);
    }
    const noBa = r.worst.noBa.map((c) => c.name);
    if (noBa.length) {
      const head = t("recap-worst-noba", { list: "" });
      const line = t("recap-worst-noba", { list: nameList(noBa, room() - head.length) });
      if (room() - head.length > 10 && fits([line])) lines.push(line);
    }
  }
  const byField = new Map(r.activity.map((a) => [a.field, a]));
  const activity: string[] = [];
  for (const g of UNIT_GROUPS) {
    const a = byField.get(`${g.id}.omzet`);
    if (a) activity.push(t("recap-activity-line", { unit: t(`rep-g-${g.id}`), value: formatRupiah(a.total), change: change(t, a.total, a.prev) }));
  }
  const members = byField.get("anggota.total");
  if (members) activity.push(t("recap-activity-members", { value: formatNumber(members.total), change: change(t, members.total, members.prev) }));
  if (activity.length === 0) {
    if (fits([t("recap-activity-none")])) lines.push(t("recap-activity-none"));
  } else if (fits([t("recap-activity-head"), activity[0]!])) {
    lines.push(t("recap-activity-head"));
    for (const a of activity) if (fits([a])) lines.push(a);
  }
  return lines.join("\n");
}
