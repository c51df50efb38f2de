// The reviewer's side: Terima (accept) directly from the notification; Kembalikan opens a small
// conversation in the reviewer's chat: pick the fields to fix (toggle buttons), write a comment.
import { Composer, InlineKeyboard } from "grammy";
import type { Conv, ConvCtx, Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { checkReview, type DecideResult } from "../../../services/reports/submit.ts";
import { loadView } from "../../../services/reports/view.ts";
import { flaggableKeys } from "../../../services/reports/plan.ts";
import { groupOf, isAktifKey } from "../../../services/reports/questions.ts";
import { formatPeriod } from "../../../lib/dates.ts";
import { normalizeSpaces } from "../../../lib/text.ts";
import { fieldButton, groupTitle, longLabel } from "./render.ts";
import { flagBtn, returnCancelBtn, returnNextBtn, reviewCb } from "./callback-data.ts";
import { asker } from "../../kit/index.ts";
import { acceptAndNotify, returnAndNotify } from "./notify.ts";
import { localeOf, type Translate } from "../../../i18n.ts";

export const REPORT_RETURN = "report-return";

const labelOf = (t: Translate, k: string) => (isAktifKey(k) ? groupTitle(t, groupOf(k)!) : longLabel(t, k));

function staleText(t: Translate, r: DecideResult): string {
  if (r.kind === "stale") return t("rep-review-stale", { status: t(`rep-status-${r.status}`), version: r.version });
  return t("rep-review-invalid");
}

export async function returnConversation(
  conversation: Conv,
  ctx: ConvCtx,
  reportId: number,
  version: number,
  reviewMessageId: number | null,
) {
  const t: Translate = ctx.t.bind(ctx);
  const ask = asker(conversation, ctx);
  const data = await conversation.external(async (octx) => {
    const check = await checkReview(octx.deps.prisma, octx.user!, reportId, version);
    const view = check.kind === "ok" ? await loadView(octx.deps.prisma, reportId) : null;
    return { check, keys: view ? flaggableKeys(view) : [] };
  });
  if (data.check.kind !== "ok") {
    await ask.reply(staleText(t, data.check));
    return;
  }
  const { coopName, period } = data.check;
  const selected = new Set<string>();
  const kb = () => {
    const k = new InlineKeyboard();
    for (const key of data.keys)
      k.text(fieldButton(t, key, selected.has(key) ? "🔴 " : "⬜ "), flagBtn.pack(key)).row();
    return k.text(t("rep-ret-next"), returnNextBtn.pack()).text(t("rep-ret-cancel"), returnCancelBtn.pack());
  };
  const text = t("rep-ret-pick", { coop: coopName, period: formatPeriod(period, localeOf(t)), version });
  const picked = await ask.menu<string[] | "cancel">({
    view: () => ({ text, keyboard: kb() }),
    retryKey: "rep-use-buttons",
    onPress: (d) => {
      const toggled = data.keys.find((k) => k === flagBtn.unpack(d)?.key);
      if (toggled) {
        if (selected.has(toggled)) selected.delete(toggled);
        else selected.add(toggled);
        return "redraw";
      }
      if (d === returnCancelBtn.payload()) return { done: "cancel", shown: `${text}\n${t("rep-ret-cancelled")}` };
      if (d !== returnNextBtn.payload()) return undefined;
      if (selected.size === 0) return { alert: t("rep-ret-none") };
      const fields = data.keys.filter((k) => selected.has(k));
      return { done: fields, shown: `${text}\n🔴 ${fields.map((k) => labelOf(t, k)).join(", ")}` };
    },
  });
  if (picked === "cancel") return;
  const fields = picked;
  const comment = await ask.typed({
    text: t("rep-ret-comment-ask"),
    parse: (i) => {
      const s = i.kind === "text" ? normalizeSpaces(i.text) : "";
      if (s.length > 500) return { ok: false, error: "rep-ret-comment-long" };
      return s.length >= 3 ? { ok: true, value: s } : { ok: false, error: "rep-ret-comment-short" };
    },
  });
  const r = await conversation.external((octx) => returnAndNotify(octx, reportId, version, fields, comment));
  if (r.kind !== "ok") {
    await ask.reply(staleText(t, r));
    return;
  }
  const chat = ask.ctx.chat;
  if (reviewMessageId !== null && chat)
    await ask.ctx.api.editMessageReplyMarkup(chat.id, reviewMessageId).catch(() => undefined);
  await ask.reply(
    t("rep-ret-done", {
      coop: coopName,
      period: formatPeriod(period, localeOf(t)),
      fields: fields.map((k) => labelOf(t, k)).join(", "),
    }),
  );
}

export const reviewFeature = new Composer<Ctx>();

reviewFeature.callbackQuery(reviewCb.filter, async (ctx) => {
  const d = reviewCb.unpack(ctx.callbackQuery.data);
  if (!d || !ctx.user) return refuse(ctx, "MonthlyReport", { reason: "malformed" });
  const reportId = Number(d.reportId);
  const version = Number(d.version);
  if (d.decision === "r") {
    const check = await checkReview(ctx.deps.prisma, ctx.user, reportId, version);
    if (check.kind === "forbidden" || check.kind === "not_found")
      return refuse(ctx, "MonthlyReport", { reportId, reason: check.kind });
    if (check.kind === "stale") {
      await ctx.answerCallbackQuery({ text: staleText(ctx.t.bind(ctx), check), show_alert: true });
      await ctx.editMessageReplyMarkup().catch(() => undefined);
      return;
    }
    await ctx.answerCallbackQuery();
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(REPORT_RETURN, reportId, version, ctx.callbackQuery.message?.message_id ?? null);
    return;
  }
  const r = await acceptAndNotify(ctx, reportId, version);
  if (r.kind === "forbidden" || r.kind === "not_found")
    return refuse(ctx, "MonthlyReport", { reportId, reason: r.kind });
  if (r.kind !== "ok") {
    await ctx.answerCallbackQuery({ text: staleText(ctx.t.bind(ctx), r), show_alert: true });
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    return;
  }
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await ctx.reply(
    ctx.t("rep-accepted-ba", {
      coop: r.coopName,
      period: formatPeriod(
        r.period,
        localeOf((k) => ctx.t(k)),
      ),
      version: r.version,
    }),
  );
});
