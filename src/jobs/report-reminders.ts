// The report reminder job (every 15 minutes): for each time zone where a reminder is due now
// (services/reminders.ts decides which), page through the coops still to remind, render each
// pengurus's message in their language and queue it in the outbox (the outbox worker sends within
// Telegram's limits). OVERDUE runs also queue one digest per BA of their overdue coops.
// Safe to run often and from several instances: ReminderLog and the outbox keys make it exactly-once.
import type { Deps } from "../deps.ts";
import { reminderKeyboard } from "../messages/reminder-card.ts";
import { formatDateId, formatPeriod } from "../lib/dates.ts";
import { sendMany } from "../messages/outbound.ts";
import {
  digestKey,
  digestsFor,
  reminderGroup,
  dueRuns,
  recordAndQueue,
  reminderPage,
  type Digest,
  type DueRun,
  type Recipient,
  type ReminderKind,
  type ReminderTarget,
} from "../services/reminders.ts";
import { localeOf } from "../i18n.ts";
import { translatorIn, type Translate, type TranslateIn } from "../lib/translate.ts";

export interface ReminderEnv {
  deps: Pick<Deps, "prisma" | "clock" | "config" | "logger">;
  /** translation in a given locale (the Notifier's t) */
  t: TranslateIn;
  pageSize?: number;
}

export interface ReminderRunResult {
  zone: string;
  period: string;
  kind: ReminderKind;
  coops: number;
  messages: number;
  digests: number;
}

const HEAD: Record<ReminderKind, string> = {
  DUE_SOON: "rem-due-soon",
  DUE_TODAY: "rem-due-today",
  OVERDUE: "rem-overdue",
};
/** BA digests list at most this many coops (a Telegram message must stay short). */
const DIGEST_LINES = 25;

function reminderText(t: Translate, run: DueRun, target: ReminderTarget): string {
  const vars = {
    coop: target.coopName,
    period: formatPeriod(run.period, localeOf(t)),
    due: formatDateId(run.due, run.tz, localeOf(t)),
    days: Math.abs(run.daysLeft),
    count: target.answers,
  };
  const draft =
    target.report === "RETURNED"
      ? "rem-draft-returned"
      : target.report === "DRAFT" && target.answers > 0
        ? "rem-draft-some"
        : "rem-draft-none";
  return [t(HEAD[run.kind], vars), t(draft, vars), t("rem-action")].join("\n\n");
}

function digestText(t: Translate, run: DueRun, d: Digest): string {
  const lines = [
    t("rem-ba-digest", {
      period: formatPeriod(run.period, localeOf(t)),
      due: formatDateId(run.due, run.tz, localeOf(t)),
      count: d.coops.length,
    }),
  ];
  for (const c of d.coops.slice(0, DIGEST_LINES)) {
    const state =
      c.report === "RETURNED"
        ? t("rem-ba-state-returned")
        : c.answers > 0
          ? t("rem-ba-state-draft", { count: c.answers })
          : t("rem-ba-state-none");
    lines.push(t("rem-ba-line", { coop: c.coopName, state }));
  }
  if (d.coops.length > DIGEST_LINES) lines.push(t("rem-ba-more", { count: d.coops.length - DIGEST_LINES }));
  return lines.join("\n");
}

export async function runReportReminders(env: ReminderEnv): Promise<ReminderRunResult[]> {
  const { prisma, clock, config, logger } = env.deps;
  const now = clock.now();
  const results: ReminderRunResult[] = [];
  for (const run of dueRuns(now, { dueDay: config.reportDueDay, hour: config.reminderHour })) {
    const res: ReminderRunResult = {
      zone: run.tz,
      period: run.period,
      kind: run.kind,
      coops: 0,
      messages: 0,
      digests: 0,
    };
    const bas = new Set<number>();
    let after = 0;
    for (;;) {
      const page = await reminderPage(prisma, run, after, env.pageSize);
      if (page.length === 0) break;
      after = page.at(-1)!.coopId;
      const render = (target: ReminderTarget, to: Recipient) => {
        const t = translatorIn(env.t, to.locale);
        return { text: reminderText(t, run, target), replyMarkup: reminderKeyboard(t, target.coopId, run.period) };
      };
      const { recorded, queued } = await recordAndQueue(prisma, run, page, render, clock.now(), sendMany);
      res.coops += recorded.length;
      res.messages += queued;
      for (const r of recorded) {
        if (r.baId !== null) bas.add(r.baId);
        if (r.recipients.length === 0)
          logger.info({ coop: r.coopId, period: run.period, kind: run.kind }, "report reminder: no pengurus to tell");
      }
    }
    if (run.kind === "OVERDUE" && bas.size > 0) {
      const digests = await digestsFor(prisma, run, [...bas]);
      res.digests = await sendMany(
        prisma,
        digests.map((d) => ({
          to: d.ba,
          message: { text: digestText((k, v) => env.t(d.ba.locale, k, v), run, d) },
          key: digestKey(d.ba.userId, run.period, run.kind),
          lane: "bulk" as const,
          group: reminderGroup(run.period, run.kind),
        })),
        clock.now(),
      );
    }
    if (res.coops > 0 || res.digests > 0) logger.info({ job: "report-reminders", ...res }, "report reminders queued");
    results.push(res);
  }
  return results;
}
