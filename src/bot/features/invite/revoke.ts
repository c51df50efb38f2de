// Revoking an invite code: "🚫 Batalkan kode" on the invite card asks once ("Ya, batalkan" /
// "Tidak"), then the code stops working (people who already joined keep their role). Admins and
// the code's maker only; anything else, and forged or stale data, is refused and audited.
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { callbackData, ID } from "../../callback-data.ts";
import { refuse } from "../../middlewares/auth.ts";
import { formatCode, revokableInvite, revokeInvite, type RevokeResult } from "../../../services/invites.ts";

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
