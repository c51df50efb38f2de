// Invites: /undang (admins create a code; "/undang daftar" lists the valid ones to revoke), /kode <code> and the deep link /start <code> (anyone joins
// as BA, PMO or DINAS with a valid code; the join wizard asks consent and the full name first when
// they are missing).
import { Composer } from "grammy";
import type { ConvCtx, Ctx } from "../../context.ts";
import { hasRole, refuse } from "../../middlewares/auth.ts";
import { createConversation } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import type { StartPayloadHandler } from "../start/index.ts";
import { looksLikeCode } from "../../../services/invites.ts";
import { redeem } from "./redeem.ts";
import { INVITE, inviteWizard } from "./wizard.ts";
import { INVITE_JOIN, inviteJoin } from "./join.ts";
import { listInvites, onRevokeButton, revokeCb } from "./revoke.ts";

export const inviteConversations = (i18n: I18n<ConvCtx>) =>
  createConversation<Ctx, ConvCtx>(inviteWizard, { id: INVITE, plugins: [i18n] });
export const inviteJoinConversations = (i18n: I18n<ConvCtx>) =>
  createConversation<Ctx, ConvCtx>(inviteJoin, { id: INVITE_JOIN, plugins: [i18n] });

export const inviteFeature = new Composer<Ctx>();
const pm = inviteFeature.chatType("private");

pm.command("undang", async (ctx) => {
  if (!hasRole("ADMIN")(ctx)) return refuse(ctx, "Invite", { command: "undang" });
  if (/^daftar$/i.test(ctx.match.trim())) return listInvites(ctx);
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(INVITE);
});

pm.command("kode", async (ctx) => {
  const arg = ctx.match.trim();
  if (!arg) return ctx.reply(ctx.t("inv-code-how"));
  await redeem(ctx, arg);
});

pm.callbackQuery(revokeCb.filter, onRevokeButton);

/** /start <code>: the deep link of an invite. */
export const inviteDeepLink: StartPayloadHandler = async (ctx, payload) => {
  if (!looksLikeCode(payload)) return false;
  await redeem(ctx, payload);
  return true;
};

/** for other features (the registration staff match names the rostered area the same way) */
export { areaName } from "./claim.ts";
