// The recap as a chat message (≤ 600 characters): the lines in order of importance; optional
// lines (per-unit activity, worst-off names) are added only while the text still fits.
import type { Translate } from "../../lib/translate.ts";
import { formatDateId, formatPeriod } from "../../lib/dates.ts";
import { formatNumber, formatRupiah } from "../../lib/money.ts";
import { MILESTONES } from "../../services/readiness.ts";
import { UNIT_GROUPS } from "../../services/reports/questions.ts";
import type { Activity, Recap, Reporting } from "../../services/recap/index.ts";
import { changeOf, figuresOf, formatChange, formatFigure, formatPct } from "../../services/recap/figures.ts";
import { zoneOfArea } from "../../services/recap/sql.ts";

export const MAX_TEXT = 600;
/** units shown before the worst-off lists (the rest only if there is room) */
const TOP_UNITS = 3;
/** room kept for the activity heading and a line or two */
const ACTIVITY_ROOM = 110;

/** Shorter names: "Kabupaten Kubu Raya" → "Kubu Raya", "Koperasi Desa Merah Putih Lingga" → "Lingga". */
export function shortName(name: string): string {
  return name
    .replace(/^Kabupaten\s+/i, "")
    .replace(/^Koperasi\s+(Desa|Kelurahan)\s+Merah\s+Putih\s+/i, "")
    .slice(0, 28);
}

export { formatPct };

/** "(+12,5%)", "(−3% sementara)" while the period is still being filed, "(baru)" without a base. */
function change(t: Translate, a: Activity, provisional: boolean): string {
  const c = changeOf(a, provisional);
  if (c.ratio === null) return t("recap-change-new");
  return t(c.provisional ? "recap-change-provisional" : "recap-change", { pct: formatChange(c.ratio) });
}

/** Names joined with ", ", cut with ", …" to fit `room` characters (the "…" included). */
function nameList(names: string[], room: number): string {
  let out = "";
  for (const [i, n] of names.entries()) {
    const next = out ? `${out}, ${n}` : n;
    const last = i === names.length - 1;
    if (next.length > (last ? room : room - 3)) return out ? `${out}, …` : `${n.slice(0, Math.max(0, room - 1))}…`;
    out = next;
  }
  return out;
}

/** A one-coop recap's report status for the period (see renderRecapText). */
export function coopStatusOf(rep: Reporting): {
  status: string;
  overdue: boolean;
} {
  const status = rep.accepted
    ? "ACCEPTED"
    : rep.submitted
      ? "SUBMITTED"
      : rep.returned
        ? "RETURNED"
        : rep.draft
          ? "DRAFT"
          : "NONE";
  return { status, overdue: rep.overdue > 0 };
}

/**
 * The lines every recap has (title, coverage, reporting, rate, stages, help). `compact` is the short
 * form of the reporting and help lines, used when the full one would not leave the text within
 * `max` (a large area in the scheduled recap, under its intro).
 */
