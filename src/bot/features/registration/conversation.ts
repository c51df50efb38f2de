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
import type { Translate } from "../../../lib/translate.ts";

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
  const me = await loadMe(conversation);
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
    const again = await settle(env, outcome);
    if (!again) return;
    step = again;
    editing = true;
  }
}

/** The person registering, as the steps need them (read once, replayed). */
function loadMe(conversation: Conv): Promise<Me> {
  return conversation.external((octx) => {
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
}

type Outcome = Awaited<ReturnType<typeof submitRegistration>>;

/**
 * After sending: the step to ask again (as from the summary) when it could not go through, or
 * undefined once the person has been told how it went.
 */
async function settle(env: StepEnv, outcome: Outcome): Promise<StepName | undefined> {
  const t = env.ask.ctx.t.bind(env.ask.ctx);
  const a = env.a;
  if (outcome.kind === "legal_number_taken") {
    await env.ask.reply(t("reg-ahu-taken", { name: outcome.coopName, where: outcome.where }));
    return "ahu";
  }
  if (outcome.kind === "claim_gone") {
    await env.ask.reply(t("reg-claim-gone"));
    a.villageCode = undefined;
    a.mode = undefined;
    a.coopName = undefined;
    a.legalNumber = undefined;
    return "wilayah";
  }
  await env.ask.reply(doneText(t, outcome), { reply_markup: mainMenu(t) });
  return undefined;
}

/** What a registration that went through says, by what it became. */
function doneText(t: Translate, outcome: Exclude<Outcome, { kind: "legal_number_taken" | "claim_gone" }>): string {
  switch (outcome.kind) {
    case "claim_verified":
      return t("reg-claim-verified", { name: outcome.coopName });
    case "claim_pending":
      return t("reg-claim-pending", { name: outcome.coopName, who: outcome.who, until: outcome.until });
    case "created":
      return t("reg-done-created", { name: outcome.coopName });
    case "join_sent": {
      const key =
        outcome.approvers === 0
          ? "reg-join-sent-nobody"
          : outcome.approverRole === "KETUA"
            ? "reg-join-sent-ketua"
            : "reg-join-sent-admin";
      return t(key, { name: outcome.coopName });
    }
    case "already_member":
      return t("reg-already-member", { name: outcome.coopName });
    default:
      return t("reg-already-pending", { name: outcome.coopName });
  }
}

/** Keyboard with only the "start registration" button (for people who are not registered yet). */
export function startRegistrationKeyboard(t: (k: string) => string) {
  return new InlineKeyboard().text(t("reg-start-button"), "reg:start");
}
