// What every step of the report wizard gets, plus loading and saving through
// conversation.external (DB work runs once; its JSON-safe result is replayed).
import { InlineKeyboard } from "grammy";
import type { Conv } from "../../context.ts";
import { type ReportView, loadView } from "../../../services/reports/view.ts";
import { type Conflict, addPhoto, saveAnswers } from "../../../services/reports/draft.ts";
import { fmtValue, longLabel, savedLine } from "./render.ts";
import type { Asker, Input } from "../../kit/index.ts";
import { isTemplateText } from "../../../services/reports/template.ts";
import { mineBtn, theirsBtn } from "./callback-data.ts";
import { type Translate } from "../../../i18n.ts";

export interface Me {
  id: number;
  name: string;
}

export interface Env {
  conversation: Conv;
  /** asks the steps' questions and keeps the context of the latest update (steps reply with it) */
  ask: Asker;
  t: Translate;
  me: Me;
  view: ReportView;
  /** "Langkah n dari m" (or the edit header) */
  header: string;
}

export function loadReport(conversation: Conv, reportId: number): Promise<ReportView | null> {
  return conversation.external((octx) => loadView(octx.deps.prisma, reportId));
}

export type SaveOutcome = { kind: "ok"; saved: string[] } | { kind: "locked" };

const pick = (o: Record<string, string>, keys: string[]) =>
  Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]!]));

/**
 * Saves answers as the user saw the draft. When another pengurus changed one of these fields in
 * the meantime, shows the fresh value and lets the user keep it or use their own answer.
 */
export async function saveValues(
  env: Env,
  values: Record<string, string>,
  opts: { quiet?: boolean } = {},
): Promise<SaveOutcome> {
  const { conversation, t, view, me } = env;
  let expectedRev = view.rev;
  let seen: Record<string, string | null> = Object.fromEntries(
    Object.keys(values).map((k) => [k, view.values[k] ?? null]),
  );
  let toSave = values;
  const saved: string[] = [];
  for (let round = 0; round < 3; round++) {
    // the first try writes against the view the question was asked from, without reading again
    const known = round === 0 ? { values: view.values, flagged: view.flagged } : undefined;
    const input = { reportId: view.reportId, actorId: me.id, expectedRev, seen, values: toSave, known };
    const r = await conversation.external((octx) =>
      saveAnswers(octx.deps.prisma, { ...input, at: octx.deps.clock.now() }),
    );
    if (r.kind === "forbidden") {
      await env.ask.reply(t("rep-not-member"));
      return { kind: "locked" };
    }
    if (r.kind === "not_found" || r.kind === "locked") {
      await env.ask.reply(t("rep-locked", { by: (r.kind === "locked" && r.by) || t("rep-someone") }));
      return { kind: "locked" };
    }
    saved.push(...r.saved);
    const shown = savedLine(t, pick(toSave, r.saved));
    if (!opts.quiet && shown) await env.ask.reply(t("rep-saved", { values: shown }));
    if (r.kind === "saved") return { kind: "ok", saved };
    const mine = pick(
      toSave,
      r.conflicts.map((c) => c.key),
    );
    if ((await askConflict(env, r.conflicts, mine)) === "theirs") return { kind: "ok", saved };
    expectedRev = r.rev;
    seen = Object.fromEntries(r.conflicts.map((c) => [c.key, c.current]));
    toSave = mine;
  }
  return { kind: "ok", saved };
}

/** A photo sent before the photo step is kept for the report (nothing sent is lost). */
export async function keepEarlyPhoto(env: Env, input: { fileId: string; caption?: string }): Promise<void> {
  const data = { reportId: env.view.reportId, actorId: env.me.id, fileId: input.fileId, caption: input.caption };
  const r = await env.conversation.external((octx) =>
    addPhoto(octx.deps.prisma, { ...data, at: octx.deps.clock.now() }),
  );
  await env.ask.reply(r.kind === "added" ? env.t("rep-photo-early", { count: r.count }) : env.t("rep-photo-use"));
}

async function askConflict(env: Env, conflicts: Conflict[], mine: Record<string, string>): Promise<"theirs" | "mine"> {
  const { t } = env;
  const by = conflicts.find((c) => c.by)?.by ?? t("rep-someone");
  const lines = conflicts.map((c) =>
    t("rep-conflict-line", {
      label: longLabel(t, c.key),
      current: fmtValue(t, c.key, c.current),
      mine: fmtValue(t, c.key, mine[c.key]),
    }),
  );
  const text = `${t("rep-conflict", { by })}\n${lines.join("\n")}`;
  const kb = new InlineKeyboard()
    .text(t("rep-conflict-theirs"), theirsBtn.pack())
    .row()
    .text(t("rep-conflict-mine"), mineBtn.pack());
  const theirs = theirsBtn.payload();
  const c = await askChoice(env, text, kb, [theirs, mineBtn.payload()], (c) =>
    t(c === theirs ? "rep-conflict-theirs" : "rep-conflict-mine"),
  );
  return c === theirs ? "theirs" : "mine";
}

/** What the report wizard's steps take; a pasted template passes through to the template feature. */
const REPORT_INPUT = { accept: ["text", "photo", "location"] as const, passThrough: isTemplateText };

/** The next input for the prompt `promptId` (the kit's waiter); env.ask.ctx follows the answering update. */
export function nextInput(env: Env, promptId: number | undefined): Promise<Input> {
  return env.ask.input({ promptId, ...REPORT_INPUT });
}

/** A question answered only by one of `choices` (the kit's askButtons); env.ask.ctx follows the answer. */
export function askChoice<C extends string>(
  env: Env,
  text: string,
  kb: InlineKeyboard,
  choices: readonly C[],
  shown: (c: C) => string,
): Promise<C> {
  return env.ask.buttons({
    text,
    keyboard: kb,
    choices,
    shown,
    retryKey: "rep-use-buttons",
    passThrough: isTemplateText,
  });
}
