// The SLA sweep job: reminders and escalations of help requests nobody took (rules in
// services/sla.ts). Safe to run often and from several instances: each step is claimed once.
import { claimSlaActions, slaPolicy } from "../services/sla.ts";
import { requestNo } from "../services/help-requests/index.ts";
import type { Config } from "../config.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { requesterKeyboard, sendCards } from "../messages/help/cards.ts";
import { senderOf, type Outbound } from "../messages/help/deliver.ts";

export interface SweepResult {
  reminded: number;
  escalated: number;
}

/** Cards and notices are queued in the outbox (interactive lane); a card that reaches nobody is
 * routed one tier up by the outbox's help outcome hook. The sweep claims its actions in a
 * transaction of its own, so it takes the app's client, not any Db. */
export async function runSlaSweep(
  out: Outbound & { deps: { config: Config; prisma: PrismaClient } },
): Promise<SweepResult> {
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
      const to = a.to[0]?.role === "PMO" ? "pmo" : "admin";
      await senderOf(out).send(
        requester,
        (t) => ({
          text: t(`help-escalated-requester-${to}`, { no: requestNo(a.request.id) }),
          replyMarkup: requesterKeyboard(t, a.request.id),
        }),
        { key: `help-esc:${a.request.id}:${to}` },
      );
    }
  }
  return result;
}
