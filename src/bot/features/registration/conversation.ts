// The registration wizard: consent → name → phone → new/join → wilayah → coop name → AHU →
// units → position → summary (ubah per field) → confirm. Runs as a step machine inside one
// grammY conversation, so "Kembali" and "ubah" just move the step pointer; answers live in the
// replayed state and survive restarts (conversation storage is in the DB).
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx } from "../../context.ts";
import { type Answers, type Me, type Step, type StepName, stepsFor } from "./state.ts";
import { consentStep, nameStep, phoneStep } from "./steps/profile.ts";
import { wilayahStep } from "./steps/wilayah.ts";
import { modeStep, coopNameStep, ahuStep, unitsStep, positionStep } from "./steps/coop.ts";
import { summaryKeyboard, summaryText, EDITABLE } from "./summary.ts";
import { nextInput } from "./wizard-io.ts";
import { submitRegistration } from "./submit.ts";
import { mainMenu } from "../../keyboards/main-menu.ts";

export const REGISTRATION = "registration";

const STEPS: Record<StepName, Step> = {
  consent: consentStep,
  name: nameStep,
  phone: phoneStep,
  mode: modeStep,
  wilayah: wilayahStep,
  coopName: coopNameStep,
  ahu: ahuStep,
  units: unitsStep,
  position: positionStep,
};

export async function registration(conversation: Conv, ctx: ConvCtx) {
  const me: Me = await conversation.external((octx) => {
    const u = octx.user!;
    return { id: u.id, telegramId: Number(u.telegramId), consent: !!u.consentAt && !u.deletedAt, fullName: u.fullName, phone: u.phone, tgFirstName: u.tgFirstName };
  });
  const a: Answers = {};
  let i = me.consent ? 1 : 0; // consent is asked once per person
  let editing = false; // after an "ubah", go straight back to the summary
  for (;;) {
    const steps = stepsFor(a.mode);
    if (i >= steps.length || (editing && i > 0 && steps[i] === "consent")) i = steps.length;
    if (i < steps.length) {
      const name = steps[i]!;
      const header = ctx.t("step-header", { step: i + 1, total: steps.length });
      const result = await STEPS[name]({ conversation, ctx, a, me, header });
      if (result === "back") {
        i = Math.max(me.consent ? 1 : 0, i - 1);
        editing = false;
        continue;
      }
      if (editing && !(name === "wilayah" && a.mode === "new" && !a.coopName)) {
        i = steps.length;
        continue;
      }
      i += 1;
      continue;
    }
    // summary
    const t = ctx.t.bind(ctx);
    let prompt = await ctx.reply(summaryText(t, a), { reply_markup: summaryKeyboard(t, a) });
    let chosen: string | undefined;
    while (!chosen) {
      const input = await nextInput(conversation, prompt.message_id);
      if (input.kind === "cb" && (input.data === "ok" || (input.data.startsWith("e:") && (EDITABLE[a.mode ?? "new"] as string[]).includes(input.data.slice(2))))) {
        chosen = input.data;
        await input.ctx.answerCallbackQuery().catch(() => undefined);
        await input.ctx.editMessageReplyMarkup().catch(() => undefined);
        break;
      }
      if (input.kind === "cb") {
        await input.ctx.answerCallbackQuery({ text: t("error-stale-button") });
        continue;
      }
      await input.ctx.reply(t("reg-summary-use-buttons"));
      prompt = await input.ctx.reply(summaryText(t, a), { reply_markup: summaryKeyboard(t, a) });
    }
    if (chosen.startsWith("e:")) {
      i = stepsFor(a.mode).indexOf(chosen.slice(2) as StepName);
      editing = true;
      continue;
    }
    await ctx.replyWithChatAction("typing").catch(() => undefined);
    const outcome = await conversation.external((octx) => submitRegistration(octx, me.id, a));
    if (outcome.kind === "legal_number_taken") {
      await ctx.reply(t("reg-ahu-taken", { name: outcome.coopName }));
      i = stepsFor(a.mode).indexOf("ahu");
      editing = true;
      continue;
    }
    const menu = mainMenu(t);
    if (outcome.kind === "created") {
      await ctx.reply(t("reg-done-created", { name: outcome.coopName }), { reply_markup: menu });
    } else if (outcome.kind === "join_sent") {
      const key = outcome.approvers === 0 ? "reg-join-sent-nobody" : outcome.approverRole === "KETUA" ? "reg-join-sent-ketua" : "reg-join-sent-admin";
      await ctx.reply(t(key, { name: outcome.coopName }), { reply_markup: menu });
    } else if (outcome.kind === "already_member") {
      await ctx.reply(t("reg-already-member", { name: outcome.coopName }), { reply_markup: menu });
    } else {
      await ctx.reply(t("reg-already-pending", { name: outcome.coopName }), { reply_markup: menu });
    }
    return;
  }
}

/** Keyboard with only the "start registration" button (for people who are not registered yet). */
export function startRegistrationKeyboard(t: (k: string) => string) {
  return new InlineKeyboard().text(t("reg-start-button"), "reg:start");
}
