// /siaran: compose → audience (filters, dry-run count) → "Diterima ✔" button? → when → (admins,
// when the operator set PAID_BROADCAST=1: the free or Telegram's paid rate) → preview exactly as
// recipients will see it → confirm. On confirm the broadcast starts: its recipients
// become outbox rows in one statement (services/broadcasts/start.ts) and a progress message is
// posted, which the broadcast-progress job edits until the final report.
import { randomUUID } from "node:crypto";
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx } from "../../context.ts";
import { type Asker, asker, w } from "../../kit/index.ts";
import {
  canBroadcast,
  broadcastProgress,
  describeFilter,
  emptyFilter,
  progressText,
  sendCall,
  setProgressMessage,
  startBroadcast,
  zoneOfSender,
  type AudienceFilter,
  type BroadcastContent,
  type Sender,
  type SendAt,
} from "../../../services/broadcasts/index.ts";
import { LANGS } from "../../../services/broadcasts/filter.ts";
import { rawMethods } from "../../../lib/casts.ts";
import { ackCb } from "./ack.ts";
import { audienceStep } from "./audience.ts";
import { composeStep } from "./compose.ts";
import { describeWhen, scheduleStep } from "./schedule.ts";
import { speedLine, speedStep, type Speed } from "./speed.ts";

export const BROADCAST = "broadcast";
const CONFIRM_LABEL = { send: "bc-btn-send", edit: "bc-btn-edit-audience", cancel: "bc-btn-cancel" } as const;

/** The content with its button as a recipient gets it (preview: the button answers "preview"). */
async function sendPreview(ctx: ConvCtx, content: BroadcastContent, ack: boolean) {
  const markup = ack ? new InlineKeyboard().text(ctx.t("bc-ack-button"), ackCb.pack(0)) : undefined;
  const call = sendCall(content, markup);
  const raw = rawMethods(ctx.api);
  if (ctx.chat) await raw[call.method]?.({ chat_id: ctx.chat.id, ...call.payload });
}

export async function broadcastWizard(conversation: Conv, ctx: ConvCtx) {
  const ask = asker(conversation, ctx);
  const t = ctx.t.bind(ctx);
  const me: Sender = await conversation.external((octx) => ({
    id: octx.user!.id,
    role: octx.user!.role,
    regencyCode: octx.user!.regencyCode,
    provinceCode: octx.user!.provinceCode,
  }));
  // the paid rate is offered to admins only, and only when the operator enabled it
  const rates = await conversation.external((octx) => ({
    paid: octx.deps.config.paidBroadcast && octx.user!.role === "ADMIN",
    free: octx.deps.config.outboxRate,
    paidRate: octx.deps.config.paidBroadcastRate,
  }));
  const steps = rates.paid ? 6 : 5;
  const head = (n: number) => t("step-header", { step: n, total: steps });
  if (!canBroadcast(me)) {
    await ask.reply(t("bc-not-allowed"));
    return;
  }
  const zone = zoneOfSender(me);
  // one token per wizard run: if the confirming update is handled twice, the broadcast starts once
  const token = await conversation.external(() => randomUUID());
  const content = await composeStep(ask, head(1));
  let filter: AudienceFilter = emptyFilter();
  for (;;) {
    const a = await audienceStep(ask, me, filter, head(2));
    if ("cancelled" in a) {
      await ask.reply(t("bc-cancelled"));
      return;
    }
    filter = a.filter;
    const ack = await ask.buttons({
      text: t("bc-ack-ask", { step: head(3) }),
      keyboard: new InlineKeyboard().text(t("bc-ack-yes"), w("yes")).text(t("bc-ack-no"), w("no")),
      choices: ["yes", "no"] as const,
      shown: (x) => t(x === "yes" ? "bc-ack-yes" : "bc-ack-no"),
    });
    const sendAt = await scheduleStep(ask, zone, head(4));
    const speed: Speed = rates.paid ? await speedStep(ask, { count: a.count, ...rates }, head(5)) : "free";
    await ask.reply(t("bc-preview", { step: head(steps) }));
    await sendPreview(ask.ctx, content, ack === "yes");
    const summary = [
      t("bc-confirm", {
        count: a.count,
        filters: describeFilter(t, filter),
        when: describeWhen(t, sendAt),
        ack: t(ack === "yes" ? "bc-yes" : "bc-no"),
      }),
      ...(rates.paid ? [speedLine(t, speed, { count: a.count, ...rates })] : []),
    ].join("\n");
    const ok = await ask.buttons({
      text: summary,
      keyboard: new InlineKeyboard()
        .text(t("bc-btn-send"), w("send"))
        .row()
        .text(t("bc-btn-edit-audience"), w("edit"))
        .text(t("bc-btn-cancel"), w("cancel")),
      choices: ["send", "edit", "cancel"] as const,
      shown: (x) => t(CONFIRM_LABEL[x]),
    });
    if (ok === "edit") continue;
    if (ok === "cancel") {
      await ask.reply(t("bc-cancelled"));
      return;
    }
    await start(ask, {
      filter,
      content,
      ack: ack === "yes",
      sendAt,
      zone,
      token,
      paid: speed === "paid",
    });
    return;
  }
}

async function start(
  ask: Asker,
  o: {
    filter: AudienceFilter;
    content: BroadcastContent;
    ack: boolean;
    sendAt?: SendAt;
    zone: string;
    token: string;
    paid: boolean;
  },
) {
  const { conversation } = ask;
  const chatId = ask.ctx.chat?.id;
  if (chatId === undefined) return;
  const started = await conversation.external(async (octx) => {
    const u = octx.user!;
    const { prisma, clock, config } = octx.deps;
    const labels = Object.fromEntries(LANGS.map((l) => [l, octx.notifier.t(l, "bc-ack-button")]));
    const r = await startBroadcast(prisma, {
      sender: { id: u.id, role: u.role, regencyCode: u.regencyCode, provinceCode: u.provinceCode },
      filter: o.filter,
      content: o.content,
      ...(o.ack ? { ack: { labels, data: (id: number) => ackCb.pack(id) } } : {}),
      ...(o.sendAt ? { sendAt: o.sendAt } : {}),
      defaultLocale: config.defaultLocale,
      now: clock.now(),
      progressChatId: chatId,
      token: o.token,
      // checked again here: the operator may have switched PAID_BROADCAST off meanwhile
      paid: o.paid && config.paidBroadcast,
    });
    if (!r.ok) return { ok: false as const, reason: r.reason };
    const p = await broadcastProgress(prisma, r.id, clock.now(), config.outboxRate);
    return { ok: true as const, id: r.id, text: progressText(octx.t.bind(octx), p!, o.zone) };
  });
  if (!started.ok) {
    await ask.reply(ask.ctx.t(started.reason === "empty" ? "bc-start-failed" : "error-not-allowed"));
    return;
  }
  const msg = await ask.reply(started.text);
  await conversation.external((octx) => setProgressMessage(octx.deps.prisma, started.id, chatId, msg.message_id));
}
