// The SLA sweep job: reminders and escalations of help requests nobody took (rules in
// services/sla.ts). Safe to run often and from several instances: each step is claimed once.
import { claimSlaActions, slaPolicy } from "../services/sla.ts";
import { requestNo } from "../services/help-requests/index.ts";
import { sendCards } from "../bot/features/help-request/cards.ts";
import { requesterKeyboard } from "../bot/features/help-request/cards.ts";
import type { Outbound } from "../bot/features/help-request/deliver.ts";
import { sendPayload } from "../bot/features/help-request/deliver.ts";

export interface SweepResult {
  reminded: number;
  escalated: number;
}

export async function runSlaSweep(out: Outbound): Promise<SweepResult> {
  const { prisma, clock, config, logger } = out.deps;
  const actions = await claimSlaActions(prisma, clock.now(), slaPolicy(config));
  const result: SweepResult = { reminded: 0, escalated: 0 };
  for (const a of actions) {
    if (a.kind === "remind") {
      const sent = await sendCards(out, a.request.id, a.to, "remind");
      if (sent.some((s) => s.result.ok)) result.reminded += 1;
      else logger.warn({ request: a.request.id }, "SLA reminder reached nobody");
      continue;
    }
    await sendCards(out, a.request.id, a.to, "escalated");
    result.escalated += 1;
    // the requester learns that their request went up a level
    const requester = await prisma.user.findUnique({ where: { id: a.request.requesterId } });
    if (requester && !requester.deletedAt) {
      const t = (k: string, v?: Record<string, string | number>) => out.notifier.t(requester.locale, k, v);
      await sendPayload(out, requester, {
        kind: "TEXT",
        text: t(a.to[0]?.role === "PMO" ? "help-escalated-requester-pmo" : "help-escalated-requester-admin", { no: requestNo(a.request.id) }),
        markup: requesterKeyboard(t, a.request.id),
      });
    }
  }
  return result;
}
