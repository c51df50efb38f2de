// The outcome hook of help messages (keys "help:<HelpMessage id>"), run by the outbox worker in the
// row's transaction once a copy is finally sent, refused or skipped:
// - SENT: the copy is marked delivered with its message id (a reply to it reaches the request);
// - FAILED / SKIPPED (chat not found, blocked the bot, gave up after retries): the copy is marked
//   failed and whoever waits is told — a request card that reached nobody of the tier it is routed
//   to goes one tier up (BA → PMO → admins) and the pengurus learns where it went; a relayed
//   message that did not arrive is reported to its sender.
import type { HelpMessage, User } from "../../generated/prisma/client.ts";
import { markDelivered, markFailed, requestNo, rerouteUnreachable } from "../../services/help-requests/index.ts";
import { contactOf, personName } from "../../services/roles.ts";
import { getWilayah } from "../../services/wilayah/index.ts";
import { plainReason } from "../../services/delivery-reports.ts";
import type { HookEnv, Outcome } from "../../outbox/hooks.ts";
import { sendCards } from "./cards.ts";
import { senderOf, type Outbound } from "./deliver.ts";

export async function helpOutcome(o: Outcome, env: HookEnv): Promise<void> {
  const m = /^help:(\d+)$/.exec(o.key);
  if (!m) return; // an earlier part of a long text: the last part carries the thread
  const id = Number(m[1]);
  // the hook runs inside the worker's transaction: the services take a Db, which a transaction is
  const db = env.tx;
  if (o.status === "SENT") {
    if (o.sentMessageId !== null) await markDelivered(db, id, o.sentMessageId, o.at);
    return;
  }
  await markFailed(db, id, o.error ?? o.status);
  const msg = await db.helpMessage.findUnique({ where: { id }, include: { fromUser: true } });
  const to = await db.user.findUnique({ where: { telegramId: o.chatId } });
  if (!msg || !to) return;
  const out: Outbound = {
    notifier: { t: env.t },
    deps: { prisma: db, clock: { now: () => o.at }, logger: env.logger },
  };
  if (msg.kind === "CARD") await cardNotDelivered(out, msg, to);
  else if (msg.srcMessageId !== 0) await relayNotDelivered(out, msg, to, o);
}

/** A card that reached nobody of the tier the request is routed to: route it one tier up. */
async function cardNotDelivered(out: Outbound, msg: HelpMessage, to: User): Promise<void> {
  const moved = await rerouteUnreachable(out.deps.prisma, msg.requestId, to.role);
  if (!moved) return;
  const { req, from, next } = moved;
  await sendCards(out, req.id, next.people, "new");
  const t = (k: string, v?: Record<string, string | number>) => out.notifier.t(req.requester.locale, k, v);
  const regency = getWilayah().regency(req.coop.regencyCode)?.name ?? req.coop.regencyCode;
  const text = t("help-rerouted", {
    no: requestNo(req.id),
    from: t(`help-rerouted-${from}`, { regency }),
    to: t(`help-rerouted-${next.role}`, { regency }),
  });
  await senderOf(out).send(req.requester, { text }, { key: `help-rr:${req.id}:${next.role}` });
}

/** A relayed message that did not arrive: its sender is told, with the recipient's contact. */
async function relayNotDelivered(
  out: Outbound,
  msg: HelpMessage & { fromUser: User },
  to: User,
  o: Outcome,
): Promise<void> {
  const sender = msg.fromUser;
  if (sender.deletedAt || sender.id === to.id) return;
  const t = (k: string, v?: Record<string, string | number>) => out.notifier.t(sender.locale, k, v);
  const vars = {
    no: requestNo(msg.requestId),
    failed: personName(to),
    // a plain reason (account not found, network trouble…), not "ada gangguan pengiriman" for everything
    reason: t(o.status === "SKIPPED" ? "help-reason-blocked" : `dr-reason-${plainReason(o.status, o.error)}`),
  };
  const contact = contactOf(to);
  const text = contact ? t("help-not-delivered", { ...vars, contact }) : t("help-not-delivered-no-contact", vars);
  await senderOf(out).send(sender, { text }, { key: `help-nd:${msg.id}` });
}
