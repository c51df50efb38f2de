// The delivery-reports job (every 5 seconds, under its JobLease): for each DeliveryReport whose
// outbox group has nothing left to send, tell its owner what actually happened — how many got it,
// how many did not and how many blocked the bot — with a button to the list of who and why.
// Exactly once per report (markReported, and the message's unique outbox key "dr:<id>").
import type { Deps } from "../deps.ts";
import { sendMany } from "../messages/outbound.ts";
import { formatPeriod } from "../lib/dates.ts";
import { dueReports, groupOutcomes, markReported } from "../services/delivery-reports.ts";
import { failedListKeyboard } from "./delivery-card.ts";
import { translatorIn, type TranslateIn } from "../lib/translate.ts";

export const DELIVERY_REPORTS_JOB = "delivery-reports";

export interface DeliveryReportsEnv {
  deps: Pick<Deps, "prisma" | "clock">;
  t: TranslateIn;
}

export async function runDeliveryReports(env: DeliveryReportsEnv): Promise<{ reported: number }> {
  const { prisma, clock } = env.deps;
  let reported = 0;
  for (const r of await dueReports(prisma)) {
    if (!(await markReported(prisma, r.id, clock.now()))) continue;
    const owner = await prisma.user.findUnique({ where: { id: r.ownerId } });
    if (!owner || owner.deletedAt) continue;
    const t = translatorIn(env.t, owner.locale);
    const o = await groupOutcomes(prisma, r.group);
    if (o.total === 0) continue;
    const vars = { ...r.vars, ...(typeof r.vars.period === "string" ? { period: formatPeriod(r.vars.period) } : {}) };
    const missed = o.failed + o.blocked;
    const text = [
      t(`dr-${r.kind}`, { ...vars, sent: o.sent, total: o.total }),
      missed > 0 ? t("dr-missed", { failed: o.failed, blocked: o.blocked }) : t("dr-all-ok"),
    ].join("\n");
    await sendMany(
      prisma,
      [
        {
          to: owner,
          message: { text, ...(missed > 0 ? { replyMarkup: failedListKeyboard(t, "r", r.id, missed) } : {}) },
          key: `dr:${r.id}`,
        },
      ],
      clock.now(),
    );
    reported += 1;
  }
  return { reported };
}
