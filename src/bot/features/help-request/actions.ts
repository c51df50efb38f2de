// Buttons of help requests: Ambil, Balas, Selesai, Alihkan (+ choose BA), open, rate, and "this
// message is for request #…". Each press checks who the person is for that request right now:
// forged data or strangers are refused and audited; a BA whose coop was reassigned, a request
// already taken or closed get a clear explanation and the old buttons are removed.
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import {
  accessTo,
  closeRequest,
  getRelayState,
  helpersOf,
  rateRequest,
  reassignRequest,
  requestNo,
  takeRequest,
  COMMENT_TTL_MS,
  TARGET_TTL_MS,
  until,
  updateRelayState,
  type Access,
} from "../../../services/help-requests/index.ts";
import { baLoads } from "../../../services/assignments.ts";
import { personName } from "../../../services/roles.ts";
import { slaPolicy } from "../../../services/sla.ts";
import { refuse } from "../../middlewares/auth.ts";
import { helpCb, pickCb, rateCb, reassignCb } from "./callback-data.ts";
import { helperKeyboard, sendCards } from "../../../messages/help/cards.ts";
import { outboundOf } from "../../../messages/help/deliver.ts";
import { relayItems } from "./relay.ts";
import { showRequest } from "./view.ts";
import { auditStale } from "./audit.ts";

type Ok = Extract<Access, { kind: "requester" | "helper" }>;

/** Common checks; answers and returns undefined when the press cannot go on. */
async function allowed(
  ctx: Ctx,
  id: number,
  sides: Array<"requester" | "helper" | "viewer">,
): Promise<Exclude<Access, { kind: "not_found" | "forbidden" | "former_ba" }> | undefined> {
  const access = await accessTo(ctx.deps.prisma, ctx.user!, id);
  if (access.kind === "former_ba") {
    await auditStale(ctx, id, "former_ba");
    await ctx.answerCallbackQuery({
      text: ctx.t("help-former-ba", { no: requestNo(id), coop: access.req.coop.name }),
      show_alert: true,
    });
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    return undefined;
  }
  if (access.kind === "not_found" || access.kind === "forbidden" || !sides.includes(access.kind)) {
    await refuse(ctx, "HelpRequest", { id, reason: access.kind });
    return undefined;
  }
  return access;
}

async function alertClosed(ctx: Ctx, id: number) {
  await auditStale(ctx, id, "closed");
  await ctx.answerCallbackQuery({ text: ctx.t("help-already-closed", { no: requestNo(id) }), show_alert: true });
  await ctx.editMessageReplyMarkup().catch(() => undefined);
}

async function take(ctx: Ctx, a: Ok) {
  const req = a.req;
  const r = await takeRequest(ctx.deps.prisma, ctx.user!, req, ctx.deps.clock.now());
  if (r.kind === "closed") return alertClosed(ctx, req.id);
  if (r.kind === "already_mine")
    return ctx.answerCallbackQuery({ text: ctx.t("help-already-yours", { no: requestNo(req.id) }) });
  if (r.kind === "taken_by_other") {
    await ctx.answerCallbackQuery({
      text: ctx.t("help-taken-by", { no: requestNo(req.id), name: personName(r.by) }),
      show_alert: true,
    });
    return;
  }
  await ctx.answerCallbackQuery({ text: ctx.t("help-taken", { no: requestNo(req.id) }) });
  const kb = helperKeyboard(ctx.t.bind(ctx), req.id, "ASSIGNED", a.kind === "helper" && a.helper === "supervisor");
  await ctx.editMessageReplyMarkup(kb ? { reply_markup: kb } : undefined).catch(() => undefined);
  await ctx.notifier.send(req.requester, (t) =>
    t("help-taken-to-requester", {
      no: requestNo(req.id),
      name: personName(ctx.user),
      role: t(`role-${ctx.user!.role}`),
    }),
  );
}

