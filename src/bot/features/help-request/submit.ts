// Creating a help request (inside conversation.external: runs once, result replayed): save it,
// keep the attachment as the original for every helper now or later, then send the card tier by
// tier (BA → PMO → admins) until someone actually receives it. With nobody at all it stays OPEN
// in the admins' queue and the pengurus is told so.
import type { Ctx } from "../../context.ts";
import {
  createHelpRequest,
  recordOutgoing,
  requestNo,
  setRoute,
  type HelpCategoryName,
} from "../../../services/help-requests/index.ts";
import { slaPolicy } from "../../../services/sla.ts";
import { contactOf, personName } from "../../../services/roles.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { outboundOf } from "../../../messages/help/deliver.ts";
import { sendCards } from "../../../messages/help/cards.ts";
import { coopById } from "../../../services/cooperatives.ts";

export interface HelpAnswers {
  coopId: number;
  category: HelpCategoryName;
  text: string;
  textMessageId: number;
  file?: { kind: "PHOTO" | "DOCUMENT"; fileId: string; caption?: string; messageId: number };
}

export type SubmitHelpOutcome =
  | { kind: "not_member" }
  | {
      kind: "created";
      id: number;
      no: string;
      routed: "BA" | "PMO" | "ADMIN" | null;
      helper: string;
      contact: string;
      regency: string;
    };

export async function submitHelp(octx: Ctx, a: HelpAnswers): Promise<SubmitHelpOutcome> {
  const { prisma, clock, config } = octx.deps;
  const me = octx.user!;
  const r = await createHelpRequest(prisma, {
    requesterId: me.id,
    coopId: a.coopId,
    category: a.category,
    text: a.text,
    now: clock.now(),
    policy: slaPolicy(config),
  });
  if (r.kind === "not_member") return { kind: "not_member" };
  const id = r.request.id;
  if (a.file) {
    await recordOutgoing(prisma, {
      requestId: id,
      fromUserId: me.id,
      direction: "TO_HELPER",
      kind: a.file.kind,
      text: a.file.caption ?? null,
      fileId: a.file.fileId,
      srcChatId: me.telegramId,
      srcMessageId: a.file.messageId,
      dstChatId: null,
    });
  }
  const out = outboundOf(octx);
  let routed: (typeof r.tiers)[number] | undefined;
  for (const tier of r.tiers) {
    const sent = await sendCards(out, id, tier.people, "new", { srcMessageId: a.textMessageId });
    if (sent.some((s) => s.result.ok)) {
      routed = tier;
      break;
    }
  }
  if (routed !== r.tiers[0]) await setRoute(prisma, id, routed?.role ?? "ADMIN", routed?.toId ?? null);
  const coop = (await coopById(prisma, a.coopId))!;
  const helper = routed?.role === "BA" ? routed.people[0] : undefined;
  return {
    kind: "created",
    id,
    no: requestNo(id),
    routed: routed?.role ?? null,
    helper: helper ? personName(helper) : "",
    contact: helper ? contactOf(helper) : "",
    regency: getWilayah().regency(coop.regencyCode)?.name ?? coop.regencyCode,
  };
}
