// Per-person relay state in the Session table (key "relay:<telegram id>"), not a conversation:
// - target:  after pressing Balas, following messages go to that request (expires after 2 hours)
// - comment: after rating, the next text is the optional comment (expires after 1 hour)
// - pending: messages sent without a target, waiting for the person to pick their request (one
//            message, or every photo of one album: Telegram sends an album as one message per photo
//            with the same media_group_id, and the person is asked once for all of them)
import type { Db } from "../../db/client.ts";
import { hotSql } from "../../db/hot-sql.ts";
import type { MessageKind } from "./messages.ts";

export const TARGET_TTL_MS = 2 * 3_600_000;
export const COMMENT_TTL_MS = 3_600_000;

export interface PendingMessage {
  messageId: number;
  kind: Exclude<MessageKind, "CARD">;
  text?: string;
  fileId?: string;
}

/** Telegram albums hold at most 10 items. */
export const ALBUM_MAX = 10;

export interface PendingBatch {
  items: PendingMessage[];
  /** set when the items are one album: its later photos join the batch without a new question */
  mediaGroupId?: string;
  until: string;
}

export interface RelayState {
  target?: { requestId: number; until: string };
  comment?: { requestId: number; until: string };
  pending?: PendingBatch;
}

/** A state saved before albums were kept held one message as `pending` itself. */
function pendingOf(p: unknown): PendingBatch | undefined {
  if (!p || typeof p !== "object") return undefined;
  if (Array.isArray((p as PendingBatch).items)) return p as PendingBatch;
  const { until, ...one } = p as PendingMessage & { until: string };
  return { items: [one], until };
}

const key = (telegramId: bigint | number) => `relay:${telegramId}`;

export async function getRelayState(prisma: Db, telegramId: bigint | number, now: Date): Promise<RelayState> {
  // raw SQL: read on every ordinary message a person sends (src/db/hot-sql.ts)
  const [row] = await hotSql(prisma).query<{ value: string }>(`SELECT "value" FROM "Session" WHERE "key" = $1`, [
    key(telegramId),
  ]);
  if (!row) return {};
  let s: RelayState;
  try {
    s = JSON.parse(row.value) as RelayState;
  } catch {
    return {};
  }
  const live = (x?: { until: string }) => !!x && new Date(x.until).getTime() > now.getTime();
  const pending = pendingOf(s.pending);
  return {
    ...(live(s.target) ? { target: s.target } : {}),
    ...(live(s.comment) ? { comment: s.comment } : {}),
    ...(live(pending) ? { pending } : {}),
  };
}

async function saveRelayState(prisma: Db, telegramId: bigint | number, s: RelayState): Promise<void> {
  const k = key(telegramId);
  if (!s.target && !s.comment && !s.pending) {
    await prisma.session.deleteMany({ where: { key: k } });
    return;
  }
  const value = JSON.stringify(s);
  await prisma.session.upsert({ where: { key: k }, create: { key: k, value }, update: { value } });
}

export async function updateRelayState(
  prisma: Db,
  telegramId: bigint | number,
  now: Date,
  change: (s: RelayState) => RelayState,
): Promise<void> {
  await saveRelayState(prisma, telegramId, change(await getRelayState(prisma, telegramId, now)));
}

export const until = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString();
