// Follow-up reminders: a visit with a follow-up day reminds its BA once, from 08:00 local that
// morning. Claimed with a conditional update (followUpSentAt) in the transaction that queues the
// message (outbox key "visit-fu:<id>"), so it is sent exactly once whatever runs concurrently.
import type { PrismaClient, User, Visit } from "../../generated/prisma/client.ts";
import type { Queue } from "../../lib/outbound.ts";

export type FollowUp = Visit & { coop: { id: number; name: string; provinceCode: string }; ba: User };
export type RenderFollowUp = (f: FollowUp) => { text: string; replyMarkup?: unknown };

export async function runFollowUps(
  prisma: PrismaClient,
  now: Date,
  render: RenderFollowUp,
  queue: Queue,
  batch = 500,
): Promise<number> {
  let sent = 0;
  for (;;) {
    const due = await prisma.visit.findMany({
      where: { followUpAt: { lte: now }, followUpSentAt: null },
      orderBy: { id: "asc" },
      take: batch,
    });
    if (due.length === 0) return sent;
    const coops = await prisma.cooperative.findMany({
      where: { id: { in: [...new Set(due.map((v) => v.coopId))] } },
      select: { id: true, name: true, provinceCode: true },
    });
    const bas = await prisma.user.findMany({ where: { id: { in: [...new Set(due.map((v) => v.baId))] } } });
    for (const v of due) {
      const ba = bas.find((b) => b.id === v.baId);
      const coop = coops.find((c) => c.id === v.coopId);
      await prisma.$transaction(async (tx) => {
        const claim = await tx.visit.updateMany({
          where: { id: v.id, followUpSentAt: null },
          data: { followUpSentAt: now },
        });
        if (claim.count === 0 || !ba || !coop || ba.deletedAt) return;
        // a BA who blocked the bot gets nothing queued (0)
        sent += await queue(tx, [{ to: ba, message: render({ ...v, coop, ba }), key: `visit-fu:${v.id}` }], now);
      });
    }
    if (due.length < batch) return sent;
  }
}
