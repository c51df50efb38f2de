// Per-person relay state in the Session table (key "relay:<telegram id>"), not a conversation:
// - target:  after pressing Balas, following messages go to that request (expires after 2 hours)
// - comment: after rating, the next text is the optional comment (expires after 1 hour)
// - pending: a message sent without a target, waiting for the person to pick its request
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { MessageKind } from "./messages.ts";

export const TARGET_TTL_MS = 2 * 3_600_000;
export const COMMENT_TTL_MS = 3_600_000;

export interface PendingMessage {
  messageId: number;
  kind: Exclude<MessageKind, "CARD">;
  text?: string;
  fileId?: string;
}

export interface RelayState {
  target?: { requestId: number; until: string };
  comment?: { requestId: number; until: string };
  pending?: PendingMessage & { until: string };
}

const key = (telegramId: bigint | number) => `relay:${telegramId}`;

export async function getRelayState(prisma: PrismaClient, telegramId: bigint | number, now: Date): Promise<RelayState> {
  const row = await prisma.session.findUnique({ where: { key: key(telegramId) } });
  if (!row) return {};
  let s: RelayState;
  try {
    s = JSON.parse(row.value) as RelayState;
  } catch {
    return {};
  }
  const live = (x?: { until: string }) => !!x && new Date(x.until).getTime() > now.getTime();
  return {
    ...(live(s.target) ? { target: s.target } : {}),
    ...(live(s.comment) ? { comment: s.comment } : {}),
    ...(live(s.pending) ? { pending: s.pending } : {}),
  };
}

export async function saveRelayState(prisma: PrismaClient, telegramId: bigint | number, s: RelayState): Promise<void> {
  const k = key(telegramId);
  if (!s.target && !s.comment && !s.pending) {
    await prisma.session.deleteMany({ where: { key: k } });
    return;
  }
  const value = JSON.stringify(s);
  await prisma.session.upsert({ where: { key: k }, create: { key: k, value }, update: { value } });
}

export async function updateRelayState(
  prisma: PrismaClient,
  telegramId: bigint | number,
  now: Date,
  change: (s: RelayState) => RelayState,
): Promise<void> {
  await saveRelayState(prisma, telegramId, change(await getRelayState(prisma, telegramId, now)));
}

export const until = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString();