function requiredLines(
  t: Translate,
  r: Recap,
  coopStatus: { status: string; overdue: boolean } | undefined,
  compact: boolean,
): string[] {
  const period = formatPeriod(r.period);
  const f = figuresOf(r);
  const n = (id: string) => formatFigure("count", f[id] ?? null);
  const lines: string[] = [
    r.baId !== null && r.area.level === "national"
      ? t("recap-title-ba", { period })
      : t("recap-title", { area: r.name, period }),
  ];
  if (r.provisional) lines.push(t("recap-provisional", { due: formatDateId(r.dueAt, zoneOfArea(r.area.code)) }));
  if (coopStatus) {
    lines.push(
      t("recap-coop-report", {
        period,
        status: `${t(`recap-status-${coopStatus.status}`)}${coopStatus.overdue ? ` ${t("recap-status-overdue")}` : ""}`,
      }),
    );
  } else {
    lines.push(
      r.villages !== null
        ? t(compact ? "recap-coverage-short" : "recap-coverage", {
            coops: n("coops"),
            villages: n("villages"),
            pct: formatPct(r.villages ? r.reporting.coops / r.villages : 0),
            withBa: n("withBa"),
          })
        : t("recap-coverage-nov", { coops: n("coops"), withBa: n("withBa") }),
    );
    lines.push(
      t(compact ? "recap-reporting-short" : "recap-reporting", {
        expected: n("expected"),
        accepted: n("accepted"),
        submitted: n("submitted"),
        returned: n("returned"),
        draft: n("draft"),
        none: n("none"),
      }),
    );
    lines.push(t("recap-rate", { rate: formatFigure("ratio", f.rate ?? null), overdue: n("overdue") }));
  }
  const stageName = (m: string) => t(compact ? `recap-stage-short-${m}` : `recap-stage-${m}`);
  const stages = MILESTONES.filter((m) => r.stages[m] > 0).map((m) => `${stageName(m)} ${n(`stage.${m}`)}`);
  if (!coopStatus || stages.length) lines.push(t("recap-stages", { list: stages.join(" · ") || "-" }));
  const median = f["help.median"];
  lines.push(
    t(compact ? "recap-help-short" : "recap-help", {
      opened: n("help.opened"),
      closed: n("help.closed"),
      open: n("help.openAtEnd"),
      median:
        median === null || median === undefined
          ? t("recap-help-median-none")
          : t("recap-hours", { hours: formatFigure("hours", median) }),
      breaches: n("help.breaches"),
    }),
  );
  return lines;
}

export function renderRecapText(
  t: Translate,
  r: Recap,
  coopStatus?: { status: string; overdue: boolean },
  max = MAX_TEXT,
): string {
  let lines = requiredLines(t, r, coopStatus, false);
  // the short form when the full one would leave no room for the activity lines
  if (lines.join("\n").length > max - ACTIVITY_ROOM) lines = requiredLines(t, r, coopStatus, true);

  // optional, in order of importance, while the text fits: the biggest units' activity, the
  // worst-off coops, then the remaining units
  const fits = (extra: string[]) => [...lines, ...extra].join("\n").length <= max;
  const room = () => max - lines.join("\n").length - 1;
  const byField = new Map(r.activity.map((a) => [a.field, a]));
  const units = UNIT_GROUPS.map((g) => ({ g, a: byField.get(`${g.id}.omzet`) }))
    .filter((x) => x.a !== undefined)
    .sort((x, y) => (y.a!.total > x.a!.total ? 1 : y.a!.total < x.a!.total ? -1 : 0))
    .map(({ g, a }) =>
      t("recap-activity-line", {
        unit: t(`rep-g-${g.id}`),
        value: formatRupiah(a!.total),
        change: change(t, a!, r.provisional),
      }),
    );
  const members = byField.get("anggota.total");
  const membersLine = members
    ? t("recap-activity-members", {
        value: formatNumber(members.total),
        change: change(t, members, r.provisional),
      })
    : undefined;
  if (units.length === 0 && !membersLine) {
    if (fits([t("recap-activity-none")])) lines.push(t("recap-activity-none"));
  } else if (fits([t("recap-activity-head"), (units[0] ?? membersLine)!])) {
    // the heading only with at least one line under it
    lines.push(t("recap-activity-head"));
    for (const a of [...units.slice(0, TOP_UNITS), ...(membersLine ? [membersLine] : [])]) if (fits([a])) lines.push(a);
  }
  if (!coopStatus) {
    for (const [key, list] of [
      ["recap-worst-overdue", r.worst.overdue],
      ["recap-worst-noba", r.worst.noBa],
    ] as const) {
      if (list.length === 0) continue;
      const head = t(key, { list: "" });
      if (room() - head.length < 12) continue;
      lines.push(
        t(key, {
          list: nameList(
            list.map((c) => shortName(c.name)),
            room() - head.length,
          ),
        }),
      );
    }
  }
  const at = lines.indexOf(membersLine ?? "");
  for (const a of units.slice(TOP_UNITS)) {
    if (!fits([a])) break;
    if (at >= 0) lines.splice(lines.indexOf(membersLine!), 0, a);
    else lines.push(a);
  }
  return lines.join("\n");
}
