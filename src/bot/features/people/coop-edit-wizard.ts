// /ubahkoperasi (or "Ubah data koperasi" on a card): what to change → the answer → saved, then
// "what else?" until Selesai. Details (name, AHU, units) for any board member but the pengawas;
// positions, removal and the ketua handover for the ketua (and admins). Everyone affected is told.
import type { Translate } from "../../../lib/translate.ts";
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx, Ctx } from "../../context.ts";
import { type Asker, asker, settle, w } from "../../kit/index.ts";
import type { BusinessUnit, Position } from "../../../generated/prisma/enums.ts";
import { BUSINESS_UNITS } from "../../../services/cooperatives.ts";
import {
  canEditDetails,
  canManageBoard,
  proposeHandover,
  removeMember,
  renameCoop,
  setLegalNumber,
  setPosition,
  setUnits,
} from "../../../services/coop-admin/index.ts";
import { checkAhu, checkName } from "../../../services/coop-admin/validate.ts";
import { coopCard } from "../../../services/people/cards.ts";
import { handoverCb } from "./callback-data.ts";
import { tellUsers } from "./notify.ts";

export const COOP_EDIT = "coop-edit";

const POSITIONS: Position[] = ["WAKIL_USAHA", "WAKIL_ANGGOTA", "SEKRETARIS", "BENDAHARA", "PENGAWAS", "LAINNYA"];
const FIELDS = ["name", "ahu", "units", "position", "remove", "handover", "done"] as const;
type Field = (typeof FIELDS)[number];

async function load(octx: Ctx, coopId: number) {
  const c = await coopCard(octx.deps.prisma, coopId);
  if (!c) return null;
  const u = octx.user!;
  return {
    name: c.name,
    units: c.units,
    board: c.board,
    details: await canEditDetails(octx.deps.prisma, u, coopId),
    manage: await canManageBoard(octx.deps.prisma, u, coopId),
    me: u.id,
    myPosition: c.board.find((m) => m.userId === u.id)?.position ?? null,
  };
}

async function pickUnits(ask: Asker, t: Translate, start: string[]): Promise<string[]> {
  const chosen = new Set(start);
  const text = () => t("edit-units-ask", { chosen: [...chosen].map((u) => t(`unit-${u}`)).join(", ") || "-" });
  const kb = () => {
    const k = new InlineKeyboard();
    BUSINESS_UNITS.forEach((u, i) => {
      k.text(`${chosen.has(u) ? "✅ " : ""}${t(`unit-${u}`)}`, w(`u:${u}`));
      if (i % 2 === 1) k.row();
    });
    return k.row().text(t("edit-done-button"), w("done"));
  };
  let prompt = await ask.reply(text(), { reply_markup: kb() });
  for (;;) {
    const input = await ask.input({ promptId: prompt.message_id });
    if (input.kind !== "button") {
      await ask.reply(t("edit-units-none"));
      prompt = await ask.reply(text(), { reply_markup: kb() });
      continue;
    }
    if (input.data === "done") {
      if (chosen.size === 0) {
        await ask.ctx.answerCallbackQuery({ text: t("edit-units-none") }).catch(() => undefined);
        continue;
      }
      await settle(ask.ctx, text());
      return [...chosen];
    }
    const unit = input.data.slice(2) as BusinessUnit;
    if (!input.data.startsWith("u:") || !BUSINESS_UNITS.includes(unit)) {
      await ask.ctx.answerCallbackQuery({ text: t("error-stale-button") }).catch(() => undefined);
      continue;
    }
    if (chosen.has(unit)) chosen.delete(unit);
    else chosen.add(unit);
    await ask.ctx.answerCallbackQuery().catch(() => undefined);
    await ask.ctx.editMessageText(text(), { reply_markup: kb() }).catch(() => undefined);
  }
}

