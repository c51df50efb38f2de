// Joining as staff with a checked code, for someone whose consent is missing (or for an older
// text) and/or who has no full name: the pengurus consent (Setuju / Tidak setuju / Baca
// selengkapnya), then the full name (registration's parser), and only then the code is used.
// "Tidak setuju" uses nothing. The state is in the DB like every wizard's: a restart resumes here.
import type { Conv, ConvCtx } from "../../context.ts";
import { type Asker, askConsent, asker, parseFullName } from "../../kit/index.ts";
import { hasCurrentConsent, recordConsent } from "../../../services/users.ts";
import { formatCode } from "../../../services/invites.ts";
import { applyRoleMenu, storeMenuVersion } from "../../menu-sync.ts";
import { claimInvite } from "./claim.ts";

export const INVITE_JOIN = "invite-join";

/** What the wizard is entered with (JSON-safe): the normalized code, its role and area name. */
export interface JoinArgs {
  code: string;
  role: string;
  area: string;
}

/** Asks consent (recorded when given); true when given. */
async function consentGiven(ask: Asker, header: string, userId: number): Promise<boolean> {
  if (!(await askConsent(ask, (body) => `${header}\n${body}`))) return false;
  await ask.conversation.external((octx) => recordConsent(octx.deps.prisma, userId, octx.deps.clock.now()));
  return true;
}

export async function inviteJoin(conversation: Conv, ctx: ConvCtx, args: JoinArgs) {
  const ask = asker(conversation, ctx);
  const t = ctx.t.bind(ctx);
  const me = await conversation.external((octx) => {
    const u = octx.user!;
    return { id: u.id, consent: hasCurrentConsent(u), named: !!u.fullName && !u.deletedAt };
  });
  const code = formatCode(args.code);
  const role = t(`role-${args.role}`);
  const total = (me.consent ? 0 : 1) + (me.named ? 0 : 1);
  const needs = total === 2 ? "both" : me.consent ? "name" : "consent";
  await ask.reply(t("inv-join-intro", { code, role, area: args.area, needs }));
  let step = 0;
  const header = () => t("step-header", { step: ++step, total });
  if (!me.consent) {
    const agreed = await consentGiven(ask, header(), me.id);
    if (!agreed) {
      await ask.reply(t("inv-consent-declined", { code, role }));
      return;
    }
  }
  const fullName = me.named
    ? undefined
    : await ask.typed({ text: `${header()}\n${t("reg-name-ask")}`, parse: parseFullName });
  await ask.ctx.replyWithChatAction("typing").catch(() => undefined);
  const outcome = await conversation.external((octx) => claimInvite(octx, args.code, fullName));
  await ask.reply(outcome.text);
  const chat = ask.ctx.chat;
  if (outcome.kind === "ok" && chat && (await applyRoleMenu(ask.ctx.api, chat.id, outcome.menu)))
    await conversation.external((octx) => storeMenuVersion(octx.deps.prisma, outcome.userId, outcome.menu.version));
}
