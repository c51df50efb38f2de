// Retention (UU PDP 27/2022: keep personal data no longer than needed), applied daily:
// - relayed help-request texts and files: blanked RELAYED_TEXT_DAYS after the request was closed
//   (the request's category, dates and rating stay for the SLA statistics);
// - webhook update claims: deleted after CLAIM_RETENTION_MS (3 days; Telegram re-sends for 24 h);
// - polling inbox tombstones (handled updates): deleted after a day (polling prunes them after an
//   hour itself; this is the backstop). Unhandled inbox rows are never deleted here;
// - sent or failed outbox messages (their text is personal): deleted after OUTBOX_DAYS;
// - audit rows: REFUSED (forged/stale buttons) after REFUSED_AUDIT_DAYS, all others after
//   AUDIT_DAYS (accountability of role and report decisions).
// /privasi states the same periods (locales/*/privacy.ftl).
import type { PrismaClient } from "../generated/prisma/client.ts";
import { purgeUpdateClaims } from "../services/update-claims.ts";

const RELAYED_TEXT_DAYS = 365;
const OUTBOX_DAYS = 30;
const REFUSED_AUDIT_DAYS = 365;
const AUDIT_DAYS = 5 * 365;
const INBOX_TOMBSTONE_DAYS = 1;

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

export interface PurgeCounts {
  relayedTexts: number;
  claims: number;
  inbox: number;
  outbox: number;
  audit: number;
}

export async function runRetentionPurge(prisma: PrismaClient, now: Date): Promise<PurgeCounts> {
  const relayed = await prisma.helpMessage.updateMany({
    where: {
      request: { closedAt: { lt: daysAgo(now, RELAYED_TEXT_DAYS) } },
      OR: [{ text: { not: null } }, { fileId: { not: null } }],
    },
    data: { text: null, fileId: null },
  });
  const requests = await prisma.helpRequest.updateMany({
    where: { closedAt: { lt: daysAgo(now, RELAYED_TEXT_DAYS) }, NOT: { text: "" } },
    data: { text: "", ratingComment: null },
  });
  const claims = await purgeUpdateClaims(prisma, now);
  const inbox = await prisma.session.deleteMany({
    where: { key: { startsWith: "inbox:" }, value: "", updatedAt: { lt: daysAgo(now, INBOX_TOMBSTONE_DAYS) } },
  });
  const outbox = await prisma.outbox.deleteMany({
    where: { status: { in: ["SENT", "FAILED"] }, createdAt: { lt: daysAgo(now, OUTBOX_DAYS) } },
  });
  const refused = await prisma.auditLog.deleteMany({
    where: { action: "REFUSED", at: { lt: daysAgo(now, REFUSED_AUDIT_DAYS) } },
  });
  const audit = await prisma.auditLog.deleteMany({ where: { at: { lt: daysAgo(now, AUDIT_DAYS) } } });
  return {
    relayedTexts: relayed.count + requests.count,
    claims,
    inbox: inbox.count,
    outbox: outbox.count,
    audit: refused.count + audit.count,
  };
}
