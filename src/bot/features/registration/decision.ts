// Terima / Tolak on a PENDING membership: a join request (decided by the coop's ketua or an admin)
// or a roster claim (by its verifiers). The buttons, and the answer: anyone not allowed, or forged
// data, is refused and audited; a second press finds it decided; the decider's card shows the
// outcome and the person who asked is told (with the main menu when accepted).
import { type CallbackQueryContext, Composer, InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { callbackData, ID } from "../../callback-data.ts";
import { refuse } from "../../middlewares/auth.ts";
import { mainMenu } from "../../keyboards/main-menu.ts";
import type { MembershipWithCoop } from "../../../services/memberships.ts";
import type { User } from "../../../generated/prisma/client.ts";

/** The decision buttons of one kind: "<prefix>:<a|r>:<membershipId>". */
export function decisionButtons(prefix: string, labels: { accept: string; reject: string }) {
  const cb = callbackData(prefix, ["decision", "membershipId"] as const, { decision: /^[ar]$/, membershipId: ID });
  const keyboard = (t: (k: string) => string, membershipId: number) =>
    new InlineKeyboard()
      .text(t(labels.accept), cb.pack("a", membershipId))
      .text(t(labels.reject), cb.pack("r", membershipId));
  return { cb, keyboard };
}

type Decided =
  | { kind: "decided" | "already_decided"; membership: MembershipWithCoop }
  | { kind: "not_found" }
  | { kind: "forbidden" };

type Press = CallbackQueryContext<Ctx>;

export interface DecisionFlow {
  cb: ReturnType<typeof decisionButtons>["cb"];
  decide: (ctx: Press, decider: User, membershipId: number, approve: boolean) => Promise<Decided>;
  /** added to the audit of a refused press */
  refusal?: Record<string, unknown>;
  /** how the card names the person who asked and the decider */
  names: (ctx: Press, decider: User, m: MembershipWithCoop) => { person: string; by: string };
  keys: { alreadyDecided: string; acceptedBy: string; rejectedBy: string; acceptedTo: string; rejectedTo: string };
}

export function decisionFeature(flow: DecisionFlow): Composer<Ctx> {
  const feature = new Composer<Ctx>();
  feature.callbackQuery(flow.cb.filter, async (ctx) => {
    const data = flow.cb.unpack(ctx.callbackQuery.data);
    const decider = ctx.user;
    if (!data || !decider) return refuse(ctx, "Membership", { reason: "malformed" });
    const approve = data.decision === "a";
    const r = await flow.decide(ctx, decider, Number(data.membershipId), approve);
    if (r.kind === "not_found" || r.kind === "forbidden")
      return refuse(ctx, "Membership", { membershipId: data.membershipId, reason: r.kind, ...flow.refusal });
    const m = r.membership;
    const { person, by } = flow.names(ctx, decider, m);
    if (r.kind === "already_decided") {
      await ctx.answerCallbackQuery({
        text: ctx.t(flow.keys.alreadyDecided, { person, status: ctx.t(`membership-${m.status}`) }),
        show_alert: true,
      });
      await ctx.editMessageReplyMarkup().catch(() => undefined);
      return;
    }
    await ctx.answerCallbackQuery();
    const { keys } = flow;
    await ctx
      .editMessageText(ctx.t(approve ? keys.acceptedBy : keys.rejectedBy, { person, coop: m.coop.name, by }))
      .catch(() => undefined);
    await ctx.notifier.send(
      m.user,
      (t) => t(approve ? keys.acceptedTo : keys.rejectedTo, { coop: m.coop.name, by }),
      approve ? mainMenu((k) => ctx.notifier.t(m.user.locale, k)) : undefined,
    );
  });
  return feature;
}
