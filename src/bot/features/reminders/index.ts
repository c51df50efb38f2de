// Report reminders, Telegram side: the inline button under a reminder ("Isi laporan Oktober 2026")
// and its callback, which opens the report wizard on that period for an ACTIVE member of the coop.
// The messages themselves are rendered by jobs/report-reminders.ts and sent through the outbox.
import { Composer } from "grammy";
import type { Ctx } from "../../context.ts";
import { hasConsent, refuse } from "../../middlewares/auth.ts";
import { isActiveMember } from "../../../services/reports/access.ts";
import { enterReport } from "../report/index.ts";
import { reminderCb } from "./callback-data.ts";

// the reminder message and its button are rendered by the job (src/messages/reminder-card.ts)
export { reminderKeyboard } from "../../../messages/reminder-card.ts";

export const remindersFeature = new Composer<Ctx>();

remindersFeature.chatType("private").callbackQuery(reminderCb.filter, async (ctx) => {
  const d = reminderCb.unpack(ctx.callbackQuery.data);
  if (!d || !ctx.user || !hasConsent(ctx) || !(await isActiveMember(ctx.deps.prisma, ctx.user.id, Number(d.coopId)))) {
    return refuse(ctx, "Cooperative", { coopId: d?.coopId ?? null, reason: "not_member" });
  }
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined); // one press; the reminder text stays
  await enterReport(ctx, { coopId: Number(d.coopId), period: d.period });
});
