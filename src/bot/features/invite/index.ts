// Invites: /undang (admins create a code), /kode <code> and the deep link /start <code> (anyone joins
// as BA, PMO or DINAS with a valid code).
import { Composer } from "grammy";
import type { Ctx } from "../../context.ts";
import { hasRole, refuse } from "../../middlewares/auth.ts";
import { startPayloadHandlers } from "../start/index.ts";
import { looksLikeCode } from "../../../services/invites.ts";
import { redeem } from "./redeem.ts";
import { INVITE } from "./wizard.ts";

export { INVITE, inviteWizard } from "./wizard.ts";

export const inviteFeature = new Composer<Ctx>();
const pm = inviteFeature.chatType("private");

pm.command("undang", async (ctx) => {
  if (!hasRole("ADMIN")(ctx)) return refuse(ctx, "Invite", { command: "undang" });
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(INVITE);
});

pm.command("kode", async (ctx) => {
  const arg = ctx.match.trim();
  if (!arg) return ctx.reply(ctx.t("inv-code-how"));
  await redeem(ctx, arg);
});

startPayloadHandlers.push(async (ctx, payload) => {
  if (!looksLikeCode(payload)) return false;
  await redeem(ctx, payload);
  return true;
});
