// The monthly report wizard: one conversation that rebuilds itself from the DB before every
// question (the first unanswered one), so answers are never lost — after /batal, days later,
// after a restart, or on another pengurus's phone. Steps: each unit's figures in one message,
// members, readiness checklist, problems, photos, then the summary with Ubah / Kirim.
import type { I18n } from "@grammyjs/i18n";
import type { Conv, ConvCtx } from "../../context.ts";
import { isEditable, openReport, type OpenResult } from "../../../services/reports/draft.ts";
import { editStep, nextStep, type Step } from "../../../services/reports/plan.ts";
import { type ReportView, loadView } from "../../../services/reports/view.ts";
import { isAktifKey } from "../../../services/reports/questions.ts";
import { dueDateOfPeriod, formatDateTimeId, formatPeriod } from "../../../lib/dates.ts";
import { longLabel } from "./render.ts";
import { type Env, type Me, loadReport } from "./env.ts";
import { asker } from "../../kit/index.ts";
import { numbersStep, type StepOutcome } from "./steps/numbers.ts";
import { checklistStep } from "./steps/checklist.ts";
import { kendalaStep } from "./steps/kendala.ts";
import { photosStep } from "./steps/photos.ts";
import { summaryStep } from "./steps/summary.ts";
import { labelIndex, pasteStep } from "./steps/paste.ts";
import { localeOf, type Translate } from "../../../i18n.ts";

export const REPORT = "report";

/** What the opening message needs of the view (the loop below loads the whole view afresh). */
type Intro = Pick<
  ReportView,
  "reportId" | "coopName" | "period" | "status" | "reviewerName" | "reviewFields" | "reviewComment" | "tz"
> & { answered: number };

function introOf(v: ReportView): Intro {
  const { reportId, coopName, period, status, reviewerName, reviewFields, reviewComment, tz } = v;
  const answered = Object.keys(v.values).filter((k) => !isAktifKey(k)).length;
  return { reportId, coopName, period, status, reviewerName, reviewFields, reviewComment, tz, answered };
}

interface Start {
  me: Me;
  opened: OpenResult;
  /** absent in a state stored before it existed: then taken from `view` */
  intro?: Intro | null;
  /** the whole view only when a pasted template is read first (it is replayed on every update) */
  view: ReportView | null;
  due: { due: string; late: boolean } | null;
}

export interface WizardArgs {
  coopId: number;
  reportId?: number;
  period?: string;
  /** a pasted template to read first */
  paste?: string;
}

function openMessage(t: Translate, r: Exclude<OpenResult, { kind: "ok" }>, tzAt: (iso: string) => string): string {
  if (r.kind === "not_member") return t("rep-not-member");
  if (r.kind === "not_found") return t("rep-not-found");
  if (r.kind === "bad_period")
    return t("rep-bad-period", {
      period: formatPeriod(r.period, localeOf(t)),
      latest: formatPeriod(r.latest, localeOf(t)),
    });
  if (r.status === "ACCEPTED")
    return t("rep-closed-accepted", { period: formatPeriod(r.period, localeOf(t)), version: r.version });
  return t("rep-closed-submitted", {
    period: formatPeriod(r.period, localeOf(t)),
    version: r.version,
    at: r.submittedAt ? tzAt(r.submittedAt) : "-",
  });
}

function introText(t: Translate, v: Intro, due: string, late: boolean, created: boolean): string {
  const lines = [t("rep-intro-title", { coop: v.coopName, period: formatPeriod(v.period, localeOf(t)) })];
  if (v.status === "RETURNED") {
    lines.push(
      t("rep-intro-returned", {
        by: v.reviewerName ?? "-",
        fields: v.reviewFields.map((k) => longLabel(t, k)).join(", "),
        comment: v.reviewComment ?? "-",
      }),
    );
  } else {
    lines.push(
      t(created ? "rep-intro-new" : "rep-intro-resume", {
        due,
        count: v.answered,
      }),
    );
  }
  if (late && v.status !== "RETURNED") lines.push(t("rep-intro-late", { due }));
  lines.push(t("cancel-hint"));
  return lines.join("\n");
}