async function reply(ctx: Ctx, a: Ok) {
  const req = a.req;
  if (req.status === "CLOSED") return alertClosed(ctx, req.id);
  const now = ctx.deps.clock.now();
  await updateRelayState(ctx.deps.prisma, ctx.user!.telegramId, now, (s) => ({
    ...s,
    target: { requestId: req.id, until: until(now, TARGET_TTL_MS) },
  }));
  await ctx.answerCallbackQuery();
  const to =
    a.kind === "requester"
      ? req.assignee
        ? personName(req.assignee)
        : ctx.t("help-the-helper")
      : personName(req.requester);
  await ctx.reply(ctx.t("help-reply-now", { no: requestNo(req.id), name: to }));
}

async function close(ctx: Ctx, a: Ok) {
  const { prisma, clock } = ctx.deps;
  const req = a.req;
  const r = await closeRequest(prisma, ctx.user!, req, clock.now());
  if (r.kind === "already_closed") return alertClosed(ctx, req.id);
  await ctx.answerCallbackQuery({ text: ctx.t("help-closed-done", { no: requestNo(req.id) }) });
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  const no = requestNo(req.id);
  if (a.kind === "helper") {
    await ctx.reply(ctx.t("help-closed-done", { no }));
  } else {
    for (const h of await helpersOf(prisma, req)) {
      await ctx.notifier.send(h, (t) => t("help-closed-by-requester", { no, name: personName(ctx.user) }));
    }
  }
  // the requester rates the help (1–5)
  await ctx.notifier.outbound.send(req.requester, (t) => {
    const kb = new InlineKeyboard();
    for (let s = 1; s <= 5; s++) kb.text(t("help-rate-button", { n: s }), rateCb.pack(req.id, s));
    const text =
      a.kind === "helper"
        ? t("help-closed-ask-rating", { no, name: personName(ctx.user) })
        : t("help-ask-rating", { no });
    return { text, replyMarkup: kb };
  });
}

async function reassignMenu(ctx: Ctx, a: Ok) {
  const req = a.req;
  if (a.kind !== "helper" || a.helper !== "supervisor")
    return refuse(ctx, "HelpRequest", { id: req.id, reason: "not_supervisor" });
  if (req.status === "CLOSED") return alertClosed(ctx, req.id);
  const loads = await baLoads(ctx.deps.prisma, req.coop.regencyCode);
  await ctx.answerCallbackQuery();
  if (loads.length === 0) return ctx.reply(ctx.t("help-reassign-no-ba", { no: requestNo(req.id) }));
  const kb = new InlineKeyboard();
  loads.forEach((l, i) =>
    kb
      .text(
        ctx.t(i === 0 ? "asg-ba-suggested" : "asg-ba-option", { name: personName(l.ba).slice(0, 30), load: l.load }),
        reassignCb.pack(req.id, l.ba.id),
      )
      .row(),
  );
  await ctx.reply(ctx.t("help-reassign-ask", { no: requestNo(req.id) }), { reply_markup: kb });
}

async function reassign(ctx: Ctx, id: number, baId: number) {
  const a = await allowed(ctx, id, ["helper"]);
  if (!a || a.kind !== "helper") return;
  const { prisma, clock, config } = ctx.deps;
  const r = await reassignRequest(prisma, ctx.user!, a.req, baId, clock.now(), slaPolicy(config));
  if (r.kind === "forbidden" || r.kind === "bad_ba") return refuse(ctx, "HelpRequest", { id, baId, reason: r.kind });
  if (r.kind === "closed") return alertClosed(ctx, id);
  const no = requestNo(id);
  await ctx.answerCallbackQuery({ text: ctx.t("help-reassigned", { no, name: personName(r.ba) }) });
  await ctx.editMessageText(ctx.t("help-reassigned", { no, name: personName(r.ba) })).catch(() => undefined);
  await sendCards(outboundOf(ctx), id, [r.ba], "moved");
  await ctx.notifier.send(a.req.requester, (t) => t("help-reassigned-to-requester", { no, name: personName(r.ba) }));
}

