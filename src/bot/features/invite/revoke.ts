// Revoking an invite code: "🚫 Batalkan kode" on the invite card, or a code's button in
// "/undang daftar" (the codes still valid), asks once ("Ya, batalkan" / "Tidak"), then the code
// stops working (people who already joined keep their role). Admins and the code's maker only;
// anything else, and forged or stale data, is refused and audited.
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { callbackData, ID } from "../../callback-data.ts";
import { refuse } from "../../middlewares/auth.ts";
import {
  activeInvites,
  formatCode,
  revokableInvite,
  revokeInvite,
  type RevokeResult,
} from "../../../services/invites.ts";
import { localeOf } from "../../../i18n.ts";
import { formatDateId } from "../../../lib/dates.ts";
import { timezoneOfCode } from "../../../services/wilayah/index.ts";
import { areaName } from "./claim.ts";

/** How many codes "/undang daftar" shows (newest first), within 600 characters. */
const LIST_MAX = 5;

/** a = ask, y = yes revoke, n = keep it */
export const revokeCb = callbackData("ivr", ["action", "id"] as const, { action: /^[ayn]$/, id: ID });

export const revokeKeyboard = (t: (key: string) => string, inviteId: number) =>
  new InlineKeyboard().text(t("inv-btn-revoke"), revokeCb.pack("a", inviteId));

async function inactive(ctx: Ctx, r: Extract<RevokeResult, { kind: "inactive" }>) {
  await ctx.answerCallbackQuery({
    text: ctx.t(`inv-revoke-inactive-${r.why}`, { code: formatCode(r.invite.code) }),
    show_alert: true,
  });
  await ctx.editMessageReplyMarkup().catch(() => undefined);
}

export async function onRevokeButton(ctx: Ctx) {
  const d = revokeCb.unpack(ctx.callbackQuery?.data);
  if (!d || !ctx.user) return refuse(ctx, "Invite", { reason: "malformed" });
  const id = Number(d.id);
  const { prisma, clock } = ctx.deps;
  if (d.action === "n") {
    await ctx.answerCallbackQuery();
    const found = await prisma.invite.findUnique({ where: { id } });
    const text = found ? ctx.t("inv-revoke-kept", { code: formatCode(found.code) }) : undefined;
    if (text) await ctx.editMessageText(text).catch(() => undefined);
    return;
  }
  const r =
    d.action === "a"
      ? await revokableInvite(prisma, ctx.user, id, clock.now())
      : await revokeInvite(prisma, ctx.user, id, clock.now());
  if (r.kind === "not_found" || r.kind === "forbidden") return refuse(ctx, "Invite", { id, reason: r.kind });
  if (r.kind === "inactive") return inactive(ctx, r);
  const code = formatCode(r.invite.code);
  await ctx.answerCallbackQuery();
  if (r.kind === "active") {
    const kb = new InlineKeyboard()
      .text(ctx.t("inv-revoke-yes"), revokeCb.pack("y", id))
      .text(ctx.t("inv-revoke-no"), revokeCb.pack("n", id));
    await ctx.reply(ctx.t("inv-revoke-ask", { code, uses: r.invite.uses, max: r.invite.maxUses }), {
      reply_markup: kb,
    });
    return;
  }
  await ctx.editMessageText(ctx.t("inv-revoked", { code, uses: r.invite.uses })).catch(() => undefined);
}

/** "/undang daftar": the codes that can still be used, each with its revoke button. */
export async function listInvites(ctx: Ctx) {
  const t = ctx.t.bind(ctx);
  const rows = await activeInvites(ctx.deps.prisma, ctx.deps.clock.now(), LIST_MAX);
  if (rows.length === 0) return ctx.reply(t("inv-list-empty"));
  const kb = new InlineKeyboard();
  const lines = rows.map((i) => {
    kb.text(t("inv-list-revoke", { code: formatCode(i.code) }), revokeCb.pack("a", i.id)).row();
    const tz = timezoneOfCode(i.regencyCode ?? i.provinceCode ?? "") ?? "Asia/Jakarta";
    return t("inv-list-line", {
      code: formatCode(i.code),
      role: t(`role-${i.role}`),
      area: areaName(i),
      uses: i.uses,
      max: i.maxUses,
      until: formatDateId(i.expiresAt, tz, localeOf(t)),
    });
  });
  return ctx.reply([t("inv-list-head", { count: rows.length }), ...lines].join("\n"), { reply_markup: kb });
}
