// Step 2 of /siaran: the audience. A menu shows the filters chosen so far and how many people
// they reach now (the dry-run count, one query); each button changes one filter. Filters combine.
import { InlineKeyboard } from "grammy";
import type { Conv } from "../../context.ts";
import { type Asker, settleKeepText, w } from "../../kit/index.ts";
import { previousPeriod, formatPeriod, periodOf } from "../../../lib/dates.ts";
import { MILESTONES } from "../../../services/readiness.ts";
import {
  AUDIENCE_ROLES,
  REPORT_FILTERS,
  broadcastScope,
  countAudience,
  describeFilter,
  zoneOfSender,
  type AudienceFilter,
  type AudienceRole,
  type Sender,
} from "../../../services/broadcasts/index.ts";
import { pickRegion } from "./region.ts";
import type { Translate } from "../../../lib/translate.ts";

const MENU = ["roles", "region", "lang", "report", "stage", "gap", "clear", "next", "cancel"] as const;
type MenuChoice = (typeof MENU)[number];

async function count(conversation: Conv, me: Sender, filter: AudienceFilter) {
  return conversation.external(async (octx) => {
    const r = await countAudience(octx.deps.prisma, me, filter, octx.deps.config.defaultLocale);
    return r.ok ? r.count : -1;
  });
}

/** Roles: toggles on one prompt (edited in place) until Selesai. */
async function pickRoles(ask: Asker, chosen: AudienceRole[]): Promise<AudienceRole[]> {
  const t = ask.ctx.t.bind(ask.ctx);
  const picked = new Set(chosen);
  const kb = () => {
    const k = new InlineKeyboard();
    AUDIENCE_ROLES.forEach((r, i) => {
      k.text(`${picked.has(r) ? "✅ " : ""}${t(`bc-aud-${r}`)}`, w(`r:${r}`));
      if (i % 2 === 1) k.row();
    });
    return k.row().text(t("bc-btn-done"), w("done"));
  };
  let prompt = await ask.reply(t("bc-roles-ask"), { reply_markup: kb() });
  for (;;) {
    const input = await ask.input({ promptId: prompt.message_id });
    if (input.kind !== "button") {
      await ask.reply(t("kit-use-buttons"));
      prompt = await ask.reply(t("bc-roles-ask"), { reply_markup: kb() });
      continue;
    }
    if (input.data === "done") {
      await settleKeepText(ask.ctx);
      return AUDIENCE_ROLES.filter((r) => picked.has(r));
    }
    const role = AUDIENCE_ROLES.find((r) => input.data === `r:${r}`);
    if (!role) {
      await ask.ctx.answerCallbackQuery({ text: t("error-stale-button") }).catch(() => undefined);
      continue;
    }
    if (picked.has(role)) picked.delete(role);
    else picked.add(role);
    await ask.ctx.answerCallbackQuery().catch(() => undefined);
    await ask.ctx.editMessageReplyMarkup({ reply_markup: kb() }).catch(() => undefined);
  }
}

/** A one-of question with an "all" button (clears the filter): returns the choice or "any". */
function pickOne<C extends string>(ask: Asker, text: string, choices: readonly C[], label: (c: C) => string) {
  const kb = new InlineKeyboard();
  choices.forEach((c, i) => {
    kb.text(label(c), w(c));
    if (i % 2 === 1) kb.row();
  });
  const any = ask.ctx.t("bc-btn-any");
  kb.row().text(any, w("any"));
  return ask.buttons({
    text,
    keyboard: kb,
    choices: [...choices, "any"] as const,
    shown: (c) => (c === "any" ? any : label(c)),
  });
}

