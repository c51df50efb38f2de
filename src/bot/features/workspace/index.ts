// /koperasiku: the BA's coops (report status, open requests, details per coop); PMO, DINAS and
// admins get their summary (BAs' load, overdue requests). Buttons check scope on every press.
import { Composer } from "grammy";
import type { Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { canSeeCoop, effectiveRole } from "../../../services/roles.ts";
import { wsCb, wsPageCb } from "./callback-data.ts";
import type { User } from "../../../generated/prisma/client.ts";
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
  if (role === "BA") return showBaCoops(ctx, u);
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
  const ba = await userById(prisma, id);
  if (!ba || !canSeeBa(u, ba)) return refuse(ctx, "User", { id, reason: "out_of_scope" });
  await ctx.answerCallbackQuery();
  return showBaCoops(ctx, ba);
});

/** A page of a BA's coops: the BA themselves, or a PMO/DINAS/admin over them. */
workspaceFeature.callbackQuery(wsPageCb.filter, async (ctx) => {
  const d = wsPageCb.unpack(ctx.callbackQuery.data);
  const u = ctx.user;
  if (!d || !u) return refuse(ctx, "Workspace", { reason: "malformed" });
  const id = Number(d.ba);
  const ba = await userById(ctx.deps.prisma, id);
  const own = !!ba && ba.id === u.id && effectiveRole(u) === "BA";
  if (!ba || !(own || canSeeBa(u, ba))) return refuse(ctx, "User", { id, reason: "out_of_scope" });
  await ctx.answerCallbackQuery();
  return showBaCoops(ctx, ba, Number(d.from), true);
});

function canSeeBa(u: User, ba: User): boolean {
  if (ba.role !== "BA") return false;
  const role = effectiveRole(u);
  return (
    role === "ADMIN" ||
    (role === "PMO" && !!u.regencyCode && ba.regencyCode === u.regencyCode) ||
    (role === "DINAS" && !!u.provinceCode && ba.regencyCode?.slice(0, 2) === u.provinceCode)
  );
}
