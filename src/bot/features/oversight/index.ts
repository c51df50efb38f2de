// Oversight for BA, PMO and admins: the head of /koperasiku (review queue first), the staff menu's
// "📥 Perlu diperiksa", and every "ov:" button (screens.ts, one handler per named screen). Each press
// re-checks role and scope server-side; forged or foreign data is refused (answered and audited).
import { Composer } from "grammy";
import type { Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { isOverseer } from "../../../services/oversight/scope.ts";
import { ovFilter, unpackOv } from "../../../messages/oversight-callbacks.ts";
import { showOversightHead } from "./dashboard.ts";
import { openScreen } from "./screens.ts";

export { showOversightHead } from "./dashboard.ts";

export const oversightFeature = new Composer<Ctx>();

oversightFeature.chatType("private").hears(/^📥 /, async (ctx) => {
  if (!(await showOversightHead(ctx))) await ctx.reply(ctx.t("ov-not-staff"));
});

oversightFeature.callbackQuery(ovFilter, async (ctx) => {
  const d = unpackOv(ctx.callbackQuery.data);
  const user = ctx.user;
  if (!d || !isOverseer(user)) return refuse(ctx, "Oversight", { reason: d ? "role" : "malformed" });
  return openScreen(ctx, user, d);
});