export async function coopEditWizard(conversation: Conv, ctx: ConvCtx, coopId: number) {
  const t: Translate = ctx.t.bind(ctx);
  const ask = asker(conversation, ctx);
  for (;;) {
    const s = await conversation.external((octx) => load(octx, coopId));
    if (!s || !s.details) {
      await ask.reply(t("edit-forbidden"));
      return;
    }
    const offered = FIELDS.filter((f) => f === "done" || ["name", "ahu", "units"].includes(f) || s.manage);
    const kb = new InlineKeyboard();
    offered.forEach((f, i) => {
      kb.text(t(f === "done" ? "edit-done-button" : `edit-${f}`), w(f));
      if (i % 2 === 1) kb.row();
    });
    const field = await ask.buttons({
      text: t("edit-what", { name: s.name }),
      keyboard: kb,
      choices: offered,
      shown: (f: Field) => t(f === "done" ? "edit-done-button" : `edit-${f}`),
    });
    if (field === "done") return;
    let result: { kind: string; coopName?: string; quiet?: boolean } = { kind: "ok" };
    if (field === "name") {
      const name = await ask.typed({
        text: t("edit-name-ask"),
        parse: (i) => (i.kind === "text" ? checkName(i.text) : { ok: false, error: "edit-name-invalid" }),
      });
      result = await conversation.external((octx) => renameCoop(octx.deps.prisma, octx.user!, coopId, name));
    } else if (field === "ahu") {
      const a = await ask.field({
        text: t("edit-ahu-ask"),
        keyboard: new InlineKeyboard().text(t("edit-ahu-none"), w("none")),
        choices: ["none"] as const,
        shown: () => t("edit-ahu-none"),
        parse: (i) => (i.kind === "text" ? checkAhu(i.text) : { ok: false, error: "edit-ahu-invalid" }),
      });
      const ahu = a.kind === "value" ? a.value : null;
      result = await conversation.external((octx) => setLegalNumber(octx.deps.prisma, octx.user!, coopId, ahu));
      if (result.kind === "taken") {
        await ask.reply(t("edit-ahu-taken", { name: result.coopName ?? "-" }));
        continue;
      }
    } else if (field === "units") {
      const units = await pickUnits(ask, t, s.units);
      result = await conversation.external((octx) =>
        setUnits(octx.deps.prisma, octx.user!, coopId, units as BusinessUnit[]),
      );
    } else {
      const others = s.board.filter((m) => m.userId !== s.me && m.position !== "KETUA");
      if (others.length === 0) {
        await ask.reply(t("edit-no-members"));
        continue;
      }
      const who = await ask.pick({
        title: () => t("edit-member-pick"),
        items: others.map((m) => ({
          code: String(m.membershipId),
          label: `${m.name} — ${t(`position-${m.position}`)}`,
        })),
        columns: 1,
      });
      if (who.kind !== "picked") continue;
      const member = others.find((m) => String(m.membershipId) === who.code);
      if (!member) continue;
      result = await changeMember(ask, t, field, member, s, coopId);
    }
    if (result.quiet) continue;
    const key =
      result.kind === "ok" ? "edit-saved" : result.kind === "forbidden" ? "edit-forbidden" : "error-stale-button";
    await ask.reply(t(key));
  }
}

type Member = { membershipId: number; userId: number; name: string; position: string };

async function changeMember(
  ask: Asker,
  t: Translate,
  action: "position" | "remove" | "handover",
  m: Member,
  s: { name: string; myPosition: string | null },
  coopId: number,
): Promise<{ kind: string; quiet?: boolean }> {
  const { conversation } = ask;
  if (action === "position") {
    const kb = new InlineKeyboard();
    POSITIONS.forEach((p, i) => {
      kb.text(t(`position-${p}`), w(p));
      if (i % 2 === 1) kb.row();
    });
    const p = await ask.buttons({
      text: t("edit-position-ask", { name: m.name }),
      keyboard: kb,
      choices: POSITIONS,
      shown: (x) => t(`position-${x}`),
    });
    const r = await conversation.external(async (octx) => {
      const res = await setPosition(octx.deps.prisma, octx.user!, m.membershipId, p);
      if (res.kind === "ok")
        await tellUsers(octx, [m.userId], `pos:${m.membershipId}:${octx.deps.clock.now().getTime()}`, (tt) =>
          tt("edit-notice-position", { coop: s.name, position: tt(`position-${p}`) }),
        );
      return { kind: res.kind };
    });
    return r;
  }
  const confirmText =
    action === "remove"
      ? t("edit-remove-confirm", { name: m.name, coop: s.name })
      : t("edit-handover-confirm", { name: m.name, coop: s.name, position: t(`position-${m.position}`) });
  const ok = await ask.buttons({
    text: confirmText,
    keyboard: new InlineKeyboard().text(t("edit-yes"), w("y")).text(t("edit-no"), w("n")),
    choices: ["y", "n"] as const,
    shown: (x) => t(x === "y" ? "edit-yes" : "edit-no"),
  });
  if (ok === "n") return { kind: "cancelled" };
  const r = await conversation.external(async (octx) => {
    const now = octx.deps.clock.now();
    if (action === "remove") {
      const res = await removeMember(octx.deps.prisma, octx.user!, m.membershipId, now);
      if (res.kind === "ok")
        await tellUsers(octx, [m.userId], `rm:${m.membershipId}:${now.getTime()}`, (tt) =>
          tt("edit-notice-removed", { coop: s.name }),
        );
      return { kind: res.kind };
    }
    const res = await proposeHandover(octx.deps.prisma, octx.user!, coopId, m.membershipId, now);
    if (res.kind !== "ok") return { kind: res.kind };
    const from = octx.user!.fullName ?? octx.user!.tgFirstName ?? "-";
    await tellUsers(
      octx,
      [res.toUserId],
      `ho:${res.handoverId}`,
      (tt) => tt("handover-ask", { from, coop: s.name }),
      (tt) => ({
        inline_keyboard: [
          [
            { text: tt("handover-yes"), callback_data: handoverCb.pack(res.handoverId, "y") },
            { text: tt("handover-no"), callback_data: handoverCb.pack(res.handoverId, "n") },
          ],
        ],
      }),
    );
    return { kind: "sent" };
  });
  if (r.kind === "sent") {
    await ask.reply(t("edit-handover-sent", { name: m.name }));
    return { kind: "ok", quiet: true };
  }
  return r;
}
