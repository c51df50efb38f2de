// /siaran_status (recent broadcasts with their figures) and /siaran_batal (stop one in flight:
// by number, or pick from the running ones). ADMIN sees and stops any; PMO and Dinas their own.
import { Composer, InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { callbackData, ID } from "../../callback-data.ts";
import { refuse } from "../../middlewares/auth.ts";
import {
  broadcastProgress,
  canBroadcast,
  cancelBroadcast,
  contentText,
  progressText,
  recentBroadcasts,
  short,
  statusLine,
  zoneOfSender,
  type Sender,
} from "../../../services/broadcasts/index.ts";

export const cancelCb = callbackData("bcx", ["id"] as const, { id: ID });

const senderOf = (ctx: Ctx): Sender | undefined =>
  ctx.user
    ? { id: ctx.user.id, role: ctx.user.role, regencyCode: ctx.user.regencyCode, provinceCode: ctx.user.provinceCode }
    : undefined;

export const manageFeature = new Composer<Ctx>();
const pm = manageFeature.chatType("private");

pm.command("siaran_status", async (ctx) => {
  const me = senderOf(ctx);
  if (!me || !canBroadcast(me)) return ctx.reply(ctx.t("bc-not-allowed"));
  const { prisma, clock, config } = ctx.deps;
  const list = await recentBroadcasts(prisma, me, 3);
  if (list.length === 0) return ctx.reply(ctx.t("bc-status-none"));
  const lines: string[] = [];
  for (const b of list) {
    const p = await broadcastProgress(prisma, b.id, clock.now(), config.outboxRate);
    if (p) lines.push(statusLine(ctx.t.bind(ctx), p, b.content, zoneOfSender(me)));
  }
  await ctx.reply([ctx.t("bc-status-title"), ...lines].join("\n\n"));
});

async function doCancel(ctx: Ctx, me: Sender, id: number) {
  const { prisma, clock, config } = ctx.deps;
  const r = await cancelBroadcast(prisma, me, id, clock.now());
  if (!r.ok && r.reason !== "finished") return refuse(ctx, "Broadcast", { broadcastId: id, reason: r.reason });
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  if (!r.ok) return ctx.reply(ctx.t("bc-cancel-finished", { id }));
  await ctx.reply(ctx.t("bc-cancel-done", { id, cancelled: r.cancelled }));
  // the live progress message shows the end at once (the job only follows running broadcasts)
  const p = await broadcastProgress(prisma, id, clock.now(), config.outboxRate);
  if (p && r.progress)
    await ctx.api
      .editMessageText(
        Number(r.progress.chatId),
        r.progress.messageId,
        progressText(ctx.t.bind(ctx), p, zoneOfSender(me)),
      )
      .catch(() => undefined);
}

pm.command("siaran_batal", async (ctx) => {
  const me = senderOf(ctx);
  if (!me || !canBroadcast(me)) return ctx.reply(ctx.t("bc-not-allowed"));
  const arg = ctx.match.trim().replace(/^#/, "");
  if (arg && ID.test(arg)) return doCancel(ctx, me, Number(arg));
  const running = await recentBroadcasts(ctx.deps.prisma, me, 5, true);
  if (running.length === 0) return ctx.reply(ctx.t("bc-cancel-none"));
  const kb = new InlineKeyboard();
  for (const b of running)
    kb.text(
      ctx.t("bc-cancel-button", { id: b.id, text: short(contentText(b.content) || "📎", 30) }),
      cancelCb.pack(b.id),
    ).row();
  await ctx.reply(ctx.t("bc-cancel-pick"), { reply_markup: kb });
});

pm.callbackQuery(cancelCb.filter, async (ctx) => {
  const d = cancelCb.unpack(ctx.callbackQuery.data);
  const me = senderOf(ctx);
  if (!d || !me || !canBroadcast(me)) return refuse(ctx, "Broadcast", { reason: "forged" });
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await doCancel(ctx, me, Number(d.id));
});
