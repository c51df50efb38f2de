// The "Diterima ✔" button under a broadcast: callback data "bca:<broadcastId>" (0 = the admin's
// preview). Counted once per recipient; data for a broadcast without the button, or pressed by
// someone who was not a recipient, is refused.
import { Composer } from "grammy";
import type { Ctx } from "../../context.ts";
import { callbackData, ID } from "../../callback-data.ts";
import { refuse } from "../../middlewares/auth.ts";
import { recordAck } from "../../../services/broadcasts/index.ts";

export const ackCb = callbackData("bca", ["id"] as const, { id: ID });

export const ackFeature = new Composer<Ctx>();

ackFeature.callbackQuery(ackCb.filter, async (ctx) => {
  const d = ackCb.unpack(ctx.callbackQuery.data);
  if (d && Number(d.id) === 0) return ctx.answerCallbackQuery({ text: ctx.t("bc-ack-preview") });
  const r =
    d && ctx.user ? await recordAck(ctx.deps.prisma, Number(d.id), ctx.user.id, ctx.deps.clock.now()) : "invalid";
  if (r === "invalid") return refuse(ctx, "BroadcastAck", { broadcastId: d?.id ?? null });
  await ctx.answerCallbackQuery({ text: ctx.t(r === "thanks" ? "bc-ack-thanks" : "bc-ack-again") });
});
