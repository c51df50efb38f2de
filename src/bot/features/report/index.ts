// Monthly report feature: /lapor (and the 📝 menu button), /templat and pasted templates,
// /riwayat, the reviewer's Terima / Kembalikan, and the two conversations (wizard, return).
import { Composer } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import type { Ctx, ConvCtx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { isActiveMember, reportById } from "../../../services/reports/access.ts";
import { isTemplateText } from "../../../services/reports/template.ts";
import { REPORT, reportWizard } from "./wizard.ts";
import { REPORT_RETURN, returnConversation, reviewFeature } from "./review.ts";
import { chooseCoop, enterReport } from "./enter.ts";
import { coopPickCb, fixCb, historyPageCb, viewCb } from "./callback-data.ts";
import { showHistoryList, showHistoryPage, showReport } from "./history.ts";
import { onPastedTemplate, sendTemplate } from "./template.ts";

// the reminder card's "Lapor" button starts the wizard
export { enterReport } from "./enter.ts";
export { answersText } from "./render.ts";

export function reportConversations(i18n: I18n<ConvCtx>) {
  const c = new Composer<Ctx>();
  c.use(createConversation<Ctx, ConvCtx>(reportWizard(i18n), { id: REPORT, plugins: [i18n] }));
  c.use(createConversation<Ctx, ConvCtx>(returnConversation, { id: REPORT_RETURN, plugins: [i18n] }));
  return c;
}

const startWizard = (ctx: Ctx, coopId: number) => enterReport(ctx, { coopId });
const lapor = (ctx: Ctx) => chooseCoop(ctx, "l", startWizard);

export const reportFeature = new Composer<Ctx>();
reportFeature.use(reviewFeature);

const pm = reportFeature.chatType("private");
pm.command("lapor", lapor);
pm.hears(/^📝 /, lapor);
pm.command("templat", (ctx) => chooseCoop(ctx, "t", sendTemplate));
pm.command("riwayat", showHistoryList);
pm.on("message:text").filter(
  (ctx) => isTemplateText(ctx.message.text),
  (ctx) => onPastedTemplate(ctx, ctx.message.text),
);

pm.callbackQuery(coopPickCb.filter, async (ctx) => {
  const d = coopPickCb.unpack(ctx.callbackQuery.data);
  if (!d || !ctx.user || !(await isActiveMember(ctx.deps.prisma, ctx.user.id, Number(d.coopId)))) {
    return refuse(ctx, "Cooperative", { coopId: d?.coopId ?? null, reason: "not_member" });
  }
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  if (d.purpose === "t") await sendTemplate(ctx, Number(d.coopId));
  else await startWizard(ctx, Number(d.coopId));
});

reportFeature.callbackQuery(historyPageCb.filter, async (ctx) => {
  const d = historyPageCb.unpack(ctx.callbackQuery.data);
  if (!d || !ctx.user) return refuse(ctx, "MonthlyReport", { reason: "malformed" });
  await showHistoryPage(ctx, Number(d.reportId), Number(d.page));
});

reportFeature.callbackQuery(viewCb.filter, async (ctx) => {
  const d = viewCb.unpack(ctx.callbackQuery.data);
  if (!d || !ctx.user) return refuse(ctx, "MonthlyReport", { reason: "malformed" });
  await showReport(ctx, Number(d.reportId));
});

pm.callbackQuery(fixCb.filter, async (ctx) => {
  const d = fixCb.unpack(ctx.callbackQuery.data);
  const report = d ? await reportById(ctx.deps.prisma, Number(d.reportId)) : null;
  if (!d || !ctx.user || !report || !(await isActiveMember(ctx.deps.prisma, ctx.user.id, report.coopId))) {
    return refuse(ctx, "MonthlyReport", { reportId: d?.reportId ?? null, reason: "not_member" });
  }
  await ctx.answerCallbackQuery();
  await enterReport(ctx, { coopId: report.coopId, reportId: report.id });
});