async function rate(ctx: Ctx, id: number, score: number) {
  const { prisma, clock } = ctx.deps;
  const a = await allowed(ctx, id, ["requester"]);
  if (!a) return;
  const no = requestNo(id);
  if (score === 0) {
    await updateRelayState(prisma, ctx.user!.telegramId, clock.now(), (s) => ({ ...s, comment: undefined }));
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("help-comment-skipped")).catch(() => undefined);
    return;
  }
  const r = await rateRequest(prisma, ctx.user!, a.req, score);
  if (r.kind === "not_closed" || r.kind === "forbidden") return refuse(ctx, "HelpRequest", { id, reason: r.kind });
  if (r.kind === "already_rated") {
    await ctx.answerCallbackQuery({ text: ctx.t("help-already-rated", { no, rating: r.rating }), show_alert: true });
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    return;
  }
  await ctx.answerCallbackQuery();
  const now = clock.now();
  await updateRelayState(prisma, ctx.user!.telegramId, now, (s) => ({
    ...s,
    comment: { requestId: id, until: until(now, COMMENT_TTL_MS) },
    target: undefined,
  }));
  await ctx
    .editMessageText(ctx.t("help-rated", { no, rating: score }), {
      reply_markup: new InlineKeyboard().text(ctx.t("help-skip-comment"), rateCb.pack(id, 0)),
    })
    .catch(() => undefined);
  if (a.req.assignee)
    await ctx.notifier.send(a.req.assignee, (t) =>
      t("help-rating-to-helper", { no, name: personName(ctx.user), rating: score }),
    );
}

async function pick(ctx: Ctx, id: number) {
  const { prisma, clock } = ctx.deps;
  const state = await getRelayState(prisma, ctx.user!.telegramId, clock.now());
  const pending = state.pending;
  if (!pending) {
    await ctx.answerCallbackQuery({ text: ctx.t("help-pick-expired"), show_alert: true });
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    return;
  }
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await updateRelayState(prisma, ctx.user!.telegramId, clock.now(), (s) => ({ ...s, pending: undefined }));
  await relayItems(
    ctx,
    id,
    pending.items.map(({ messageId, ...content }) => ({ content, messageId })),
  );
}

export async function onHelpButton(ctx: Ctx) {
  const d = helpCb.unpack(ctx.callbackQuery?.data);
  if (!d || !ctx.user) return refuse(ctx, "HelpRequest", { reason: "malformed" });
  const id = Number(d.id);
  if (d.action === "v") {
    const a = await allowed(ctx, id, ["requester", "helper", "viewer"]);
    if (!a) return;
    await ctx.answerCallbackQuery();
    return showRequest(ctx, a);
  }
  const a = await allowed(ctx, id, d.action === "r" || d.action === "c" ? ["requester", "helper"] : ["helper"]);
  if (!a || a.kind === "viewer") return;
  if (d.action === "t") return take(ctx, a);
  if (d.action === "r") return reply(ctx, a);
  if (d.action === "c") return close(ctx, a);
  return reassignMenu(ctx, a);
}

export async function onReassignButton(ctx: Ctx) {
  const d = reassignCb.unpack(ctx.callbackQuery?.data);
  if (!d || !ctx.user) return refuse(ctx, "HelpRequest", { reason: "malformed" });
  return reassign(ctx, Number(d.id), Number(d.baId));
}

export async function onRateButton(ctx: Ctx) {
  const d = rateCb.unpack(ctx.callbackQuery?.data);
  if (!d || !ctx.user) return refuse(ctx, "HelpRequest", { reason: "malformed" });
  return rate(ctx, Number(d.id), Number(d.score));
}

export async function onPickButton(ctx: Ctx) {
  const d = pickCb.unpack(ctx.callbackQuery?.data);
  if (!d || !ctx.user) return refuse(ctx, "HelpRequest", { reason: "malformed" });
  return pick(ctx, Number(d.id));
}
