// The relay between the two sides of a help request (not a conversation: HelpRequest rows plus
// per-person relay state). A message reaches a request by replying to one of its messages, by
// following Balas (the target stays for a while), or by picking the request when asked. Every copy
// is recorded; the sender always hears whether it arrived.
import type { Message } from "grammy/types";
import type { Ctx } from "../../context.ts";
import type { User } from "../../../generated/prisma/client.ts";
import {
  accessTo,
  activeRequestsOfUser,
  commentRequest,
  getRelayState,
  helpersOf,
  markAnswered,
  markFailed,
  recordOutgoing,
  requestNo,
  ALBUM_MAX,
  TARGET_TTL_MS,
  until,
  updateRelayState,
  type FullRequest,
  type PendingMessage,
  type RelayState,
} from "../../../services/help-requests/index.ts";
import { contactOf, personName } from "../../../services/roles.ts";
import { MENU_KEYS } from "../../keyboards/main-menu.ts";
import { InlineKeyboard } from "grammy";
import { deliverToEach, outboundOf, type Delivery } from "../../../messages/help/deliver.ts";
import { helperKeyboard, requesterKeyboard } from "../../../messages/help/cards.ts";
import { pickCb } from "./callback-data.ts";
import { auditStale } from "./audit.ts";
import { requestWithAssignee } from "../../../services/help-requests/queries.ts";
import { requestOfCopy } from "../../../services/help-requests/messages.ts";

export type Content = Omit<PendingMessage, "messageId">;

function contentOf(msg: Message): Content | undefined {
  if (msg.text !== undefined) return { kind: "TEXT", text: msg.text };
  if (msg.photo?.length) return { kind: "PHOTO", fileId: msg.photo[msg.photo.length - 1]!.file_id, text: msg.caption };
  if (msg.document) return { kind: "DOCUMENT", fileId: msg.document.file_id, text: msg.caption };
  return undefined;
}

function isMenuLabel(ctx: Ctx, text: string): boolean {
  return MENU_KEYS.flat().some((k) => ctx.t(k) === text);
}

/** Relay one message (or tell the sender why not). */
function relayInto(ctx: Ctx, requestId: number, content: Content | undefined, srcMessageId: number) {
  return relayItems(ctx, requestId, [{ content, messageId: srcMessageId }]);
}

export interface RelayItem {
  content: Content | undefined;
  messageId: number;
}

/** Relay messages in order (one, or the photos of an album) and tell the sender once how it went. */
export async function relayItems(ctx: Ctx, requestId: number, items: RelayItem[]): Promise<void> {
  const { prisma, clock } = ctx.deps;
  const me = ctx.user!;
  const open = await openRequestOf(ctx, requestId);
  if (!open) return;
  const { req, toHelper } = open;
  const no = requestNo(req.id);
  const sendable = items.filter((i): i is Sendable => i.content !== undefined);
  if (sendable.length === 0) {
    await ctx.reply(ctx.t("help-relay-unsupported", { no }));
    return;
  }
  const recipients: User[] = toHelper ? await helpersOf(prisma, req) : [req.requester];
  await updateRelayState(prisma, me.telegramId, clock.now(), (s) => ({
    ...s,
    target: { requestId: req.id, until: until(clock.now(), TARGET_TTL_MS) },
  }));
  if (recipients.length === 0) {
    await recordUnsent(ctx, req.id, sendable);
    await ctx.reply(ctx.t("help-no-helper-yet", { no }));
    return;
  }
  const all: Delivery[][] = [];
  for (const item of sendable) all.push(await deliverItem(ctx, open, item, recipients));
  const deliveries = mergeDeliveries(all);
  if (!toHelper && deliveries.some((d) => d.result.ok)) await markAnswered(prisma, me, req, clock.now());
  await acknowledge(ctx, no, deliveries);
}

type Sendable = { content: Content; messageId: number };
/** A request the user may relay into, and which way: to its helpers or to its requester. */
type OpenRequest = { req: FullRequest; toHelper: boolean };

