// Transitions with the people who must know, each told in their own language:
// submit → the reviewers (assigned BA, else admins) with Terima / Kembalikan;
// accept / return → the coop's active pengurus. Runs inside conversation.external or handlers.
import type { Ctx } from "../../context.ts";
import type { User } from "../../../generated/prisma/client.ts";
import { submitReport, returnReport, acceptReport, type DecideResult } from "../../../services/reports/submit.ts";
import { activeMembers, reviewersOfCoop } from "../../../services/reports/access.ts";
import { loadView, type ReportView } from "../../../services/reports/view.ts";
import { changesIn, replyOf, reportEvents, type FieldChange } from "../../../services/reports/history.ts";
import { formatDateTimeId, formatPeriod } from "../../../lib/dates.ts";
import { answerPages, fmtValue, longLabel } from "./render.ts";
import { MESSAGE_LIMIT, truncate } from "../../../lib/text.ts";
import { fixKeyboard, reviewKeyboard } from "./keyboards.ts";
import { localeOf, type Translate } from "../../../i18n.ts";

const nameOf = (u: Pick<User, "fullName" | "tgFirstName">) => u.fullName ?? u.tgFirstName ?? "-";

function changesText(t: Translate, changes: FieldChange[]): string {
  if (changes.length === 0) return "";
  const lines = changes.slice(0, 8).map((c) =>
    t("rep-change-line", {
      label: longLabel(t, c.field),
      before: fmtValue(t, c.field, c.before),
      after: fmtValue(t, c.field, c.after),
    }),
  );
  return `${t("rep-changes-title")}\n${lines.join("\n")}`;
}

function reviewPages(
  t: Translate,
  v: ReportView,
  by: string,
  at: Date,
  changes: FieldChange[],
  reply?: string,
): string[] {
  const sent = t("rep-review-new", {
    coop: v.coopName,
    period: formatPeriod(v.period, localeOf(t)),
    version: v.version,
    by,
    at: formatDateTimeId(at, v.tz, localeOf(t)),
  });
  const head = reply ? `${sent}\n${t("rep-review-reply", { by, reply: truncate(reply, 300) })}` : sent;
  const pages = answerPages(t, v, head);
  if (changes.length === 0) return pages;
  const last = `${pages.at(-1)!}\n\n${changesText(t, changes)}`;
  return last.length <= MESSAGE_LIMIT ? [...pages.slice(0, -1), last] : [...pages, changesText(t, changes)];
}

export type SubmitOutcome =
  | { kind: "submitted"; version: number; reviewers: string[]; ba: string | null }
  | { kind: "conflict" }
  | { kind: "incomplete" }
  | { kind: "locked"; by: string | null }
  | { kind: "forbidden" };

export async function submitAndNotify(
  octx: Ctx,
  reportId: number,
  expectedRev: number,
  reply?: string,
): Promise<SubmitOutcome> {
  const { prisma, clock } = octx.deps;
  const at = clock.now();
  const me = octx.user!;
  const r = await submitReport(prisma, { reportId, actorId: me.id, expectedRev, at, ...(reply ? { reply } : {}) });
  if (r.kind === "not_found" || r.kind === "locked") return { kind: "locked", by: r.kind === "locked" ? r.by : null };
  if (r.kind !== "submitted") return { kind: r.kind };
  const v = (await loadView(prisma, reportId))!;
  const events = r.version > 1 ? await reportEvents(prisma, reportId) : [];
  const changes = changesIn(events, r.version);
  // words kept as an answer while fixing the figures count too (see services/reports/reply.ts)
  const answer = reply || replyOf(events, r.version)?.text;
  const reviewers = await reviewersOfCoop(prisma, v.coopId);
  for (const u of reviewers) {
    await octx.notifier.sendPages(
      u,
      (t) => reviewPages(t, v, nameOf(me), at, changes, answer),
      (t) => reviewKeyboard(t, reportId, r.version),
    );
  }
  // the pengurus is told their BA's name; admins reviewing a coop without a BA stay "admin program"
  const ba = reviewers.find((u) => u.role === "BA");
  return { kind: "submitted", version: r.version, reviewers: reviewers.map(nameOf), ba: ba ? nameOf(ba) : null };
}

async function tellMembers(octx: Ctx, coopId: number, text: (t: Translate) => string, reportId?: number) {
  for (const u of await activeMembers(octx.deps.prisma, coopId)) {
    await octx.notifier.send(u, text, reportId !== undefined ? (t) => fixKeyboard(t, reportId) : undefined);
  }
}

export async function acceptAndNotify(octx: Ctx, reportId: number, version: number): Promise<DecideResult> {
  const r = await acceptReport(octx.deps.prisma, {
    reportId,
    reviewer: octx.user!,
    version,
    at: octx.deps.clock.now(),
  });
  if (r.kind === "ok") {
    const by = nameOf(octx.user!);
    await tellMembers(octx, r.coopId, (t) =>
      t("rep-accepted-to-pengurus", {
        period: formatPeriod(r.period, localeOf(t)),
        coop: r.coopName,
        version: r.version,
        by,
      }),
    );
  }
  return r;
}

export async function returnAndNotify(
  octx: Ctx,
  reportId: number,
  version: number,
  fields: string[],
  comment: string,
): Promise<DecideResult> {
  const r = await returnReport(octx.deps.prisma, {
    reportId,
    reviewer: octx.user!,
    version,
    fields,
    comment,
    at: octx.deps.clock.now(),
  });
  if (r.kind === "ok") {
    const by = nameOf(octx.user!);
    await tellMembers(
      octx,
      r.coopId,
      (t) =>
        t("rep-returned-to-pengurus", {
          period: formatPeriod(r.period, localeOf(t)),
          coop: r.coopName,
          by,
          fields: fields.map((f) => longLabel(t, f)).join(", "),
          comment,
        }),
      reportId,
    );
  }
  return r;
}
