// Registration feature: the wizard, /daftar, and the ketua/admin decision on join requests.
import { Composer } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import type { Ctx, ConvCtx } from "../../context.ts";
import { registration, REGISTRATION } from "./conversation.ts";
import { joinCb } from "./join-keyboard.ts";
import { decideJoin } from "../../../services/cooperatives.ts";
import { refuse } from "../../middlewares/auth.ts";
import { mainMenu } from "../../keyboards/main-menu.ts";
import { claimDecisionFeature } from "./claim-decision.ts";

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

registrationFeature.callbackQuery(joinCb.filter, async (ctx) => {
  const data = joinCb.unpack(ctx.callbackQuery.data);
  if (!data || !ctx.user) return refuse(ctx, "Membership", { reason: "malformed" });
  const result = await decideJoin(
    ctx.deps.prisma,
    ctx.user,
    Number(data.membershipId),
    data.decision === "a",
    ctx.deps.clock.now(),
  );
  if (result.kind === "not_found" || result.kind === "forbidden")
    return refuse(ctx, "Membership", { membershipId: data.membershipId, reason: result.kind });
  const m = result.membership;
  const person = m.user.fullName ?? "-";
  if (result.kind === "already_decided") {
    await ctx.answerCallbackQuery({
      text: ctx.t("join-already-decided", { person, status: ctx.t(`membership-${m.status}`) }),
      show_alert: true,
    });
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    return;
  }
  await ctx.answerCallbackQuery();
  const decidedBy = ctx.user.fullName ?? ctx.from.first_name;
  await ctx
    .editMessageText(
      ctx.t(result.approved ? "join-approved-by" : "join-rejected-by", { person, coop: m.coop.name, by: decidedBy }),
    )
    .catch(() => undefined);
  await ctx.notifier.send(
    m.user,
    (t) =>
      t(result.approved ? "join-approved-to-requester" : "join-rejected-to-requester", {
        coop: m.coop.name,
        by: decidedBy,
      }),
    result.approved ? mainMenu((k) => ctx.notifier.t(m.user.locale, k)) : undefined,
  );
});
