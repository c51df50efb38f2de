// Buttons on cards (open a coop or person, change role, edit, (de)activate) and the new ketua's
// answer to a handover. Scope and role are checked on every press; forged data is refused.
import type { Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { decideHandover, setCoopStatus, canEditDetails } from "../../../services/coop-admin/index.ts";
import { findCoop, findUser } from "../../../services/people/cards.ts";
import { cardCb, handoverCb } from "./callback-data.ts";
import { showCard } from "./show-card.ts";
import { tellUsers } from "./notify.ts";
import { ROLE_CHANGE } from "./role-wizard.ts";
import { COOP_EDIT } from "./coop-edit-wizard.ts";

export async function cardButton(ctx: Ctx) {
  const d = cardCb.unpack(ctx.callbackQuery?.data);
  const u = ctx.user;
  if (!d || !u) return refuse(ctx, "Card", { reason: "malformed" });
  const id = Number(d.id);
  if (d.kind === "c" || d.kind === "p") {
    const card = await showCard(ctx, d.kind === "c" ? "coop" : "person", id);
    if (!card) return refuse(ctx, d.kind === "c" ? "Cooperative" : "User", { id, reason: "out_of_scope" });
    await ctx.answerCallbackQuery();
    return ctx.reply(card.text, card.keyboard ? { reply_markup: card.keyboard } : {});
  }
  if (d.kind === "r") {
    if (u.role !== "ADMIN" || !(await findUser(ctx.deps.prisma, id)))
      return refuse(ctx, "User", { id, reason: "not_admin" });
    await ctx.answerCallbackQuery();
    await ctx.conversation.exitAll();
    return ctx.conversation.enter(ROLE_CHANGE, id);
  }
  if (d.kind === "e") {
    if (!(await canEditDetails(ctx.deps.prisma, u, id))) return refuse(ctx, "Cooperative", { id, reason: "not_board" });
    await ctx.answerCallbackQuery();
    await ctx.conversation.exitAll();
    return ctx.conversation.enter(COOP_EDIT, id);
  }
  const status = d.kind === "d" ? "INACTIVE" : "ACTIVE";
  const r = await setCoopStatus(ctx.deps.prisma, u, id, status);
  if (r.kind !== "ok") return refuse(ctx, "Cooperative", { id, reason: r.kind });
  await ctx.answerCallbackQuery({ text: ctx.t(status === "INACTIVE" ? "ppl-deactivated" : "ppl-activated") });
  const card = await showCard(ctx, "coop", id);
  if (card)
    await ctx.editMessageText(card.text, card.keyboard ? { reply_markup: card.keyboard } : {}).catch(() => undefined);
}

export async function handoverButton(ctx: Ctx) {
  const d = handoverCb.unpack(ctx.callbackQuery?.data);
  if (!d || !ctx.user) return refuse(ctx, "CoopHandover", { reason: "malformed" });
  const r = await decideHandover(ctx.deps.prisma, ctx.user.id, Number(d.id), d.answer === "y", ctx.deps.clock.now());
  if (r.kind === "forbidden") return refuse(ctx, "CoopHandover", { id: d.id, reason: "not_addressee" });
  await ctx.answerCallbackQuery();
  if (r.kind === "stale") return ctx.editMessageText(ctx.t("handover-stale")).catch(() => undefined);
  const coop = await findCoop(ctx.deps.prisma, r.coopId);
  const coopName = coop?.name ?? "-";
  const name = ctx.user.fullName ?? ctx.user.tgFirstName ?? "-";
  await ctx
    .editMessageText(ctx.t(r.kind === "accepted" ? "handover-accepted" : "handover-declined", { coop: coopName }))
    .catch(() => undefined);
  await tellUsers(ctx, [r.fromUserId], `ho-done:${d.id}`, (t) =>
    r.kind === "accepted"
      ? t("handover-notice-accepted", { name, coop: coopName, position: t(`position-${r.fromNewPosition}`) })
      : t("handover-notice-declined", { name, coop: coopName }),
  );
}