export async function audienceStep(
  ask: Asker,
  me: Sender,
  start: AudienceFilter,
  step: string,
): Promise<{ filter: AudienceFilter; count: number } | { cancelled: true }> {
  const t = ask.ctx.t.bind(ask.ctx);
  let filter: AudienceFilter = { ...start, roles: [...start.roles] };
  for (;;) {
    const n = await count(ask.conversation, me, filter);
    const text = t("bc-audience", { step, filters: describeFilter(t, filter), count: Math.max(n, 0) });
    const a = await ask.buttons<MenuChoice>({ text, keyboard: menuKeyboard(t, filter), choices: MENU });
    if (a === "cancel") return { cancelled: true };
    if (a === "next") {
      if (n > 0) return { filter, count: n };
      await ask.reply(t("bc-empty"));
    } else if (a === "clear") filter = { roles: [] };
    else await changeFilter(ask, me, filter, a);
  }
}

/** The audience menu: one button per filter, then clear, next and cancel. */
function menuKeyboard(t: Translate, filter: AudienceFilter): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("bc-btn-roles"), w("roles"))
    .text(t("bc-btn-region"), w("region"))
    .row()
    .text(t("bc-btn-lang"), w("lang"))
    .text(t("bc-btn-report"), w("report"))
    .row()
    .text(t("bc-btn-stage"), w("stage"))
    .text(t(filter.rosterGap ? "bc-btn-gap-on" : "bc-btn-gap"), w("gap"))
    .row()
    .text(t("bc-btn-clear"), w("clear"))
    .text(t("bc-btn-next"), w("next"))
    .text(t("bc-btn-cancel"), w("cancel"));
}

/** Asks for the one filter `choice` names and changes it in `filter`. */
async function changeFilter(
  ask: Asker,
  me: Sender,
  filter: AudienceFilter,
  choice: Exclude<MenuChoice, "cancel" | "next" | "clear">,
): Promise<void> {
  const t = ask.ctx.t.bind(ask.ctx);
  switch (choice) {
    case "roles":
      filter.roles = await pickRoles(ask, filter.roles);
      break;
    case "region": {
      const region = await pickRegion(ask, broadcastScope(me) ?? null);
      if (region === null) delete filter.region;
      else filter.region = region;
      break;
    }
    case "lang": {
      const r = await pickOne(ask, t("bc-lang-ask"), ["id", "en"] as const, (l) => t(`bc-lang-${l}`));
      if (r === "any") delete filter.lang;
      else filter.lang = r;
      break;
    }
    case "report": {
      const report = await pickReport(ask, me);
      if (report === null) delete filter.report;
      else filter.report = report;
      break;
    }
    case "gap":
      // staff side of the roster gap: the BAs of official coops not on the bot yet
      if (filter.rosterGap) delete filter.rosterGap;
      else {
        filter.rosterGap = true;
        delete filter.report;
        delete filter.stage;
      }
      break;
    case "stage": {
      const r = await pickOne(ask, t("bc-stage-ask"), MILESTONES, (s) => t(`bc-stage-${s}`));
      if (r === "any") delete filter.stage;
      else filter.stage = r;
      break;
    }
  }
}

/** The report filter: a status, then one of the last three periods; null: any (no filter). */
async function pickReport(ask: Asker, me: Sender): Promise<NonNullable<AudienceFilter["report"]> | null> {
  const t = ask.ctx.t.bind(ask.ctx);
  const r = await pickOne(ask, t("bc-report-ask"), REPORT_FILTERS, (s) => t(`bc-report-${s}`));
  if (r === "any") return null;
  const nowMs = await ask.conversation.external((octx) => octx.deps.clock.now().getTime());
  const zone = zoneOfSender(me);
  const last = previousPeriod(new Date(nowMs), zone);
  const periods = [
    previousPeriod(new Date(`${last}-15T00:00:00Z`), "UTC"),
    last,
    periodOf(new Date(nowMs), zone),
  ] as const;
  const p = await ask.buttons({
    text: t("bc-report-period-ask"),
    keyboard: new InlineKeyboard()
      .text(formatPeriod(periods[0]), w(periods[0]))
      .text(formatPeriod(periods[1]), w(periods[1]))
      .text(formatPeriod(periods[2]), w(periods[2])),
    choices: periods,
    shown: (x) => formatPeriod(x),
  });
  return { period: p, status: r };
}
