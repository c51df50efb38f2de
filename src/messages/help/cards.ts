// The request "card" a helper gets (new, reminder, escalation, moved to them) with its buttons,
// and queueing it: each card is recorded as a HelpMessage so a reply to it reaches the requester.
// Lives with the outbound module (not in bot/features) because jobs and outcome hooks send cards too.
import { InlineKeyboard } from "grammy";
import { requestForCard } from "../../services/help-requests/queries.ts";
import { localeOf, type Translate } from "../../i18n.ts";
import type { HelpStatus } from "../../generated/prisma/enums.ts";
import type { User } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/client.ts";
import { deliveredTo, requestNo, requesterAttachments } from "../../services/help-requests/index.ts";
import { contactOf, personName } from "../../services/roles.ts";
import { coopTimeZone } from "../../services/sla.ts";
import { getWilayah } from "../../services/wilayah/index.ts";
import { formatDateTimeId } from "../../lib/dates.ts";
import { helpCb } from "./callback-data.ts";
import { deliverToEach, type Delivery, type Outbound } from "./deliver.ts";

export type CardHead = "new" | "remind" | "escalated" | "moved" | "view";

export interface CardData {
  id: number;
  no: string;
  status: HelpStatus;
  category: string;
  text: string;
  coopName: string;
  place: string;
  requesterName: string;
  requesterContact: string;
  position: string | null;
  /** when the request should be taken (formatted in the reader's language by cardText) */
  dueAt: Date;
  timeZone: string;
  assigneeName: string | null;
  requesterTelegramId: bigint;
  requesterId: number;
}

export async function loadCard(prisma: Db, id: number): Promise<CardData> {
  const r = await requestForCard(prisma, id);
  const m = r.membership;
  const tz = coopTimeZone(r.coop);
  const path = getWilayah().villagePath(r.coop.villageCode);
  return {
    id: r.id,
    no: requestNo(r.id),
    status: r.status,
    category: r.category,
    text: r.text,
    coopName: r.coop.name,
    place: path ? `${path.village.name}, Kec. ${path.district.name}, ${path.regency.name}` : r.coop.villageCode,
    requesterName: personName(r.requester),
    requesterContact: contactOf(r.requester),
    position: m?.position ?? null,
    dueAt: r.dueAt,
    timeZone: tz,
    assigneeName: r.assignee ? personName(r.assignee) : null,
    requesterTelegramId: r.requester.telegramId,
    requesterId: r.requesterId,
  };
}

export function cardText(t: Translate, d: CardData, head: CardHead): string {
  const who = d.position
    ? t("help-card-from-position", { name: d.requesterName, position: t(`position-${d.position}`) })
    : t("help-card-from", { name: d.requesterName });
  return [
    t(`help-card-head-${head}`, { no: d.no }),
    t("help-card-coop", { coop: d.coopName }),
    `📍 ${d.place}`,
    t("help-card-category", { category: t(`help-cat-${d.category}`) }),
    d.requesterContact ? `${who} · ${d.requesterContact}` : who,
    t("help-card-status", { status: t(`help-status-${d.status}`) }) + (d.assigneeName ? ` · ${d.assigneeName}` : ""),
    d.status === "OPEN" || d.status === "ESCALATED"
      ? t("help-card-due", { due: formatDateTimeId(d.dueAt, d.timeZone, localeOf(t)) })
      : "",
    "",
    d.text,
  ]
    .filter((l, i) => l !== "" || i === 7)
    .join("\n");
}

/** Ambil (while nobody took it) · Balas · Selesai, and Alihkan for PMO/admin. */
export function helperKeyboard(
  t: Translate,
  id: number,
  status: HelpStatus,
  withReassign = false,
): InlineKeyboard | undefined {
  if (status === "CLOSED") return undefined;
  const kb = new InlineKeyboard();
  if (status === "OPEN" || status === "ESCALATED") kb.text(t("help-btn-take"), helpCb.pack("t", id));
  kb.text(t("help-btn-reply"), helpCb.pack("r", id)).text(t("help-btn-close"), helpCb.pack("c", id));
  if (withReassign) kb.row().text(t("help-btn-reassign"), helpCb.pack("a", id));
  return kb;
}

/** The requester's side: Balas (and Selesai to close it themselves). */
export function requesterKeyboard(t: Translate, id: number): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("help-btn-reply"), helpCb.pack("r", id))
    .text(t("help-btn-close-own"), helpCb.pack("c", id));
}

/** Send the card (then the requester's photos/documents) to each person. Returns the card deliveries. */
export async function sendCards(
  out: Outbound,
  id: number,
  people: User[],
  head: CardHead,
  opts: { srcMessageId?: number; withReassign?: (u: User) => boolean } = {},
): Promise<Delivery[]> {
  if (people.length === 0) return [];
  const d = await loadCard(out.deps.prisma, id);
  const src = {
    from: { id: d.requesterId },
    chatId: d.requesterTelegramId,
    messageId: opts.srcMessageId ?? 0,
    kind: "CARD" as const,
    text: null,
  };
  const cards = await deliverToEach(out, { id }, "TO_HELPER", src, people, (t, u) => ({
    kind: "CARD",
    text: cardText(t, d, head),
    markup: helperKeyboard(t, id, d.status, opts.withReassign?.(u) ?? (u.role === "PMO" || u.role === "ADMIN")),
  }));
  // the requester's photos/documents follow the card to everyone it was queued for
  const got = cards.filter((c) => c.result.ok).map((c) => c.user);
  for (const a of await requesterAttachments(out.deps.prisma, id)) {
    const have = await deliveredTo(out.deps.prisma, id, a.srcChatId, a.srcMessageId);
    const need = got.filter((u) => !have.has(String(u.telegramId)));
    const kind = a.kind as "PHOTO" | "DOCUMENT";
    const source = {
      from: { id: a.fromUserId },
      chatId: a.srcChatId,
      messageId: a.srcMessageId,
      kind,
      text: a.text,
      fileId: a.fileId,
    };
    await deliverToEach(out, { id }, "TO_HELPER", source, need, (t) => ({
      kind,
      fileId: a.fileId!,
      caption: [t("help-attachment-caption", { no: d.no }), a.text ?? ""].filter(Boolean).join("\n"),
    }));
  }
  return cards;
}
