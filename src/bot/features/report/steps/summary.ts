// Before sending: every answer, "✏️ Ubah" (then one button per answer) and "📤 Kirim".
// Sending checks the draft did not change meanwhile (rev); if it did, the fresh summary is shown.
import { InlineKeyboard } from "grammy";
import { flaggableKeys } from "../../../../services/reports/plan.ts";
import { groupOf, isAktifKey } from "../../../../services/reports/questions.ts";
import { formatPeriod } from "../../../../lib/dates.ts";
import { fieldButton, groupTitle, longLabel, summaryPages, summaryTitle } from "../render.ts";
import { type Env, nextInput } from "../env.ts";
import { answerStale, dropButtons, settle, w } from "../../../kit/index.ts";
import { normalizeSpaces, truncate } from "../../../../lib/text.ts";
import { submitAndNotify } from "../notify.ts";
import type { ReportView } from "../../../../services/reports/view.ts";
import { mainMenu } from "../../../keyboards/main-menu.ts";
import { editBackBtn, editBtn, editFieldBtn, replySendBtn, sendBtn, summaryPageBtn } from "../callback-data.ts";
import type { ConvCtx } from "../../../context.ts";
import { localeOf, type Translate } from "../../../../i18n.ts";

export type SummaryOutcome = { kind: "edit"; keys: string[] } | { kind: "again" } | { kind: "done" };

const canReply = (v: ReportView) => v.status === "RETURNED" && !!v.reviewComment;

function mainKb(t: Translate, v: ReportView, page: number, pages: number) {
  const kb = new InlineKeyboard();
  if (page > 0) kb.text(t("btn-prev"), summaryPageBtn.pack(page - 1));
  if (page < pages - 1) kb.text(t("btn-next"), summaryPageBtn.pack(page + 1));
  if (pages > 1) kb.row();
  kb.text(t("rep-edit"), editBtn.pack()).text(
    t(v.status === "RETURNED" ? "rep-send-again" : "rep-send"),
    sendBtn.pack(),
  );
  // the reviewer asked something: an answer can go with the new version (one press more, only if wanted)
  return canReply(v) ? kb.row().text(t("rep-reply-send"), replySendBtn.pack()) : kb;
}

/** "Jawaban untuk catatan BA" — typed (3–500 characters), or skipped with the button. */
async function askReply(env: Env): Promise<string> {
  const { t, view } = env;
  const a = await env.ask.field({
    text: t("rep-reply-ask", {
      by: view.reviewerName ?? t("rep-someone"),
      comment: truncate(view.reviewComment!, 200),
    }),
    keyboard: new InlineKeyboard().text(t("rep-reply-skip"), w("skip")),
    choices: ["skip"] as const,
    shown: () => t("rep-reply-skip"),
    parse: (i) => {
      const s = i.kind === "text" ? normalizeSpaces(i.text) : "";
      if (s.length > 500) return { ok: false, error: "rep-reply-long" };
      return s.length >= 3 ? { ok: true, value: s } : { ok: false, error: "rep-reply-short" };
    },
  });
  return a.kind === "value" ? a.value : "";
}

function editKb(t: Translate, v: ReportView) {
  const kb = new InlineKeyboard();
  for (const k of flaggableKeys(v)) kb.text(fieldButton(t, k), editFieldBtn.pack(k)).row();
  return kb.text(t("rep-edit-back"), editBackBtn.pack());
}

export async function summaryStep(env: Env): Promise<SummaryOutcome> {
  const { t, conversation, view, ask } = env;
  const pages = summaryPages(t, view);
  const title = summaryTitle(t, view);
  const keys = new Set(flaggableKeys(view));
  let page = 0;
  const show = (c: ConvCtx) => c.reply(pages[page]!, { reply_markup: mainKb(t, view, page, pages.length) });
  let prompt = await show(ask.ctx);
  for (;;) {
    const input = await nextInput(env, prompt.message_id);
    if (input.kind !== "button") {
      await ask.reply(t("rep-summary-use-buttons"));
      await dropButtons(ask.ctx, prompt.message_id);
      prompt = await show(ask.ctx);
      continue;
    }
    const goTo = summaryPageBtn.unpack(input.data);
    if (goTo && Number(goTo.page) < pages.length) {
      page = Number(goTo.page);
      await ask.ctx.answerCallbackQuery().catch(() => undefined);
      await ask.ctx
        .editMessageText(pages[page]!, { reply_markup: mainKb(t, view, page, pages.length) })
        .catch(() => undefined);
      continue;
    }
    if (input.data === editBtn.payload()) {
      await ask.ctx.answerCallbackQuery().catch(() => undefined);
      await ask.ctx
        .editMessageText(`${title}\n\n${t("rep-edit-which")}`, { reply_markup: editKb(t, view) })
        .catch(() => undefined);
      continue;
    }
    if (input.data === editBackBtn.payload()) {
      page = 0;
      await ask.ctx.answerCallbackQuery().catch(() => undefined);
      await ask.ctx
        .editMessageText(pages[page]!, { reply_markup: mainKb(t, view, page, pages.length) })
        .catch(() => undefined);
      continue;
    }
    const key = editFieldBtn.unpack(input.data)?.key;
    if (key && keys.has(key)) {
      await settle(ask.ctx, `${title}\n\n✏️ ${isAktifKey(key) ? groupTitle(t, groupOf(key)!) : longLabel(t, key)}`);
      return { kind: "edit", keys: [key] };
    }
    const withReply = input.data === replySendBtn.payload() && canReply(view);
    if (input.kind === "button" && (input.data === sendBtn.payload() || withReply)) {
      await ask.ctx.answerCallbackQuery().catch(() => undefined);
      await ask.ctx.editMessageReplyMarkup().catch(() => undefined);
      const reply = withReply ? await askReply(env) : "";
      await ask.ctx.replyWithChatAction("typing").catch(() => undefined);
      const r = await conversation.external((octx) => submitAndNotify(octx, view.reportId, view.rev, reply));
      if (r.kind === "submitted") {
        const to = r.ba ?? t(r.reviewers.length ? "rep-to-program" : "rep-no-reviewer");
        await ask.reply(t("rep-sent", { period: formatPeriod(view.period, localeOf(t)), version: r.version, to }), {
          reply_markup: mainMenu(t),
        });
        return { kind: "done" };
      }
      if (r.kind === "locked" || r.kind === "forbidden") {
        await ask.reply(
          r.kind === "forbidden" ? t("rep-not-member") : t("rep-locked", { by: r.by ?? t("rep-someone") }),
        );
        return { kind: "done" };
      }
      await ask.reply(t(r.kind === "conflict" ? "rep-send-conflict" : "rep-send-incomplete"));
      return { kind: "again" };
    }
    await answerStale(ask.ctx);
  }
}
