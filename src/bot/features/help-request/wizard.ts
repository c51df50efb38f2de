// "🆘 Minta bantuan" / /mintabantuan: [which coop] → category → description → optional photo or
// document. The request number is shown at once. A step machine in one conversation; the relay
// afterwards is not a conversation (see relay.ts).
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx } from "../../context.ts";
import { askButtons, wizardInput, settleChoice, type WizardInput } from "../admin/wizard-input.ts";
import { DESCRIPTION_MAX, DESCRIPTION_MIN, HELP_CATEGORIES, isHelpCategory, type HelpCategoryName } from "../../../services/help-requests/index.ts";
import { submitHelp, type HelpAnswers } from "./submit.ts";
import { requesterKeyboard } from "./cards.ts";

export const HELP_REQUEST = "help-request";

type Step = "coop" | "category" | "text" | "file";

export async function helpWizard(conversation: Conv, ctx: ConvCtx, coops: Array<{ id: number; name: string }>) {
  const t = ctx.t.bind(ctx);
  const steps: Step[] = coops.length > 1 ? ["coop", "category", "text", "file"] : ["category", "text", "file"];
  const a: Partial<HelpAnswers> = { coopId: coops.length === 1 ? coops[0]!.id : undefined };
  const head = (s: Step) => t("step-header", { step: steps.indexOf(s) + 1, total: steps.length });
  let i = 0;
  while (i < steps.length) {
    const step = steps[i]!;
    const back = i > 0;
    if (step === "coop") {
      const kb = new InlineKeyboard();
      for (const c of coops) kb.text(c.name.slice(0, 60), `k:${c.id}`).row();
      const text = `${head(step)}\n${t("help-ask-coop")}\n${t("cancel-hint")}`;
      const input = await askButtons(conversation, ctx, text, kb, (d) => coops.some((c) => `k:${c.id}` === d), "help-use-buttons");
      a.coopId = Number(input.data.slice(2));
      await settleChoice(input.ctx, `${head(step)}\n${t("help-ask-coop")}\n✅ ${coops.find((c) => c.id === a.coopId)!.name}`);
      i++;
    } else if (step === "category") {
      const kb = new InlineKeyboard();
      HELP_CATEGORIES.forEach((c, n) => {
        kb.text(t(`help-cat-${c}`), `c:${c}`);
        if (n % 2 === 1) kb.row();
      });
      if (back) kb.row().text(t("btn-back"), "bk");
      const text = `${head(step)}\n${t("help-ask-category")}${back ? "" : `\n${t("cancel-hint")}`}`;
      const input = await askButtons(conversation, ctx, text, kb, (d) => (d === "bk" && back) || (d.startsWith("c:") && isHelpCategory(d.slice(2))), "help-use-buttons");
      if (input.data === "bk") {
        await settleChoice(input.ctx, text);
        i--;
        continue;
      }
      a.category = input.data.slice(2) as HelpCategoryName;
      await settleChoice(input.ctx, `${head(step)}\n${t("help-ask-category")}\n✅ ${t(`help-cat-${a.category}`)}`);
      i++;
    } else if (step === "text") {
      const kb = new InlineKeyboard().text(t("btn-back"), "bk");
      const ask = () => ctx.reply(`${head(step)}\n${t("help-ask-text")}`, { reply_markup: kb });
      let prompt = await ask();
      for (;;) {
        const input = await wizardInput(conversation, prompt.message_id);
        if (input.kind === "cb") {
          if (input.data !== "bk") {
            await input.ctx.answerCallbackQuery().catch(() => undefined);
            continue;
          }
          await settleChoice(input.ctx, `${head(step)}\n${t("help-ask-text")}`);
          i--;
          break;
        }
        const text = descriptionOf(input);
        const problem = text === undefined ? "help-text-not-text" : text.length < DESCRIPTION_MIN ? "help-text-short" : text.length > DESCRIPTION_MAX ? "help-text-long" : undefined;
        if (problem) {
          await input.ctx.reply(t(problem, { min: DESCRIPTION_MIN, max: DESCRIPTION_MAX, length: text?.length ?? 0 }));
          prompt = await ask();
          continue;
        }
        a.text = text!;
        a.textMessageId = "message" in input ? input.message.message_id : 0;
        if (input.kind === "photo" || input.kind === "document") {
          // a photo with a good caption: the caption is the description, the photo the attachment
          a.file = { kind: input.kind === "photo" ? "PHOTO" : "DOCUMENT", fileId: input.fileId, caption: input.caption, messageId: input.message.message_id };
          i = steps.length;
        } else i++;
        break;
      }
    } else {
      const kb = new InlineKeyboard().text(t("help-skip-file"), "sk").text(t("btn-back"), "bk");
      const ask = () => ctx.reply(`${head(step)}\n${t("help-ask-file")}`, { reply_markup: kb });
      let prompt = await ask();
      for (;;) {
        const input = await wizardInput(conversation, prompt.message_id);
        if (input.kind === "cb" && (input.data === "sk" || input.data === "bk")) {
          await settleChoice(input.ctx, `${head(step)}\n${t("help-ask-file")}${input.data === "sk" ? `\n✅ ${t("help-skip-file")}` : ""}`);
          if (input.data === "bk") i--;
          else i++;
          break;
        }
        if (input.kind === "photo" || input.kind === "document") {
          a.file = { kind: input.kind === "photo" ? "PHOTO" : "DOCUMENT", fileId: input.fileId, caption: input.caption, messageId: input.message.message_id };
          i++;
          break;
        }
        if (input.kind === "cb") {
          await input.ctx.answerCallbackQuery().catch(() => undefined);
          continue;
        }
        await input.ctx.reply(t(input.kind === "text" ? "help-file-not-file" : "help-file-unsupported"));
        prompt = await ask();
      }
    }
    if (i < 0) i = 0;
  }
  await ctx.replyWithChatAction("typing").catch(() => undefined);
  const outcome = await conversation.external((octx) => submitHelp(octx, a as HelpAnswers));
  if (outcome.kind === "not_member") {
    await ctx.reply(t("help-need-membership"));
    return;
  }
  const key = outcome.routed === "BA" ? "help-created-ba" : outcome.routed === "PMO" ? "help-created-pmo" : outcome.routed === "ADMIN" ? "help-created-admin" : "help-created-none";
  const who = outcome.contact ? `${outcome.helper} (${outcome.contact})` : outcome.helper;
  await ctx.reply(t(key, { no: outcome.no, name: who, regency: outcome.regency }), { reply_markup: requesterKeyboard(t, outcome.id) });
}

function descriptionOf(input: WizardInput): string | undefined {
  if (input.kind === "text") return input.text.trim();
  if ((input.kind === "photo" || input.kind === "document") && input.caption && input.caption.trim().length >= DESCRIPTION_MIN) return input.caption.trim();
  return undefined;
}

