// Help requests: "🆘 Minta bantuan" and /mintabantuan (the wizard), /permintaan, the buttons on
// cards and relayed messages, and the relay of ordinary messages (mounted late: see relay.ts).
import { Composer } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import type { ConvCtx, Ctx } from "../../context.ts";
import { hasConsent } from "../../middlewares/auth.ts";
import { STAFF_ROLES } from "../../../services/roles.ts";
import { HELP_REQUEST, helpWizard } from "./wizard.ts";
import { helpCb, pickCb, rateCb, reassignCb } from "./callback-data.ts";
import { onHelpButton, onPickButton, onRateButton, onReassignButton } from "./actions.ts";
import { listCommand } from "./list.ts";
import { relayMessage } from "./relay.ts";
import { openMemberships } from "../../../services/memberships.ts";

export const helpRequestConversations = (i18n: I18n<ConvCtx>) =>
  createConversation<Ctx, ConvCtx>(helpWizard, { id: HELP_REQUEST, plugins: [i18n] });

export const helpRequestFeature = new Composer<Ctx>();
const pm = helpRequestFeature.chatType("private");

async function startHelp(ctx: Ctx) {
  const user = ctx.user!;
  if (!hasConsent(ctx) && !STAFF_ROLES.includes(user.role)) return ctx.reply(ctx.t("error-need-consent"));
  const ms = await openMemberships(ctx.deps.prisma, user.id);
  const active = ms.filter((m) => m.status === "ACTIVE");
  if (active.length === 0) {
    if (ms.length > 0) return ctx.reply(ctx.t("help-need-approval", { coop: ms[0]!.coop.name }));
    return ctx.reply(ctx.t(STAFF_ROLES.includes(user.role) ? "help-staff-hint" : "help-need-membership"));
  }
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(
    HELP_REQUEST,
    active.map((m) => ({ id: m.coop.id, name: m.coop.name })),
  );
}

pm.command("mintabantuan", startHelp);
pm.hears(/^🆘 /, startHelp);
pm.command("permintaan", listCommand);
pm.hears(/^📬 /, listCommand);
helpRequestFeature.callbackQuery(helpCb.filter, onHelpButton);
helpRequestFeature.callbackQuery(reassignCb.filter, onReassignButton);
helpRequestFeature.callbackQuery(rateCb.filter, onRateButton);
helpRequestFeature.callbackQuery(pickCb.filter, onPickButton);

/** Ordinary messages that belong to a help request. Mount just before "unhandled". */
export const helpRelayFeature = new Composer<Ctx>();
helpRelayFeature.on("message", relayMessage);

/** for other features (a roster file sent in a help thread is relayed, not imported) */
export { inHelpThread } from "./relay.ts";
