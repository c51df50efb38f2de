// Registration feature: the wizard, /daftar, and the ketua/admin decision on join requests.
import { Composer } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import type { Ctx, ConvCtx } from "../../context.ts";
import { registration, REGISTRATION } from "./conversation.ts";
import { joinCb } from "./join-keyboard.ts";
import { decideJoin } from "../../../services/cooperatives.ts";
import { claimDecisionFeature } from "./claim-decision.ts";
import { decisionFeature } from "./decision.ts";

// used by other features (the /koperasi screen)
export { startRegistrationKeyboard } from "./conversation.ts";

export function registrationConversations(i18n: I18n<ConvCtx>) {
  const c = new Composer<Ctx>();
  c.use(createConversation<Ctx, ConvCtx>(registration, { id: REGISTRATION, plugins: [i18n] }));
  return c;
}

export async function enterRegistration(ctx: Ctx) {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(REGISTRATION);
}

export const registrationFeature = new Composer<Ctx>();
const pm = registrationFeature.chatType("private");

pm.command("daftar", enterRegistration);
pm.callbackQuery("reg:start", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await enterRegistration(ctx);
});

registrationFeature.use(claimDecisionFeature);

/** The ketua's (or an admin's) Setujui / Tolak on a join request. */
registrationFeature.use(
  decisionFeature({
    cb: joinCb,
    decide: (ctx, decider, membershipId, approve) =>
      decideJoin(ctx.deps.prisma, decider, membershipId, approve, ctx.deps.clock.now()),
    names: (ctx, decider, m) => ({ person: m.user.fullName ?? "-", by: decider.fullName ?? ctx.from.first_name }),
    keys: {
      alreadyDecided: "join-already-decided",
      acceptedBy: "join-approved-by",
      rejectedBy: "join-rejected-by",
      acceptedTo: "join-approved-to-requester",
      rejectedTo: "join-rejected-to-requester",
    },
  }),
);
