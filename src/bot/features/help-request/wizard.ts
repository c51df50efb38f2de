// "🆘 Minta bantuan" / /mintabantuan: [which coop] → category → description → optional photo or
// document. The request number is shown at once. A step machine in one conversation; the relay
// afterwards is not a conversation (see relay.ts).
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx } from "../../context.ts";
import { type Asker, type MessageInput, type Parsed, asker } from "../../kit/index.ts";
import { backBtn, categoryBtn, coopBtn, skipFileBtn } from "./callback-data.ts";
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  HELP_CATEGORIES,
  type HelpCategoryName,
} from "../../../services/help-requests/index.ts";
import { submitHelp, type HelpAnswers, type SubmitHelpOutcome } from "./submit.ts";
import { requesterKeyboard } from "../../../messages/help/cards.ts";
import { coopLabels, widthFor } from "../../../lib/button-label.ts";
import type { Translate } from "../../../lib/translate.ts";

export const HELP_REQUEST = "help-request";

type Step = "coop" | "category" | "text" | "file";

type Described = { text: string; messageId: number; file?: HelpAnswers["file"] };

function fileOf(input: MessageInput): HelpAnswers["file"] {
  if (input.kind !== "photo" && input.kind !== "document") return undefined;
  return {
    kind: input.kind === "photo" ? "PHOTO" : "DOCUMENT",
    fileId: input.fileId,
    caption: input.caption,
    messageId: input.message.message_id,
  };
}

function parseDescription(input: MessageInput): Parsed<Described> {
  const text = descriptionOf(input);
  const vars = { min: DESCRIPTION_MIN, max: DESCRIPTION_MAX, length: text?.length ?? 0 };
  if (text === undefined) return { ok: false, error: "help-text-not-text", vars };
  if (text.length < DESCRIPTION_MIN) return { ok: false, error: "help-text-short", vars };
  if (text.length > DESCRIPTION_MAX) return { ok: false, error: "help-text-long", vars };
  // a photo with a good caption: the caption is the description, the photo the attachment
  return { ok: true, value: { text, messageId: input.message.message_id, file: fileOf(input) } };
}

function parseFile(input: MessageInput): Parsed<NonNullable<HelpAnswers["file"]>> {
  const file = fileOf(input);
  if (file) return { ok: true, value: file };
  return { ok: false, error: input.kind === "text" ? "help-file-not-file" : "help-file-unsupported" };
}

export async function helpWizard(conversation: Conv, ctx: ConvCtx, coops: Array<{ id: number; name: string }>) {
  const ask = asker(conversation, ctx);
  const t = ctx.t.bind(ctx);
  const steps: Step[] = coops.length > 1 ? ["coop", "category", "text", "file"] : ["category", "text", "file"];
  const a: Partial<HelpAnswers> = { coopId: coops.length === 1 ? coops[0]!.id : undefined };
  let i = 0;
  while (i < steps.length) {
    const step = steps[i]!;
    const env: StepEnv = { ask, t, a, back: i > 0, head: t("step-header", { step: i + 1, total: steps.length }) };
    const move =
      step === "coop"
        ? await askCoop(env, coops)
        : step === "category"
          ? await askCategory(env)
          : step === "text"
            ? await askText(env)
            : await askFile(env);
    i = move === "back" ? Math.max(i - 1, 0) : move === "done" ? steps.length : i + 1;
  }
  await ask.ctx.replyWithChatAction("typing").catch(() => undefined);
  const outcome = await conversation.external((octx) => submitHelp(octx, a as HelpAnswers));
  if (outcome.kind === "not_member") {
    await ask.reply(t("help-need-membership"));
    return;
  }
  await ask.reply(createdText(t, outcome), { reply_markup: requesterKeyboard(t, outcome.id) });
}

/** What a step did: went back, went on, or answered the rest too (a description with a file). */
type Move = "back" | "next" | "done";

interface StepEnv {
  ask: Asker;
  t: Translate;
  /** the answers so far; each step fills its own */
  a: Partial<HelpAnswers>;
  /** whether there is a step to go back to */
  back: boolean;
  /** "Langkah 2 dari 4" */
  head: string;
}

