// A pasted, filled-in template (/templat): unknown and invalid lines are listed, the rest is shown
// for confirmation and saved in one go; the wizard then asks only what is still missing.
import { InlineKeyboard } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import { parseTemplate, templateFields, normalizeLabel } from "../../../../services/reports/template.ts";
import { crossFieldErrors, implausible } from "../../../../services/reports/input.ts";
import { ALL_GROUPS, fieldDef, isAktifKey } from "../../../../services/reports/questions.ts";
import { LOCALES } from "../../../../i18n.ts";
import { fmtValue, longLabel } from "../render.ts";
import { type Env, nextInput, saveValues } from "../env.ts";
import { answerStale, dropButtons, settle } from "../../../kit/index.ts";
import { errorLine } from "./numbers.ts";
import { tplCancelBtn, tplSaveBtn } from "../callback-data.ts";
import { type Translate } from "../../../../i18n.ts";

/** The label written in the template for a field ("🛒 Gerai sembako – Omzet (Rp)"). */
export function templateLabel(t: Translate, key: string): string {
  return fieldDef(key)?.kind === "money" ? t("rep-money-label", { label: longLabel(t, key) }) : longLabel(t, key);
}

let index: Map<string, string> | undefined;

/** normalized label (any language, or the field key itself) → field key */
export function labelIndex(i18n: Pick<I18n, "t">): Map<string, string> {
  if (index) return index;
  const m = new Map<string, string>();
  for (const g of ALL_GROUPS) {
    for (const f of g.fields) {
      m.set(normalizeLabel(f.key), f.key);
      for (const locale of LOCALES) m.set(normalizeLabel(templateLabel((k, v) => i18n.t(locale, k, v), f.key)), f.key);
    }
  }
  return (index = m);
}

const MAX_LISTED = 8;

export async function pasteStep(
  env: Env,
  text: string,
  labels: Map<string, string>,
): Promise<"saved" | "cancel" | "locked"> {
  const { t, view } = env;
  const fields = templateFields(view.units);
  const p = parseTemplate(text, labels, new Set(fields.map((f) => f.key)));
  const problems = p.invalid.map((e) => errorLine(t, fieldDef(e.key)!, e.input, e.reason));
  for (const c of crossFieldErrors(view.values, p.values)) {
    delete p.values[c.key];
    problems.push(t(c.error));
  }
  if (p.unknown.length > 0)
    problems.push(
      t("rep-tpl-unknown", {
        lines: p.unknown
          .slice(0, MAX_LISTED)
          .map((l) => `"${l}"`)
          .join("\n"),
      }),
    );
  if (problems.length > 0)
    await env.ask.reply(`${t("rep-tpl-problems")}\n${problems.slice(0, MAX_LISTED + 1).join("\n")}`);
  const keys = fields.map((f) => f.key).filter((k) => k in p.values);
  if (keys.length === 0) {
    await env.ask.reply(t("rep-tpl-nothing"));
    return "saved";
  }
  const odd = new Set(implausible(fields, p.values, view.lastMonth).map((o) => o.key));
  const lines = keys.map((k) => `${odd.has(k) ? "⚠️" : "•"} ${longLabel(t, k)}: ${fmtValue(t, k, p.values[k])}`);
  const body = [t("rep-tpl-read", { count: keys.length }), ...lines, ...(odd.size ? [t("rep-tpl-odd")] : [])].join(
    "\n",
  );
  const kb = new InlineKeyboard()
    .text(t("rep-tpl-save"), tplSaveBtn.pack())
    .text(t("rep-tpl-cancel"), tplCancelBtn.pack());
  let prompt = await env.ask.reply(body, { reply_markup: kb });
  for (;;) {
    const input = await nextInput(env, prompt.message_id);
    if (input.kind === "button" && input.data === tplSaveBtn.payload()) {
      await settle(input.ctx, `${body}\n✅ ${t("rep-tpl-save")}`);
      const r = await saveValues(env, Object.fromEntries(keys.map((k) => [k, p.values[k]!])), { quiet: true });
      if (r.kind === "locked") return "locked";
      await env.ask.reply(t("rep-tpl-saved", { count: r.saved.filter((k) => !isAktifKey(k)).length }));
      return "saved";
    }
    if (input.kind === "button" && input.data === tplCancelBtn.payload()) {
      await settle(input.ctx, `${body}\n❌ ${t("rep-tpl-cancel")}`);
      return "cancel";
    }
    if (input.kind === "button") {
      await answerStale(input.ctx);
      continue;
    }
    await input.ctx.reply(t("rep-use-buttons"));
    await dropButtons(input.ctx, prompt.message_id);
    prompt = await input.ctx.reply(body, { reply_markup: kb });
  }
}
