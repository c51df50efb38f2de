// Before sending: every answer, "✏️ Ubah" (then one button per answer) and "📤 Kirim".
// Sending checks the draft did not change meanwhile (rev); if it did, the fresh summary is shown.
import { InlineKeyboard } from "grammy";
import { flaggableKeys } from "../../../../services/reports/plan.ts";
import { groupOf, isAktifKey } from "../../../../services/reports/questions.ts";
import { truncate } from "../../../../lib/text.ts";
import { formatPeriod } from "../../../../lib/dates.ts";
import { type T, groupTitle, longLabel, summaryText } from "../render.ts";
import { type Env, nextInput } from "../env.ts";
import { answerStale, dropButtons, settle, w } from "../../../kit/index.ts";
import { submitAndNotify } from "../notify.ts";
import type { ReportView } from "../../../../services/reports/view.ts";
import { mainMenu } from "../../../keyboards/main-menu.ts";
import { editBackBtn, editBtn, editFieldBtn, sendBtn } from "../callback-data.ts";

export type SummaryOutcome = { kind: "edit"; keys: string[] } | { kind: "again" } | { kind: "done" };

function mainKb(t: T, v: ReportView) {
  return new InlineKeyboard().text(t("rep-edit"), editBtn.pack()).text(t(v.status === "RETURNED" ? "rep-send-again" : "rep-send"), sendBtn.pack());
}

function editKb(t: T, v: ReportView) {
  const kb = new InlineKeyboard();
  flaggableKeys(v).forEach((k, i) => {
    const g = groupOf(k)!;
    const label = isAktifKey(k) ? groupTitle(t, g) : longLabel(t, k);
    kb.text(truncate(label, 32), editFieldBtn.pack(k));
    if (i % 2 === 1) kb.row();
  });
  return kb.row().text(t("rep-edit-back"), editBackBtn.pack());
}

export async function summaryStep(env: Env): Promise<SummaryOutcome> {
  const { t, conversation, view } = env;
  const text = summaryText(t, view);
  const keys = new Set(flaggableKeys(view));
  let prompt = await env.ctx.reply(text, { reply_markup: mainKb(t, view) });
  for (;;) {
    const input = await nextInput(env, prompt.message_id);
    const c = input.ctx;
    if (input.kind === "button" && input.data === editBtn.payload()) {
      await c.answerCallbackQuery().catch(() => undefined);
      await c.editMessageText(`${text}\n\n${t("rep-edit-which")}`, { reply_markup: editKb(t, view) }).catch(() => undefined);
      continue;
    }
    if (input.kind === "button" && input.data === editBackBtn.payload()) {
      await c.answerCallbackQuery().catch(() => undefined);
      await c.editMessageText(text, { reply_markup: mainKb(t, view) }).catch(() => undefined);
      continue;
    }
    const key = input.kind === "button" ? editFieldBtn.unpack(input.data)?.key : undefined;
    if (key && keys.has(key)) {
      await settle(c, `${text}\n\n✏️ ${isAktifKey(key) ? groupTitle(t, groupOf(key)!) : longLabel(t, key)}`);
      return { kind: "edit", keys: [key] };
    }
    if (input.kind === "button" && input.data === sendBtn.payload()) {
      await c.answerCallbackQuery().catch(() => undefined);
      await c.editMessageReplyMarkup().catch(() => undefined);
      await c.replyWithChatAction("typing").catch(() => undefined);
      const r = await conversation.external((octx) => submitAndNotify(octx, view.reportId, view.rev));
      if (r.kind === "submitted") {
        const to = r.reviewers.length ? r.reviewers.join(", ") : t("rep-no-reviewer");
        await c.reply(t("rep-sent", { period: formatPeriod(view.period), version: r.version, to }), { reply_markup: mainMenu(t) });
        return { kind: "done" };
      }
      if (r.kind === "locked" || r.kind === "forbidden") {
        await c.reply(r.kind === "forbidden" ? t("rep-not-member") : t("rep-locked", { by: r.by ?? t("rep-someone") }));
        return { kind: "done" };
      }
      await c.reply(t(r.kind === "conflict" ? "rep-send-conflict" : "rep-send-incomplete"));
      return { kind: "again" };
    }
    if (input.kind === "button") {
      await answerStale(c);
      continue;
    }
    await c.reply(t("rep-summary-use-buttons"));
    await dropButtons(c, prompt.message_id);
    prompt = await c.reply(text, { reply_markup: mainKb(t, view) });
  }
}
