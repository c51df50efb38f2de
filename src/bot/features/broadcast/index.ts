// /siaran (broadcasts): the wizard's conversation, the commands (/siaran, /siaran_batal,
// /siaran_status) and the buttons (a recipient's "Diterima ✔", "Hentikan #id").
import { Composer } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import type { Ctx, ConvCtx } from "../../context.ts";
import { canBroadcast } from "../../../services/broadcasts/index.ts";
import { BROADCAST, broadcastWizard } from "./wizard.ts";
import { ackFeature } from "./ack.ts";
import { manageFeature } from "./manage.ts";

export { BROADCAST } from "./wizard.ts";
export { ackCb } from "./ack.ts";

export function broadcastConversations(i18n: I18n<ConvCtx>) {
  return new Composer<Ctx>().use(createConversation<Ctx, ConvCtx>(broadcastWizard, { id: BROADCAST, plugins: [i18n] }));
}

export const broadcastFeature = new Composer<Ctx>();

broadcastFeature.chatType("private").command("siaran", async (ctx) => {
  const u = ctx.user;
  if (!u || !canBroadcast(u)) return ctx.reply(ctx.t("bc-not-allowed"));
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(BROADCAST);
});
broadcastFeature.use(manageFeature, ackFeature);
