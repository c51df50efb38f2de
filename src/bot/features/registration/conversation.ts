// The registration wizard: consent → name → phone → wilayah (the desa decides: new koperasi, or
// "gabung?" when it already has one) → position → AHU → units → summary (ubah per field) → send.
// The koperasi name is the desa's suggested one unless changed from the summary.
//
// A step machine inside one grammY conversation: "Kembali" and "ubah" move the step pointer and
// the answers stay in the replayed state (conversation storage is in the DB, so they survive
// restarts). After each step the wizard goes to the first step still unanswered, or the summary.
// Conversations v2 tools used: `external` (DB reads/writes, run once and replayed), `now()` (the
// consent time), `halt()` (consent declined). `checkpoint()`/`rewind()` were not: rewinding drops
// everything answered after the checkpoint, while Kembali must keep it (ticked units, a typed name).
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx } from "../../context.ts";
import {
  type Me,
  type Step,
  type StepEnv,
  type StepName,
  NEW_STEPS,
  TOTAL_STEPS,
  firstMissing,
  stepsFor,
} from "./state.ts";
import { consentStep, nameStep, phoneStep } from "./steps/profile.ts";
import { wilayahStep } from "./steps/wilayah.ts";
import { ahuStep, coopNameStep, positionStep, unitsStep } from "./steps/coop.ts";
import { summaryChoices, summaryKeyboard, summaryText } from "./summary.ts";
import { asker } from "../../kit/index.ts";
import { submitRegistration } from "./submit.ts";
import { mainMenu } from "../../keyboards/main-menu.ts";

export const REGISTRATION = "registration";

const STEPS: Record<StepName, Step> = {
  consent: consentStep,
  name: nameStep,
  phone: phoneStep,
  wilayah: wilayahStep,
  position: positionStep,
  ahu: ahuStep,
  units: unitsStep,
  coopName: coopNameStep,
};

function headerOf(env: StepEnv, step: StepName): string {
  const at = (NEW_STEPS as readonly string[]).indexOf(step);
  return at < 0 ? "" : env.ask.ctx.t("step-header", { step: at + 1, total: TOTAL_STEPS });
}

export async function registration(conversation: Conv, ctx: ConvCtx) {
  const me: Me = await conversation.external((octx) => {
    const u = octx.user;
    if (!u) throw new Error("registration: no user loaded");
    return {
      id: u.id,
      telegramId: Number(u.telegramId),
      consent: !!u.consentAt && !u.deletedAt,
      fullName: u.fullName,
      phone: u.phone,
      tgFirstName: u.tgFirstName,
    };
  });
  const env: StepEnv = { ask: asker(conversation, ctx), a: {}, me, header: "" };
  const a = env.a;
  let step: StepName | undefined = me.consent ? "name" : "consent"; // consent is asked once per person
  let editing = false; // reached from the summary: Kembali returns there
  for (;;) {
    if (step) {
      env.header = headerOf(env, step);
      const result = await STEPS[step](env);
      if (result === "done") return;
      if (result === "back") {
        const path = stepsFor(a.mode);
        const at = path.findIndex((s) => s === step);
        step = editing || at <= 1 ? undefined : path[at - 1]; // name has no Kembali: consent is never re-asked
        continue;
      }
      step = firstMissing(a, 1);
      continue;
    }
    // summary
    const t = env.ask.ctx.t.bind(env.ask.ctx);
    const chosen = await env.ask.buttons({
      text: summaryText(t, a),
      keyboard: summaryKeyboard(t, a),
      choices: summaryChoices(a),
      retryKey: "reg-summary-use-buttons",
    });
    if (chosen !== "ok") {
      step = chosen.slice(2) as StepName;
      editing = true;
      continue;
    }
    const missing = firstMissing(a, 1); // e.g. a desa changed from the summary now needs AHU and units
    if (missing) {
      step = missing;
      continue;
    }
    await env.ask.ctx.replyWithChatAction("typing").catch(() => undefined);
    const outcome = await conversation.external((octx) => submitRegistration(octx, me.id, a));
    if (outcome.kind === "legal_number_taken") {
      await env.ask.reply(t("reg-ahu-taken", { name: outcome.coopName, where: outcome.where }));
      step = "ahu";
      editing = true;
      continue;
    }
    const menu = mainMenu(t);
    if (outcome.kind === "claim_gone") {
      await env.ask.reply(t("reg-claim-gone"));
      a.villageCode = undefined;
      a.mode = undefined;
      a.coopName = undefined;
      a.legalNumber = undefined;
      step = "wilayah";
      editing = true;
      continue;
    }
    if (outcome.kind === "claim_verified") {
      await env.ask.reply(t("reg-claim-verified", { name: outcome.coopName }), { reply_markup: menu });
    } else if (outcome.kind === "claim_pending") {
      await env.ask.reply(t("reg-claim-pending", { name: outcome.coopName, who: outcome.who, until: outcome.until }), {
        reply_markup: menu,
      });
    } else if (outcome.kind === "created") {
      await env.ask.reply(t("reg-done-created", { name: outcome.coopName }), { reply_markup: menu });
    } else if (outcome.kind === "join_sent") {
      const key =
        outcome.approvers === 0
          ? "reg-join-sent-nobody"
          : outcome.approverRole === "KETUA"
            ? "reg-join-sent-ketua"
            : "reg-join-sent-admin";
      await env.ask.reply(t(key, { name: outcome.coopName }), { reply_markup: menu });
    } else if (outcome.kind === "already_member") {
      await env.ask.reply(t("reg-already-member", { name: outcome.coopName }), { reply_markup: menu });
    } else {
      await env.ask.reply(t("reg-already-pending", { name: outcome.coopName }), { reply_markup: menu });
    }
    return;
  }
}

/** Keyboard with only the "start registration" button (for people who are not registered yet). */
export function startRegistrationKeyboard(t: (k: string) => string) {
  return new InlineKeyboard().text(t("reg-start-button"), "reg:start");
}
