// "📋 Lihat yang belum menerima": the paged list of recipients who did not get a nudge, an
// assignment notice or a broadcast, with a plain reason each (issue 23.2). Only the report's owner
// (or an admin) may open it; for a broadcast, whoever may manage it. Each page ≤ 600 characters.
import { Composer, InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { failedListCb, failedPageCb } from "../../../jobs/delivery-card.ts";
import { failedRecipients, reportFor } from "../../../services/delivery-reports.ts";
import { broadcastFor, groupOf } from "../../../services/broadcasts/index.ts";

const PAGE = 5;
const NAME_MAX = 36;

export const deliveryReportsFeature = new Composer<Ctx>();

deliveryReportsFeature.callbackQuery([failedListCb.filter, failedPageCb.filter], async (ctx) => {
  const paging = failedPageCb.filter.test(ctx.callbackQuery.data);
  const d = (paging ? failedPageCb : failedListCb).unpack(ctx.callbackQuery.data);
  const u = ctx.user;
  if (!d || !u || u.deletedAt) return refuse(ctx, "DeliveryReport", { reason: "forged" });
  const id = Number(d.id);
  const viewer = { id: u.id, role: u.role, regencyCode: u.regencyCode, provinceCode: u.provinceCode };
  const group =
    d.of === "r"
      ? (await reportFor(ctx.deps.prisma, id, viewer))?.group
      : (await broadcastFor(ctx.deps.prisma, viewer, id))
        ? groupOf(id)
        : undefined;
  if (!group) return refuse(ctx, "DeliveryReport", { of: d.of, id });
  const page = Number(d.page);
  const list = await failedRecipients(ctx.deps.prisma, group, page, PAGE);
  const pages = Math.max(1, Math.ceil(list.total / PAGE));
  await ctx.answerCallbackQuery();
  if (list.items.length === 0) return ctx.reply(ctx.t("dr-list-empty"));
  const lines = list.items.map((x, i) =>
    ctx.t("dr-list-line", {
      n: page * PAGE + i + 1,
      name: x.name.length > NAME_MAX ? `${x.name.slice(0, NAME_MAX - 1)}…` : x.name,
      reason: ctx.t(`dr-reason-${x.reason}`),
    }),
  );
  const text = [ctx.t("dr-list-title", { total: list.total, page: page + 1, pages }), ...lines].join("\n");
  const kb = new InlineKeyboard();
  if (page > 0) kb.text(ctx.t("dr-btn-prev"), failedPageCb.pack(d.of, id, page - 1));
  if (page + 1 < pages) kb.text(ctx.t("dr-btn-next"), failedPageCb.pack(d.of, id, page + 1));
  const markup = page > 0 || page + 1 < pages ? { reply_markup: kb } : {};
  // paging edits the list in place; the press under a report posts it
  if (paging) return ctx.editMessageText(text, markup).catch(() => undefined);
  await ctx.reply(text, markup);
});