async function runStep(env: Env, step: Step): Promise<StepOutcome> {
  if (step.group.kind === "numbers") return numbersStep(env, step);
  if (step.group.kind === "checklist") return checklistStep(env);
  if (step.group.kind === "text") return kendalaStep(env);
  return photosStep(env);
}

export function reportWizard(i18n: Pick<I18n, "t">) {
  return async function report(conversation: Conv, ctx: ConvCtx, args: WizardArgs) {
    const t: Translate = ctx.t.bind(ctx);
    // who, which report, its view and due date in ONE external: the whole prefix is replayed on
    // every update (twice when a step is saved: the rewind below), so it is one step of the log
    const start: Start = await conversation.external(async (octx) => {
      const me: Me = { id: octx.user!.id, name: octx.user!.fullName ?? octx.user!.tgFirstName ?? "-" };
      const opened = await openReport(octx.deps.prisma, {
        userId: me.id,
        coopId: args.coopId,
        now: octx.deps.clock.now(),
        period: args.period,
        reportId: args.reportId,
      });
      const view = opened.kind === "ok" ? await loadView(octx.deps.prisma, opened.reportId) : null;
      if (!view) return { me, opened, intro: null, view: null, due: null };
      const d = dueDateOfPeriod(view.period, octx.deps.config.reportDueDay, view.tz);
      return {
        me,
        opened,
        intro: introOf(view),
        view: args.paste ? view : null,
        due: { due: formatDateTimeId(d, view.tz, localeOf(t)), late: octx.deps.clock.now() > d },
      };
    });
    const { me, opened, due } = start;
    const intro = start.intro === undefined ? start.view && introOf(start.view) : start.intro;
    if (opened.kind !== "ok" || !intro || !due) {
      const tz = intro?.tz ?? "Asia/Jakarta";
      await ctx.reply(
        openMessage(t, opened.kind === "ok" ? { kind: "not_found" } : opened, (iso) =>
          formatDateTimeId(new Date(iso), tz, localeOf(t)),
        ),
      );
      return;
    }
    const reportId = intro.reportId;
    await ctx.reply(introText(t, intro, due.due, due.late, opened.created));
    const ask = asker(conversation, ctx);
    const envOf = (view: ReportView): Env => ({ conversation, ask, t, me, view, header: "" });
    let env = start.view ? envOf(start.view) : undefined;
    if (args.paste && env) {
      const r = await pasteStep(env, args.paste, labelIndex(i18n));
      if (r === "locked") return;
      if (r === "cancel") {
        await env.ask.reply(t("rep-tpl-cancelled"));
        return;
      }
    }
    let editing: string[] = [];
    // Each answered step is saved before the next is asked, and every pass of this loop rebuilds
    // itself from the DB. So once a step is saved (and no edit list is pending) the replay log
    // is rewound to here: the conversation's stored state and the work replayed per update stay
    // the size of one step instead of growing with every answer (docs/BENCHMARKS.md, "Hot path").
    const top = conversation.checkpoint();
    for (;;) {
      const fresh = await loadReport(conversation, reportId);
      if (!fresh || !isEditable(fresh.status)) {
        await ask.reply(t("rep-locked", { by: t("rep-someone") }));
        return;
      }
      const view = fresh;
      if (env) env.view = view;
      else env = envOf(view);
      const step = editing.length > 0 ? editStep(editing) : nextStep(view);
      if (step) {
        env.header =
          editing.length > 0 ? t("rep-edit-header") : t("step-header", { step: step.index, total: step.total });
        const r = await runStep(env, step);
        if (r.kind === "locked") return;
        editing = editing.filter((k) => !r.saved.includes(k));
        if (editing.length === 0) await conversation.rewind(top);
        continue;
      }
      editing = [];
      const s = await summaryStep(env);
      if (s.kind === "done") return;
      if (s.kind === "edit") editing = s.keys;
    }
  };
}
