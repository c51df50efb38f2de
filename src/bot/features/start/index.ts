// /start: new people go into the registration wizard (consent first); registered pengurus get
// their menu; staff (BA, PMO, Dinas, admin) get a short welcome with their role.
import { Composer } from "grammy";
import type { Ctx } from "../../context.ts";
import { enterRegistration } from "../registration/index.ts";
import { mainMenu } from "../../keyboards/main-menu.ts";
import { hasConsent } from "../../middlewares/auth.ts";

export const startFeature = new Composer<Ctx>();

/** Deep-link payload handlers (e.g. invite codes) register here; first match wins. */
export const startPayloadHandlers: Array<(ctx: Ctx, payload: string) => Promise<boolean>> = [];

startFeature.chatType("private").command("start", async (ctx) => {
  const payload = typeof ctx.match === "string" ? ctx.match.trim() : "";
  if (payload) {
    for (const handle of startPayloadHandlers) if (await handle(ctx, payload)) return;
  }
  const user = ctx.user!;
  const name = user.fullName ?? user.tgFirstName ?? "";
  if (user.role !== "PENGURUS") {
    await ctx.reply(ctx.t("start-staff", { name, role: ctx.t(`role-${user.role}`) }), { reply_markup: mainMenu(ctx.t.bind(ctx), user.role) });
    return;
  }
  const memberships = hasConsent(ctx) ? await ctx.deps.prisma.membership.count({ where: { userId: user.id, status: { in: ["ACTIVE", "PENDING"] } } }) : 0;
  if (memberships > 0) {
    await ctx.reply(ctx.t("start-welcome-back", { name }), { reply_markup: mainMenu(ctx.t.bind(ctx)) });
    return;
  }
  await ctx.reply(ctx.t("reg-welcome", { name: ctx.from.first_name }));
  await enterRegistration(ctx);
});
