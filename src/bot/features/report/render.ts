// Turning report data into chat text (labels and values in the reader's language).
import type { ReportView } from "../../../services/reports/view.ts";
import {
  type GroupDef,
  aktifKey,
  fieldDef,
  groupOf,
  groupsFor,
  isAktifKey,
  keySlug,
} from "../../../services/reports/questions.ts";
import { isOff } from "../../../services/reports/plan.ts";
import { CHECKLIST, type Checklist, decodeChecklist, isReady } from "../../../services/readiness.ts";
import { formatNumber, formatRupiah } from "../../../lib/money.ts";
import { formatPeriod } from "../../../lib/dates.ts";
import { MESSAGE_LIMIT, packPages, truncate } from "../../../lib/text.ts";
import { localeOf, type Translate } from "../../../i18n.ts";
import { buttonLabel, widthFor } from "../../../lib/button-label.ts";

export const groupTitle = (t: Translate, g: GroupDef) => t(`rep-g-${g.id}`);

export function fieldLabel(t: Translate, key: string): string {
  const g = groupOf(key);
  if (g && key === aktifKey(g.id)) return t("rep-f-aktif", { unit: groupTitle(t, g) });
  return t(`rep-f-${keySlug(key)}`);
}

/** Label with its group, for lists mixing groups ("🛒 Gerai sembako – Omzet"). */
export function longLabel(t: Translate, key: string): string {
  const g = groupOf(key);
  if (!g || g.kind !== "numbers" || key === aktifKey(g.id)) return fieldLabel(t, key);
  return `${groupTitle(t, g)} – ${fieldLabel(t, key)}`;
}

/**
 * A field on a button, the field's own name first ("Omzet · 🛒 Gerai sembako"), so two units' "Omzet"
 * stay apart on a phone; a unit marked "not operating" shows as the unit. `mark` goes before it.
 */
export function fieldButton(t: Translate, key: string, mark = ""): string {
  const g = groupOf(key);
  const parts =
    !g || isAktifKey(key)
      ? [g ? groupTitle(t, g) : fieldLabel(t, key)]
      : g.kind === "numbers"
        ? [fieldLabel(t, key), groupTitle(t, g)]
        : [fieldLabel(t, key)];
  return buttonLabel([`${mark}${parts[0]}`, ...parts.slice(1)], widthFor(1));
}

export function fmtValue(t: Translate, key: string, value: string | null | undefined): string {
  if (value === null || value === undefined) return t("rep-value-empty");
  const g = groupOf(key);
  if (g && key === aktifKey(g.id)) return t(value === "0" ? "rep-unit-off" : "rep-unit-on");
  if (key === "kesiapan") {
    const c = decodeChecklist(value);
    return t("rep-checklist-count", {
      done: CHECKLIST.filter((x) => isReady(c[x.item]?.state)).length,
      total: CHECKLIST.length,
    });
  }
  const f = fieldDef(key);
  if (!f || f.kind === "text") return value === "" ? t("rep-none") : truncate(value, 200);
  return f.kind === "money" ? formatRupiah(BigInt(value)) : formatNumber(BigInt(value));
}

export function checklistLabel(t: Translate, item: string, state: string): string {
  return t(`rep-ck-${item}`, { state: t(`rep-ck-state-${state}`) });
}

function checklistLine(t: Translate, c: Checklist): string {
  const done = CHECKLIST.filter((x) => isReady(c[x.item]?.state)).length;
  const missing = CHECKLIST.filter((x) => !isReady(c[x.item]?.state)).map((x) => t(`rep-ck-short-${x.item}`));
  if (missing.length === 0 || missing.length > 4) return t("rep-sum-checklist", { done, total: CHECKLIST.length });
  return t("rep-sum-checklist-missing", { done, total: CHECKLIST.length, missing: missing.join(", ") });
}

/** The report's answers, one block per group. */
function answerBlocks(t: Translate, v: ReportView): string[] {
  const lines: string[] = [];
  for (const g of groupsFor(v.units)) {
    if (g.kind === "numbers") {
      if (isOff(v, g)) {
        lines.push(`${groupTitle(t, g)}: ${t("rep-unit-off")}`);
        continue;
      }
      const parts = g.fields.map((f) => `${fieldLabel(t, f.key)} ${fmtValue(t, f.key, v.values[f.key])}`);
      lines.push(`${groupTitle(t, g)}\n  ${parts.join(" · ")}`);
    } else if (g.kind === "checklist") lines.push(checklistLine(t, v.checklist));
    else if (g.kind === "text")
      lines.push(t("rep-sum-kendala", { value: truncate(fmtValue(t, "kendala", v.values.kendala), 100) }));
    else lines.push(t("rep-sum-photos", { count: v.photos }));
  }
  return lines;
}

export function answersText(t: Translate, v: ReportView): string {
  return answerBlocks(t, v).join("\n");
}

/**
 * `head` + the answers + `foot` in as many messages of at most MESSAGE_LIMIT characters as needed;
 * with several, the head line says "(n/m)".
 */
export function answerPages(t: Translate, v: ReportView, head: string, foot = ""): string[] {
  const room = MESSAGE_LIMIT - head.length - foot.length - 12;
  const bodies = packPages(answerBlocks(t, v), room);
  return bodies.map((b, i) => {
    const h = bodies.length > 1 ? `${head} (${i + 1}/${bodies.length})` : head;
    return [h, "", b, ...(foot ? ["", foot] : [])].join("\n");
  });
}

export const summaryTitle = (t: Translate, v: ReportView) =>
  t("rep-sum-title", { period: formatPeriod(v.period, localeOf(t)), coop: v.coopName });

/** The summary before sending, one text per page. */
export function summaryPages(t: Translate, v: ReportView): string[] {
  return answerPages(t, v, summaryTitle(t, v), t("rep-sum-check"));
}

/** "Omzet: Rp12.500.000 · Transaksi: 340" for a confirmation after saving. */
export function savedLine(t: Translate, values: Record<string, string>): string {
  return Object.entries(values)
    .filter(([k]) => !isAktifKey(k))
    .map(([k, val]) => `${fieldLabel(t, k)} ${fmtValue(t, k, val)}`)
    .join(" · ");
}
