// The verifier's answer on a claim card (Terima / Tolak): the coop's BA, its kab/kota PMO or an
// admin; anyone else, or forged data, is refused and audited. The claimant is told either way.
import { Composer } from "grammy";
import type { Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { decideClaim } from "../../../services/roster-claims.ts";
import { personName } from "../../../services/roles.ts";
import { mainMenu } from "../../keyboards/main-menu.ts";
import { claimCb } from "./claim-keyboard.ts";

export const claimDecisionFeature = new Composer<Ctx>();

claimDecisionFeature.callbackQuery(claimCb.filter, async (ctx) => {
  const data = claimCb.unpack(ctx.callbackQuery.data);
  if (!data || !ctx.user) return refuse(ctx, "Membership", { reason: "malformed" });
  const approve = data.decision === "a";
  const r = await decideClaim(ctx.deps.prisma, ctx.user, Number(data.membershipId), approve, ctx.deps.clock.now());
  if (r.kind === "not_found" || r.kind === "forbidden")
    return refuse(ctx, "Membership", { membershipId: data.membershipId, reason: r.kind, claim: true });
  const m = r.membership;
  const person = personName(m.user);
  if (r.kind === "already_decided") {
    await ctx.answerCallbackQuery({
      text: ctx.t("claim-already-decided", { person, status: ctx.t(`membership-${m.status}`) }),
      show_alert: true,
    });
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    return;
  }
  await ctx.answerCallbackQuery();
  const by = personName(ctx.user);
  await ctx
    .editMessageText(ctx.t(approve ? "claim-accepted-by" : "claim-rejected-by", { person, coop: m.coop.name, by }))
    .catch(() => undefined);
  await ctx.notifier.send(
    m.user,
    (t) => t(approve ? "claim-accepted-to-claimant" : "claim-rejected-to-claimant", { coop: m.coop.name, by }),
    approve ? mainMenu((k) => ctx.notifier.t(m.user.locale, k)) : undefined,
  );
});
