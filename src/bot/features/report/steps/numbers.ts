// A group of figures asked in one message ("12,5 jt / 340 / 8 jt"). Valid parts are saved at once;
// invalid ones get a clear message with an example and are asked again; implausible values are
// confirmed first. A unit can be marked "not operating this month" with one tap.
import { InlineKeyboard } from "grammy";
import type { Step } from "../../../../services/reports/plan.ts";
import { type FieldDef, aktifKey, keySlug } from "../../../../services/reports/questions.ts";
import {
  type Implausible,
  type ValueError,
  crossFieldErrors,
  implausible,
  parseGroupAnswer,
} from "../../../../services/reports/input.ts";
import { formatPeriod } from "../../../../lib/dates.ts";
import { keepReply } from "../../../../services/reports/reply.ts";
import { fieldLabel, fmtValue, groupTitle, longLabel } from "../render.ts";
import { type Env, askChoice, keepEarlyPhoto, nextInput, saveValues } from "../env.ts";
import { answerStale, dropButtons, settle } from "../../../kit/index.ts";
import { oddNoBtn, oddYesBtn, unitOffBtn } from "../callback-data.ts";
import { localeOf, type Translate } from "../../../../i18n.ts";

export type StepOutcome = { kind: "ok"; saved: string[] } | { kind: "locked" };

const promptLabel = (t: Translate, f: FieldDef) =>
  f.kind === "money" ? t("rep-money-label", { label: fieldLabel(t, f.key) }) : fieldLabel(t, f.key);
const exampleOf = (t: Translate, fields: FieldDef[]) => fields.map((f) => t(`rep-ex-${keySlug(f.key)}`)).join(" / ");

function numbersPrompt(env: Env, step: Step): string {
  const { t, view } = env;
  const labels = step.fields.map((f) => promptLabel(t, f)).join(" / ");
  const lines = [`${env.header} · ${groupTitle(t, step.group)}`];
  lines.push(
    t(step.fields.length > 1 ? "rep-ask-numbers" : "rep-ask-one", {
      labels,
      period: formatPeriod(view.period, localeOf(t)),
    }),
  );
  lines.push(t("rep-example", { example: exampleOf(t, step.fields) }));
  lines.push(
    step.fields.some((f) => f.kind === "money") ? `${t("rep-zero-hint")} ${t("rep-money-hint")}` : t("rep-zero-hint"),
  );
  const current = step.fields.filter((f) => view.values[f.key] !== undefined);
  if (current.length > 0)
    lines.push(t("rep-current", { values: current.map((f) => fmtValue(t, f.key, view.values[f.key])).join(" / ") }));
  return lines.join("\n");
}

export function errorLine(t: Translate, f: FieldDef, input: string, reason: ValueError): string {
  const vars = { label: longLabel(t, f.key), input: input.slice(0, 40), example: t(`rep-ex-${keySlug(f.key)}`) };
  if (reason === "invalid") return t(f.kind === "money" ? "rep-err-invalid-money" : "rep-err-invalid-count", vars);
  if (reason === "too_large") return t("rep-err-too-large", vars);
  return t(`rep-err-${reason}`, vars);
}

export async function numbersStep(env: Env, step: Step): Promise<StepOutcome> {
  const { t } = env;
  const g = step.group;
  const offAllowed = step.whole && !!g.unit;
  const text = numbersPrompt(env, step);
  const kb = offAllowed ? new InlineKeyboard().text(t("rep-unit-off-button"), unitOffBtn.pack()) : undefined;
  const prompt = await env.ask.reply(text, kb ? { reply_markup: kb } : {});
  for (;;) {
    const input = await nextInput(env, prompt.message_id);
    if (input.kind === "button" && input.data === unitOffBtn.payload() && offAllowed) {
      await settle(input.ctx, `${text}\n✅ ${t("rep-unit-off")}`);
      return saveValues(env, { [aktifKey(g.id)]: "0" }, { quiet: true });
    }
    if (input.kind === "button") {
      await answerStale(input.ctx);
      continue;
    }
    if (input.kind === "photo") await keepEarlyPhoto(env, input);
    if (input.kind !== "text") {
      if (kb) await dropButtons(input.ctx, prompt.message_id);
      await input.ctx.reply(t("rep-type-numbers", { example: exampleOf(t, step.fields) }));
      return { kind: "ok", saved: [] };
    }
    if (kb) await dropButtons(input.ctx, prompt.message_id);
    return answer(env, step, input.text);
  }
}

