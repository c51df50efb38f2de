// /start: new people go into the registration wizard (consent first); registered pengurus get
// their menu; staff (BA, PMO, Dinas, admin) get a short welcome with their role.
import { Composer } from "grammy";
import type { Ctx } from "../../context.ts";
import { enterRegistration } from "../registration/index.ts";
import { mainMenu } from "../../keyboards/main-menu.ts";
import { hasConsent } from "../../middlewares/auth.ts";
import { countMemberships } from "../../../services/memberships.ts";

/** A deep-link payload handler (e.g. an invite code): true when it took the payload. */
export type StartPayloadHandler = (ctx: Ctx, payload: string) => Promise<boolean>;

/** /start; `payloadHandlers` are tried in order on a deep-link payload, the first match wins. */
export function startFeature(payloadHandlers: readonly StartPayloadHandler[]) {
  const feature = new Composer<Ctx>();
  feature.chatType("private").command("start", (ctx) => onStart(ctx, payloadHandlers));
  return feature;
}

/** The stored full name, else the Telegram first name (an admin who never registered), never empty. */
function greetingName(ctx: Ctx & { from: NonNullable<Ctx["from"]> }, user: NonNullable<Ctx["user"]>) {
  const known = [user.fullName, user.tgFirstName, ctx.from.first_name].map((s) => s?.trim()).find(Boolean);
  return known ?? ctx.t("name-unknown");
}

async function onStart(
  ctx: Ctx & { match: string; from: NonNullable<Ctx["from"]> },
  payloadHandlers: readonly StartPayloadHandler[],
) {
  const payload = ctx.match.trim();
  if (payload) {
    for (const handle of payloadHandlers) if (await handle(ctx, payload)) return;
  }
  const user = ctx.user!;
  const name = greetingName(ctx, user);
  if (user.role !== "PENGURUS") {
    await ctx.reply(ctx.t("start-staff", { name, role: ctx.t(`role-${user.role}`) }), {
      reply_markup: mainMenu(ctx.t.bind(ctx), user.role),
    });
    return;
  }
  const memberships = hasConsent(ctx) ? await countMemberships(ctx.deps.prisma, user.id, ["ACTIVE", "PENDING"]) : 0;
  if (memberships > 0) {
    await ctx.reply(ctx.t("start-welcome-back", { name }), { reply_markup: mainMenu(ctx.t.bind(ctx)) });
    return;
  }
  await ctx.reply(ctx.t("reg-welcome", { name: ctx.from.first_name }));
  await enterRegistration(ctx);
}
