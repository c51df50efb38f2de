// Queueing what an applied assignments import tells people, through the outbox: one summary per BA
// and one message per pengurus of each coop on the bot. Keys name the import, so queueing again
// (a resumed apply, the CLI and the chat both) sends nothing twice. Used by /impor and the CLI.
import type { PrismaClient } from "../../../generated/prisma/client.ts";
import type { TranslateIn } from "../../../i18n.ts";
import { sendMany, type Outgoing } from "../../../messages/outbound.ts";
import type { ImportNotice } from "../../../services/imports/index.ts";
import { truncate } from "../../../lib/text.ts";

function renderNotice(t: TranslateIn, n: ImportNotice): string {
  if (n.kind === "ba")
    return t(n.locale, "imp-notice-ba", {
      count: n.count,
      coops: n.coops.map((c) => truncate(c, 50)).join(", "),
      more: Math.max(0, n.count - n.coops.length),
    });
  return t(n.locale, "imp-notice-board", { coop: n.coop, ba: n.ba, phone: n.phone });
}

export async function queueImportNotices(
  prisma: PrismaClient,
  t: TranslateIn,
  notices: ImportNotice[],
  now?: Date,
): Promise<number> {
  const list: Outgoing[] = notices.map((n) => ({
    to: n,
    message: { text: renderNotice(t, n) },
    key: n.key,
    lane: "bulk",
    group: n.key.split(":").slice(0, 2).join(":"),
  }));
  return sendMany(prisma, list, now);
}