async function answer(env: Env, step: Step, text: string): Promise<StepOutcome> {
  const { t, view } = env;
  const parsed = parseGroupAnswer(step.fields, text);
  if (parsed.tooMany) {
    await env.ask.reply(
      t("rep-err-too-many", {
        count: step.fields.length,
        labels: step.fields.map((f) => fieldLabel(t, f.key)).join(" / "),
        example: exampleOf(t, step.fields),
      }),
    );
    return { kind: "ok", saved: [] };
  }
  const errors = parsed.errors.map((e) =>
    errorLine(
      t,
      step.fields.find((f) => f.key === e.key)!,
      e.input,
      e.reason,
    ),
  );
  // words, no figure, on a returned report: most likely an answer to the reviewer's question — kept as one
  if (
    errors.length > 0 &&
    view.status === "RETURNED" &&
    view.reviewComment &&
    !/\d/.test(text) &&
    /\p{L}{2,}\s+\p{L}/u.test(text)
  )
    errors.push(await keptAsReply(env, step, text));
  for (const c of crossFieldErrors(view.values, parsed.values)) {
    delete parsed.values[c.key];
    errors.push(t(c.error));
  }
  const odd = implausible(step.fields, parsed.values, view.lastMonth);
  if (odd.length > 0 && !(await confirmOdd(env, odd))) for (const o of odd) delete parsed.values[o.key];
  let outcome: StepOutcome = { kind: "ok", saved: [] };
  if (Object.keys(parsed.values).length > 0) outcome = await saveValues(env, parsed.values);
  if (errors.length > 0 && outcome.kind === "ok") await env.ask.reply(`${errors.join("\n")}\n${t("rep-err-again")}`);
  return outcome;
}

/** Keep the words as the answer to the reviewer's note; say so (or, if they cannot be kept, where to answer). */
async function keptAsReply(env: Env, step: Step, text: string): Promise<string> {
  const { t, view, me } = env;
  const input = { reportId: view.reportId, actorId: me.id, text };
  const kept = await env.conversation.external((octx) =>
    keepReply(octx.deps.prisma, { ...input, at: octx.deps.clock.now() }),
  );
  const example = exampleOf(t, step.fields);
  if (!kept) return t("rep-err-words-returned", { example });
  return t("rep-words-kept", { by: view.reviewerName ?? t("rep-someone"), example });
}

async function confirmOdd(env: Env, odd: Implausible[]): Promise<boolean> {
  const { t } = env;
  const lines = odd.map((o) =>
    o.why === "above_max"
      ? t("rep-odd-max", { label: longLabel(t, o.key), value: fmtValue(t, o.key, o.value) })
      : t("rep-odd-last", {
          label: longLabel(t, o.key),
          value: fmtValue(t, o.key, o.value),
          last: fmtValue(t, o.key, o.last),
        }),
  );
  const text = `${t("rep-odd-title")}\n${lines.join("\n")}\n${t("rep-odd-ask")}`;
  const kb = new InlineKeyboard().text(t("rep-odd-yes"), oddYesBtn.pack()).text(t("rep-odd-no"), oddNoBtn.pack());
  const yes = oddYesBtn.payload();
  return (
    (await askChoice(env, text, kb, [yes, oddNoBtn.payload()], (c) => t(c === yes ? "rep-odd-yes" : "rep-odd-no"))) ===
    yes
  );
}
