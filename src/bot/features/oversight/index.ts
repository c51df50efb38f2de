// Oversight for BA, PMO and admins: the head of /koperasiku (review queue first), the staff menu's
// "📥 Perlu diperiksa", and every "ov:" button. Each press re-checks role and scope server-side;
// forged or foreign data is refused (answered and audited).
import { Composer } from "grammy";
import type { Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { isOverseer, oversees } from "../../../services/oversight/scope.ts";
import { ASSIGNMENT } from "../assignment/wizard.ts";
import { enterVisit } from "../visits/index.ts";
import { showBaVisits, showCoopHistory, showVisitsPerBa } from "../visits/history.ts";
import { ovCb } from "./callbacks-data.ts";
import { showOversightHead } from "./dashboard.ts";
import { openForReview, showQueuePage } from "./queue-view.ts";
import { nudgeAll, nudgeOne, periodAllowed, showNotReported } from "./not-reported-view.ts";
import { showStale, showUnassigned } from "./lists-view.ts";

export { showOversightHead } from "./dashboard.ts";

export const oversightFeature = new Composer<Ctx>();

oversightFeature.chatType("private").hears(/^📥 /, async (ctx) => {
  if (!(await showOversightHead(ctx))) await ctx.reply(ctx.t("ov-not-staff"));
});

oversightFeature.callbackQuery(ovCb.filter, async (ctx) => {
  const d = ovCb.unpack(ctx.callbackQuery.data);
  const user = ctx.user;
  if (!d || !isOverseer(user)) return refuse(ctx, "Oversight", { reason: d ? "role" : "malformed" });
  const u = ctx.user!;
  const a = Number(d.a);
  const page = /^\d{1,4}$/.test(d.b) ? Number(d.b) : 0;
  const { prisma, clock } = ctx.deps;
  const supervisor = u.role === "PMO" || u.role === "ADMIN";
  // per-coop lists over a whole province or country are for recaps: BA and PMO only
  if ("nIifv".includes(d.kind) && u.role === "ADMIN") return refuse(ctx, "Oversight", { reason: "admin_lists" });
  switch (d.kind) {
    case "o":
      return openForReview(ctx, u, a);
    case "q":
      await ctx.answerCallbackQuery();
      return showQueuePage(ctx, u, a);
    case "n":
      if (!periodAllowed(u, d.b, clock.now())) return refuse(ctx, "Oversight", { reason: "period" });
      await ctx.answerCallbackQuery();
      return showNotReported(ctx, u, d.b, a);
    case "i": {
      if (!periodAllowed(u, d.b, clock.now())) return refuse(ctx, "Oversight", { reason: "period" });
      const r = await nudgeOne(ctx, u, a, d.b);
      if (r.kind === "forbidden" || r.kind === "not_found")
        return refuse(ctx, "Cooperative", { id: a, reason: r.kind });
      return;
    }
    case "I":
      if (!periodAllowed(u, d.b, clock.now())) return refuse(ctx, "Oversight", { reason: "period" });
      return nudgeAll(ctx, u, d.b);
    case "f":
      await ctx.answerCallbackQuery();
      return showStale(ctx, u, a);
    case "h": {
      const coop = await prisma.cooperative.findUnique({ where: { id: a } });
      if (!coop || !oversees(u, coop))
        return refuse(ctx, "Cooperative", { id: a, reason: coop ? "out_of_scope" : "not_found" });
      await ctx.answerCallbackQuery();
      return showCoopHistory(ctx, coop, page, u.role !== "BA");
    }
    case "V": {
      const ba = await prisma.user.findUnique({ where: { id: a } });
      const ok =
        !!ba &&
        ba.role === "BA" &&
        (ba.id === u.id || u.role === "ADMIN" || (u.role === "PMO" && ba.regencyCode === u.regencyCode));
      if (!ok) return refuse(ctx, "User", { id: a, reason: "out_of_scope" });
      await ctx.answerCallbackQuery();
      return showBaVisits(ctx, ba, page);
    }
    case "k": {
      if (u.role !== "BA") return refuse(ctx, "Visit", { reason: "role" });
      const coop = a ? await prisma.cooperative.findUnique({ where: { id: a } }) : null;
      if (a && (!coop || coop.assignedBaId !== u.id))
        return refuse(ctx, "Cooperative", { id: a, reason: "out_of_scope" });
      await ctx.answerCallbackQuery();
      return enterVisit(ctx, a || undefined);
    }
    case "v":
    case "u":
    case "t":
      if (!supervisor) return refuse(ctx, "Oversight", { reason: "role" });
      await ctx.answerCallbackQuery();
      if (d.kind === "v") return showVisitsPerBa(ctx, u, a);
      if (d.kind === "u") return showUnassigned(ctx, u, a);
      await ctx.conversation.exitAll();
      return ctx.conversation.enter(ASSIGNMENT);
  }
});