/** The request, when the user may relay into it and it is not closed; else the user is told why not. */
async function openRequestOf(ctx: Ctx, requestId: number): Promise<OpenRequest | undefined> {
  const { prisma, clock } = ctx.deps;
  const me = ctx.user!;
  const access = await accessTo(prisma, me, requestId);
  if (access.kind === "not_found" || access.kind === "forbidden") {
    await ctx.reply(ctx.t("help-relay-no-access", { no: requestNo(requestId) }));
    return undefined;
  }
  if (access.kind === "former_ba") {
    await auditStale(ctx, requestId, "former_ba");
    await ctx.reply(ctx.t("help-former-ba", { no: requestNo(requestId), coop: access.req.coop.name }));
    return undefined;
  }
  if (access.kind === "viewer") {
    await ctx.reply(ctx.t("help-viewer-cannot-reply", { no: requestNo(requestId) }));
    return undefined;
  }
  const req = access.req;
  if (req.status === "CLOSED") {
    await updateRelayState(prisma, me.telegramId, clock.now(), (s) =>
      s.target?.requestId === req.id ? { ...s, target: undefined } : s,
    );
    await ctx.reply(ctx.t("help-closed-reply", { no: requestNo(req.id) }));
    return undefined;
  }
  return { req, toHelper: access.kind === "requester" };
}

/** Nobody to relay to yet: each message is recorded as failed (NO_RECIPIENT). */
async function recordUnsent(ctx: Ctx, requestId: number, sendable: Sendable[]): Promise<void> {
  const { prisma } = ctx.deps;
  const me = ctx.user!;
  for (const { content, messageId } of sendable) {
    const row = await recordOutgoing(prisma, {
      requestId,
      fromUserId: me.id,
      direction: "TO_HELPER",
      kind: content.kind,
      text: content.text ?? null,
      fileId: content.fileId ?? null,
      srcChatId: me.telegramId,
      srcMessageId: messageId,
      dstChatId: null,
    });
    await markFailed(prisma, row.id, "NO_RECIPIENT");
  }
}

/** One message to every recipient, with a header saying who sent it and the buttons of their side. */
async function deliverItem(
  ctx: Ctx,
  { req, toHelper }: OpenRequest,
  { content, messageId }: Sendable,
  recipients: User[],
): Promise<Delivery[]> {
  const me = ctx.user!;
  const no = requestNo(req.id);
  const senderLine = toHelper ? "help-relay-from-requester" : "help-relay-from-helper";
  const src = {
    from: me,
    chatId: me.telegramId,
    messageId,
    kind: content.kind,
    text: content.text ?? null,
    fileId: content.fileId ?? null,
  };
  return deliverToEach(outboundOf(ctx), req, toHelper ? "TO_HELPER" : "TO_REQUESTER", src, recipients, (t, to) => {
    const header = t(senderLine, { no, name: personName(me), role: t(`role-${me.role}`), coop: req.coop.name });
    const markup = toHelper
      ? helperKeyboard(t, req.id, req.status, to.role === "PMO" || to.role === "ADMIN")
      : requesterKeyboard(t, req.id);
    if (content.kind === "TEXT") return { kind: "TEXT", text: `${header}\n${content.text}`, markup };
    return {
      kind: content.kind,
      fileId: content.fileId!,
      caption: [header, content.text ?? ""].filter(Boolean).join("\n"),
      markup,
    };
  });
}

/** Per recipient: delivered only when every message reached them (the first failure is kept). */
function mergeDeliveries(all: Delivery[][]): Delivery[] {
  const byUser = new Map<number, Delivery>();
  for (const list of all)
    for (const d of list) {
      const seen = byUser.get(d.user.id);
      if (!seen || (seen.result.ok && !d.result.ok)) byUser.set(d.user.id, d);
    }
  return [...byUser.values()];
}

async function acknowledge(ctx: Ctx, no: string, deliveries: Delivery[]) {
  const ok = deliveries.filter((d) => d.result.ok).map((d) => personName(d.user));
  const failed = deliveries.filter((d) => !d.result.ok);
  const failedNames = failed.map((d) => personName(d.user)).join(", ");
  if (failed.length === 0) return ctx.reply(ctx.t("help-sent", { no, names: ok.join(", ") }));
  if (ok.length > 0) return ctx.reply(ctx.t("help-sent-partial", { no, names: ok.join(", "), failed: failedNames }));
  const blocked = failed.every((d) => !d.result.ok && d.result.blocked);
  const contact = failed
    .map((d) => contactOf(d.user))
    .filter(Boolean)
    .join(", ");
  const reason = ctx.t(blocked ? "help-reason-blocked" : "help-reason-error");
  if (!contact) return ctx.reply(ctx.t("help-not-delivered-no-contact", { no, failed: failedNames, reason }));
  return ctx.reply(ctx.t("help-not-delivered", { no, failed: failedNames, reason, contact }));
}

