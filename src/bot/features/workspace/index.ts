// /koperasiku: the BA's coops (report status, open requests, details per coop); PMO, DINAS and
// admins get their summary (BAs' load, overdue requests). Buttons check scope on every press.
import { Composer } from "grammy";
import type { Ctx } from "../../context.ts";
import type { User } from "../../../generated/prisma/client.ts";
import { refuse } from "../../middlewares/auth.ts";
import { canSeeCoop, effectiveRole } from "../../../services/roles.ts";
import { wsCb, wsGapCb, wsPageCb } from "./callback-data.ts";
import { showGap } from "./gap-view.ts";
import { gapNudgeCb, nudgeGapBas } from "./gap-nudge.ts";
import { showBaCoops, showCoop } from "./ba-view.ts";
import { showSupervisor } from "./supervisor-view.ts";
import { userById } from "../../../services/users.ts";
import { coopById } from "../../../services/cooperatives.ts";
import { showOversightHead } from "../oversight/index.ts";

export const workspaceFeature = new Composer<Ctx>();

async function openWorkspace(ctx: Ctx) {
  const u = ctx.user!;
  if (u.role === "PENGURUS") return ctx.reply(ctx.t("ws-not-staff"));
  await showOversightHead(ctx); // review queue first (BA, PMO, admin)
  const role = effectiveRole(u); // none after /hapusdata
  if (role === "BA") {
    await showBaCoops(ctx, u);
    return showGap(ctx, u, 0);
  }
  if (role === "PMO" || role === "DINAS" || role === "ADMIN") return showSupervisor(ctx);
  await ctx.reply(ctx.t("ws-not-staff"));
}

workspaceFeature.chatType("private").command("koperasiku", openWorkspace);
workspaceFeature.chatType("private").hears(/^🗂 /, openWorkspace);

workspaceFeature.callbackQuery(wsCb.filter, async (ctx) => {
  const d = wsCb.unpack(ctx.callbackQuery.data);
  const u = ctx.user;
  if (!d || !u) return refuse(ctx, "Workspace", { reason: "malformed" });
  const id = Number(d.id);
  const { prisma } = ctx.deps;
  if (d.kind === "c") {
    const coop = await coopById(prisma, id);
    if (!coop || !canSeeCoop(u, coop))
      return refuse(ctx, "Cooperative", { id, reason: coop ? "out_of_scope" : "not_found" });
    await ctx.answerCallbackQuery();
    return showCoop(ctx, id);
  }
  const ba = await pressedBa(ctx, u, id);
  if (!ba) return;
  await showBaCoops(ctx, ba);
  return showGap(ctx, ba, 0);
});

/** BA `id` when the presser may view them (the press is answered); otherwise the press is refused. */
async function pressedBa(ctx: Ctx, u: User, id: number): Promise<User | undefined> {
  const ba = await userById(ctx.deps.prisma, id);
  if (ba && mayViewBa(u, ba)) {
    await ctx.answerCallbackQuery();
    return ba;
  }
  await refuse(ctx, "User", { id, reason: "out_of_scope" });
  return undefined;
}

/** The BA themself, or their supervisor (admin; PMO of their kab/kota; Dinas of their province). */
function mayViewBa(u: User, ba: User): boolean {
  if (ba.role !== "BA") return false;
  const role = effectiveRole(u);
  return (
    (role === "BA" && u.id === ba.id) ||
    role === "ADMIN" ||
    (role === "PMO" && !!u.regencyCode && ba.regencyCode === u.regencyCode) ||
    (role === "DINAS" && !!u.provinceCode && ba.regencyCode?.slice(0, 2) === u.provinceCode)
  );
}

workspaceFeature.callbackQuery(wsGapCb.filter, async (ctx) => {
  const d = wsGapCb.unpack(ctx.callbackQuery.data);
  const u = ctx.user;
  if (!d || !u) return refuse(ctx, "Workspace", { reason: "malformed" });
  const ba = await pressedBa(ctx, u, Number(d.baId));
  if (ba) return showGap(ctx, ba, Number(d.page), true);
});

workspaceFeature.callbackQuery(gapNudgeCb.filter, nudgeGapBas);

/** A page of a BA's coops: the BA themself, or their supervisor. */
workspaceFeature.callbackQuery(wsPageCb.filter, async (ctx) => {
  const d = wsPageCb.unpack(ctx.callbackQuery.data);
  const u = ctx.user;
  if (!d || !u) return refuse(ctx, "Workspace", { reason: "malformed" });
  const ba = await pressedBa(ctx, u, Number(d.ba));
  if (ba) return showBaCoops(ctx, ba, Number(d.from), true);
});

/** for other features (a verified claim opens the coop card) */
export { wsCb } from "./callback-data.ts";
