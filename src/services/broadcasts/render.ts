// Texts about broadcasts (filters, progress, final report, status lines), rendered with the
// caller's translate function, so the bot and the progress job say the same.
import type { Translate } from "../../i18n.ts";
import { formatDateId, formatDateTimeId, formatPeriod } from "../../lib/dates.ts";
import { getWilayah } from "../wilayah/index.ts";
import { contentText, type BroadcastContent } from "./content.ts";
import type { AudienceFilter } from "./filter.ts";
import type { Progress } from "./progress.ts";

export function regionName(code: string): string {
  const w = getWilayah();
  return (w.district(code) ?? w.regency(code) ?? w.province(code))?.name ?? code;
}

export function describeFilter(t: Translate, f: AudienceFilter): string {
  const lines: string[] = [];
  if (f.roles.length) lines.push(t("bc-filter-roles", { roles: f.roles.map((r) => t(`bc-aud-${r}`)).join(", ") }));
  if (f.region) lines.push(t("bc-filter-region", { region: regionName(f.region) }));
  if (f.lang) lines.push(t("bc-filter-lang", { lang: t(`bc-lang-${f.lang}`) }));
  if (f.report)
    lines.push(
      t("bc-filter-report", { period: formatPeriod(f.report.period), status: t(`bc-report-${f.report.status}`) }),
    );
  if (f.stage) lines.push(t("bc-filter-stage", { stage: t(`bc-stage-${f.stage}`) }));
  if (f.rosterGap) lines.push(t("bc-filter-gap"));
  return lines.length ? lines.join("\n") : t("bc-filter-none");
}

/** The admin's live progress message. */
export function progressText(t: Translate, p: Progress, zone: string): string {
  const eta = p.scheduledAt
    ? t("bc-progress-scheduled", { at: formatDateTimeId(p.scheduledAt, zone) })
    : p.etaSeconds === null
      ? ""
      : p.etaSeconds < 60
        ? t("bc-progress-eta-soon")
        : t("bc-progress-eta", { minutes: Math.ceil(p.etaSeconds / 60) });
  const lines = [
    t("bc-progress", {
      id: p.id,
      status: t(`bc-status-${p.status}`),
      sent: p.sent,
      failed: p.failed,
      blocked: p.blocked,
      remaining: p.remaining,
      recipients: p.recipients,
      eta,
    }),
  ];
  if (p.cancelled) lines.push(t("bc-progress-cancelled-rows", { cancelled: p.cancelled }));
  if (p.ack) lines.push(t("bc-progress-acks", { acks: p.acks }));
  return lines.join("\n").replace(/\n\n+/g, "\n").trim();
}

/** ✅ all arrived, ⚠️ some did not, ❌ none did: never a tick over "Terkirim: 0". */
const finalIcon = (p: Pick<Progress, "sent" | "failed" | "blocked">) =>
  p.failed + p.blocked === 0 ? "✅" : p.sent === 0 ? "❌" : "⚠️";

export function finalText(t: Translate, p: Progress): string {
  const lines = [
    t("bc-final", {
      icon: finalIcon(p),
      id: p.id,
      sent: p.sent,
      recipients: p.recipients,
      failed: p.failed,
      blocked: p.blocked,
    }),
  ];
  if (p.ack) lines.push(t("bc-progress-acks", { acks: p.acks }));
  return lines.join("\n");
}

export const short = (s: string, n: number) => {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** One broadcast in /siaran_status (about 150 characters). */
export function statusLine(t: Translate, p: Progress, content: BroadcastContent, zone: string): string {
  const line = t("bc-status-line", {
    id: p.id,
    date: formatDateId(p.startedAt, zone),
    status: t(`bc-status-${p.status}`),
    text: short(contentText(content) || "📎", 40),
    sent: p.sent,
    recipients: p.recipients,
    failed: p.failed,
    blocked: p.blocked,
  });
  return p.ack ? `${line} ${t("bc-status-line-acks", { acks: p.acks })}` : line;
}