/**
 * A message sent with no request chosen: ask which one (if the person has any). The other photos of
 * an album already asked about join it quietly, so the album is kept whole and asked about once.
 */
async function askWhichRequest(
  ctx: Ctx,
  state: RelayState,
  item: PendingMessage,
  mediaGroupId: string | undefined,
): Promise<boolean> {
  const { prisma, clock } = ctx.deps;
  const album = state.pending;
  if (mediaGroupId && album?.mediaGroupId === mediaGroupId) {
    if (album.items.length < ALBUM_MAX)
      await updateRelayState(prisma, ctx.user!.telegramId, clock.now(), (s) => ({
        ...s,
        pending: { ...album, items: [...album.items, item] },
      }));
    return true;
  }
  const active = await activeRequestsOfUser(prisma, ctx.user!);
  if (active.length === 0) return false;
  await updateRelayState(prisma, ctx.user!.telegramId, clock.now(), (s) => ({
    ...s,
    pending: { items: [item], ...(mediaGroupId ? { mediaGroupId } : {}), until: until(clock.now(), TARGET_TTL_MS) },
  }));
  const kb = new InlineKeyboard();
  for (const r of active) kb.text(`${requestNo(r.id)} · ${ctx.t(`help-cat-${r.category}`)}`, pickCb.pack(r.id)).row();
  await ctx.reply(ctx.t("help-pick-request"), { reply_markup: kb });
  return true;
}

/** Does this message belong to a help request's thread (a reply to one of its copies, or after Balas)? */
export async function inHelpThread(ctx: Ctx): Promise<boolean> {
  const msg = ctx.message;
  if (!msg || !ctx.user || !ctx.chat) return false;
  const { prisma, clock } = ctx.deps;
  if (msg.reply_to_message && (await requestOfCopy(prisma, BigInt(ctx.chat.id), msg.reply_to_message.message_id)))
    return true;
  return !!(await getRelayState(prisma, ctx.user.telegramId, clock.now())).target;
}

export async function relayMessage(ctx: Ctx, next: () => Promise<void>) {
  const msg = ctx.message;
  if (!msg || !ctx.user || ctx.chat?.type !== "private") return next();
  if (msg.text !== undefined && (msg.text.startsWith("/") || isMenuLabel(ctx, msg.text))) return next();
  const { prisma, clock } = ctx.deps;
  const content = contentOf(msg);
  if (msg.reply_to_message) {
    const requestId = await requestOfCopy(prisma, BigInt(ctx.chat.id), msg.reply_to_message.message_id);
    if (requestId !== undefined) return relayInto(ctx, requestId, content, msg.message_id);
  }
  const state = await getRelayState(prisma, ctx.user.telegramId, clock.now());
  if (state.comment && msg.text !== undefined) {
    const saved = await commentRequest(prisma, ctx.user, state.comment.requestId, msg.text);
    await updateRelayState(prisma, ctx.user.telegramId, clock.now(), (s) => ({ ...s, comment: undefined }));
    if (saved) {
      await ctx.reply(ctx.t("help-comment-thanks"));
      await tellAssigneeComment(ctx, state.comment.requestId, msg.text);
      return;
    }
  }
  if (state.target) return relayInto(ctx, state.target.requestId, content, msg.message_id);
  if (content && (await askWhichRequest(ctx, state, { ...content, messageId: msg.message_id }, msg.media_group_id)))
    return;
  return next();
}

async function tellAssigneeComment(ctx: Ctx, requestId: number, comment: string) {
  const req = await requestWithAssignee(ctx.deps.prisma, requestId);
  if (!req?.assignee) return;
  await ctx.notifier.send(req.assignee, (t) =>
    t("help-comment-to-helper", { no: requestNo(req.id), name: personName(ctx.user), comment: comment.slice(0, 500) }),
  );
}
