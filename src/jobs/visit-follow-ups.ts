// Visit follow-up job (every 15 minutes): a visit's follow-up day reminds its BA once, from 08:00
// local that morning, through the outbox, with a button to log the next contact with that coop.
import { sendMany } from "../messages/outbound.ts";
import { localeOf } from "../i18n.ts";
import { InlineKeyboard } from "grammy";
import type { Deps } from "../deps.ts";
import { ov } from "../messages/oversight-callbacks.ts";
import { formatDateId } from "../lib/dates.ts";
import { truncate } from "../lib/text.ts";
import { coopTimeZone } from "../services/sla.ts";
import { runFollowUps } from "../services/visits/follow-ups.ts";
import { translatorIn, type TranslateIn } from "../lib/translate.ts";

export async function runVisitFollowUps(env: {
  deps: Pick<Deps, "prisma" | "clock" | "logger">;
  t: TranslateIn;
}): Promise<number> {
  const { prisma, clock, logger } = env.deps;
  const sent = await runFollowUps(
    prisma,
    clock.now(),
    (f) => {
      const t = translatorIn(env.t, f.ba.locale);
      const text = t("vis-follow-reminder", {
        coop: f.coop.name,
        kind: t(`vis-kind-${f.kind}`),
        date: formatDateId(f.at, coopTimeZone(f.coop), localeOf(t)),
        topic: t(`vis-topic-${f.topic}`),
        note: truncate(f.note, 200),
      });
      return {
        text,
        replyMarkup: new InlineKeyboard()
          .text(t("ov-btn-visit"), ov("logVisit", f.coop.id))
          .text(t("vis-btn-history"), ov("history", f.coop.id, 0)),
      };
    },
    sendMany,
  );
  if (sent) logger.info({ job: "visit-follow-ups", sent }, "visit follow-ups queued");
  return sent;
}
