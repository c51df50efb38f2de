// /keluar: a pengurus leaves a coop's board without erasing their data (pick the coop, confirm).
// A ketua with others on the board hands the role over first. The ketua is told when someone leaves.
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { leaveCoop } from "../../../services/coop-admin/index.ts";
import { boardSeats } from "../../../services/people/cards.ts";
import { activeBoards } from "../../../services/assignments.ts";
import { leaveCb } from "./callback-data.ts";
import { tellUsers } from "./notify.ts";
import { coopLabels, widthFor } from "../../../lib/button-label.ts";

export async function leaveCommand(ctx: Ctx) {
  const seats = await boardSeats(ctx.deps.prisma, ctx.user!.id);
  if (seats.length === 0) return ctx.reply(ctx.t("leave-none"));
  if (seats.length === 1) return askConfirm(ctx, seats[0]!.coopId, seats[0]!.name);
  const kb = new InlineKeyboard();
  const labels = coopLabels(seats, widthFor(1));
  seats.forEach((s, i) => kb.text(labels[i]!, leaveCb.pack(s.coopId, "a")).row());
  await ctx.reply(ctx.t("leave-pick"), { reply_markup: kb });
}

async function askConfirm(ctx: Ctx, coopId: number, coop: string) {
  const kb = new InlineKeyboard()
    .text(ctx.t("leave-yes"), leaveCb.pack(coopId, "y"))
    .text(ctx.t("leave-no"), leaveCb.pack(coopId, "n"));
  const text = ctx.t("leave-confirm", { coop });
  if (ctx.callbackQuery)
    await ctx.editMessageText(text, { reply_markup: kb }).catch(() => ctx.reply(text, { reply_markup: kb }));
  else await ctx.reply(text, { reply_markup: kb });
}

export async function leaveButton(ctx: Ctx) {
  const d = leaveCb.unpack(ctx.callbackQuery?.data);
  if (!d) return refuse(ctx, "Membership", { reason: "malformed" });
  const coopId = Number(d.coopId);
  const seat = (await boardSeats(ctx.deps.prisma, ctx.user!.id)).find((s) => s.coopId === coopId);
  if (!seat) return refuse(ctx, "Membership", { coopId, reason: "not_member" });
  await ctx.answerCallbackQuery();
  if (d.step === "a") return askConfirm(ctx, coopId, seat.name);
  if (d.step === "n") return ctx.editMessageText(ctx.t("leave-kept")).catch(() => undefined);
  const r = await leaveCoop(ctx.deps.prisma, ctx.user!.id, coopId, ctx.deps.clock.now());
  if (r.kind === "ketua_must_hand_over")
    return ctx.editMessageText(ctx.t("leave-ketua", { coop: seat.name })).catch(() => undefined);
  await ctx.editMessageText(ctx.t("leave-done", { coop: seat.name })).catch(() => undefined);
  const ketua = (await activeBoards(ctx.deps.prisma, [coopId])).get(coopId)?.ketua;
  const name = ctx.user!.fullName ?? ctx.user!.tgFirstName ?? "-";
  if (ketua && ketua.id !== ctx.user!.id)
    await tellUsers(ctx, [ketua.id], `left:${coopId}:${ctx.user!.id}:${ctx.deps.clock.now().getTime()}`, (t) =>
      t("leave-notice-ketua", { name, coop: seat.name }),
    );
}
