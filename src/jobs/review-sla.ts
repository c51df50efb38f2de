// Review SLA job (every 15 minutes): reports submitted more than REVIEW_SLA_DAYS working days ago
// remind their BA once; after twice that the PMO of the kab/kota is told once (rules and
// exactly-once in services/oversight/review-sla.ts). Messages carry the reviewer's own Terima /
// Kembalikan buttons and go through the outbox.
import { sendMany } from "../messages/outbound.ts";
import { localeOf } from "../i18n.ts";
import type { Deps } from "../deps.ts";
import { reviewKeyboard } from "../messages/report-review.ts";
import { formatDateTimeId, formatPeriod } from "../lib/dates.ts";
import { coopTimeZone } from "../services/sla.ts";
import { personName } from "../services/roles.ts";
import { reviewSlaPolicy, runReviewSlaSteps, type ReviewSlaStep } from "../services/oversight/review-sla.ts";
import { translatorIn, type TranslateIn } from "../lib/translate.ts";

export interface ReviewSlaEnv {
  deps: Pick<Deps, "prisma" | "clock" | "config" | "logger">;
  t: TranslateIn;
}

export async function runReviewSla(env: ReviewSlaEnv): Promise<{ ba: number; pmo: number }> {
  const { prisma, clock, config, logger } = env.deps;
  const policy = reviewSlaPolicy(config);
  const steps = await runReviewSlaSteps(
    prisma,
    clock.now(),
    policy,
    (step: ReviewSlaStep, to) => {
      const t = translatorIn(env.t, to.locale);
      const r = step.report;
      const vars = {
        period: formatPeriod(r.period, localeOf(t)),
        coop: r.coop.name,
        at: formatDateTimeId(r.submittedAt!, coopTimeZone(r.coop), localeOf(t)),
        days: (step.level === "BA" ? 1 : 2) * policy.days,
      };
      const text =
        step.level === "BA"
          ? t("ov-sla-ba", vars)
          : t("ov-sla-pmo", { ...vars, ba: r.coop.assignedBa ? personName(r.coop.assignedBa) : t("ov-sla-no-ba") });
      return { text, replyMarkup: reviewKeyboard(t, r.id, r.version) };
    },
    sendMany,
  );
  const out = { ba: steps.filter((s) => s.level === "BA").length, pmo: steps.filter((s) => s.level === "PMO").length };
  if (steps.length) logger.info({ job: "review-sla", ...out }, "review SLA reminders queued");
  return out;
}