const BACK = backBtn.payload();

async function askCoop({ ask, t, a, head }: StepEnv, coops: Array<{ id: number; name: string }>): Promise<Move> {
  const kb = new InlineKeyboard();
  const labels = coopLabels(coops, widthFor(1));
  coops.forEach((c, n) => kb.text(labels[n]!, coopBtn.pack(c.id)).row());
  const text = `${head}\n${t("help-ask-coop")}\n${t("cancel-hint")}`;
  const nameOf = (c: string) => coops.find((k) => coopBtn.payload(k.id) === c)!;
  const r = await ask.buttons({
    text,
    keyboard: kb,
    choices: coops.map((c) => coopBtn.payload(c.id)),
    shown: (c) => nameOf(c).name,
    retryKey: "help-use-buttons",
  });
  a.coopId = nameOf(r).id;
  return "next";
}

async function askCategory({ ask, t, a, back, head }: StepEnv): Promise<Move> {
  const kb = new InlineKeyboard();
  HELP_CATEGORIES.forEach((c, n) => {
    kb.text(t(`help-cat-${c}`), categoryBtn.pack(c));
    if (n % 2 === 1) kb.row();
  });
  if (back) kb.row().text(t("btn-back"), backBtn.pack());
  const text = `${head}\n${t("help-ask-category")}${back ? "" : `\n${t("cancel-hint")}`}`;
  const choices = [...HELP_CATEGORIES.map((c) => categoryBtn.payload(c)), ...(back ? [BACK] : [])];
  const catOf = (c: string) => categoryBtn.unpack(c)?.category as HelpCategoryName;
  const r = await ask.buttons({
    text,
    keyboard: kb,
    choices,
    shown: (c) => (c === BACK ? t("btn-back") : t(`help-cat-${catOf(c)}`)),
    retryKey: "help-use-buttons",
  });
  if (r === BACK) return "back";
  a.category = catOf(r);
  return "next";
}

async function askText({ ask, t, a, head }: StepEnv): Promise<Move> {
  const r = await ask.field({
    text: `${head}\n${t("help-ask-text")}`,
    keyboard: new InlineKeyboard().text(t("btn-back"), backBtn.pack()),
    choices: [BACK],
    accept: ["text", "photo", "document"],
    parse: parseDescription,
  });
  if (r.kind === "button") return "back";
  a.text = r.value.text;
  a.textMessageId = r.value.messageId;
  a.file = r.value.file;
  return a.file ? "done" : "next";
}

async function askFile({ ask, t, a, head }: StepEnv): Promise<Move> {
  const r = await ask.field({
    text: `${head}\n${t("help-ask-file")}`,
    keyboard: new InlineKeyboard().text(t("help-skip-file"), skipFileBtn.pack()).text(t("btn-back"), backBtn.pack()),
    choices: [skipFileBtn.payload(), BACK],
    shown: (c) => (c === BACK ? t("btn-back") : t("help-skip-file")),
    accept: ["text", "photo", "document"],
    parse: parseFile,
  });
  if (r.kind === "button" && r.choice === BACK) return "back";
  if (r.kind === "value") a.file = r.value;
  return "next";
}

/** "Permintaan #12 dibuat, diteruskan ke BA …" by the tier it was routed to. */
function createdText(t: Translate, outcome: Extract<SubmitHelpOutcome, { kind: "created" }>): string {
  const key =
    outcome.routed === "BA"
      ? "help-created-ba"
      : outcome.routed === "PMO"
        ? "help-created-pmo"
        : outcome.routed === "ADMIN"
          ? "help-created-admin"
          : "help-created-none";
  const who = outcome.contact ? `${outcome.helper} (${outcome.contact})` : outcome.helper;
  return t(key, { no: outcome.no, name: who, regency: outcome.regency });
}

function descriptionOf(input: MessageInput): string | undefined {
  if (input.kind === "text") return input.text.trim();
  if (
    (input.kind === "photo" || input.kind === "document") &&
    input.caption &&
    input.caption.trim().length >= DESCRIPTION_MIN
  )
    return input.caption.trim();
  return undefined;
}
