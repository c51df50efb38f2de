// The broadcast progress job (every 5 seconds, under its JobLease): for each running broadcast,
// edit the admin's progress message (sent / failed / blocked / remaining / ETA / acknowledged)
// and, once nothing is left to send, mark it DONE and queue the final report (exactly once:
// finishIfDone flips SENDING → DONE for one caller only, and the report's outbox key is unique).
// The sending itself is the outbox worker's.
import type { Api } from "grammy";
import type { Deps } from "../deps.ts";
import { sendMany } from "../messages/outbound.ts";
import { failedListKeyboard } from "./delivery-card.ts";
import { translatorIn, type TranslateIn } from "../lib/translate.ts";
import {
  broadcastProgress,
  finalText,
  finishIfDone,
  progressText,
  runningBroadcasts,
  zoneOfSender,
} from "../services/broadcasts/index.ts";

export interface BroadcastProgressEnv {
  deps: Pick<Deps, "prisma" | "clock" | "config" | "logger">;
  /** edits the progress messages (an edit is not a new message: it does not go through the outbox) */
  api: Pick<Api, "editMessageText">;
  t: TranslateIn;
}

export const BROADCAST_PROGRESS_JOB = "broadcast-progress";

/** The text last put in each progress message by this process (a scheduled broadcast changes rarely). */
const shown = new Map<number, string>();

export async function runBroadcastProgress(env: BroadcastProgressEnv): Promise<{ updated: number; finished: number }> {
  const { prisma, clock, config, logger } = env.deps;
  const res = { updated: 0, finished: 0 };
  for (const b of await runningBroadcasts(prisma)) {
    const admin = await prisma.user.findUnique({ where: { id: b.createdById } });
    const t = translatorIn(env.t, admin?.locale);
    const zone = admin ? zoneOfSender(admin) : "Asia/Jakarta";
    const finished = await finishIfDone(prisma, b.id, clock.now());
    const p = await broadcastProgress(prisma, b.id, clock.now(), config.outboxRate);
    if (!p) continue;
    const text = progressText(t, p, zone);
    if (b.progressChatId !== null && b.progressMessageId !== null && shown.get(b.id) !== text) {
      shown.set(b.id, text);
      // "message is not modified" (another instance edited it first) and other refusals are harmless
      await env.api.editMessageText(Number(b.progressChatId), b.progressMessageId, text).catch((e: Error) => {
        if (!/not modified/.test(e.message))
          logger.debug({ job: BROADCAST_PROGRESS_JOB, broadcast: b.id, err: e.message }, "progress edit refused");
      });
      res.updated += 1;
    }
    if (finished) {
      shown.delete(b.id);
      res.finished += 1;
      if (admin && !admin.deletedAt)
        await sendMany(
          prisma,
          [
            {
              to: admin,
              message: {
                text: finalText(t, p),
                // who did not get it and why, for the sender to open (issue 23.2)
                ...(p.failed + p.blocked > 0
                  ? { replyMarkup: failedListKeyboard(t, "b", b.id, p.failed + p.blocked) }
                  : {}),
              },
              key: `bcf:${b.id}`,
            },
          ],
          clock.now(),
        );
    }
  }
  return res;
}
