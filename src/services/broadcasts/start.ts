// Starting a broadcast: the Broadcast row and ALL its recipients, in one transaction. The
// recipients become Outbox rows (key "bc:<broadcastId>:<userId>", unique: ON CONFLICT DO NOTHING)
// through one INSERT … SELECT over the audience query, so the count is exact, nothing is looped
// over in Node, and a start that is retried cannot add anyone twice. From then on the outbox
// worker sends them (bulk lane, group "bc:<id>": paced, 429-aware, resuming after a crash).
//
// Exactly once, and its one exception: a row is claimed (PENDING → SENDING with a lease), sent,
// then marked SENT. If the process dies (kill -9, power) AFTER Telegram accepted a message but
// BEFORE that row update committed, the row is still SENDING; when its lease runs out the next
// drain puts it back to PENDING and the recipient gets the message a second time. That window is
// one round trip per send in flight, so a crash can duplicate at most one message per worker send
// slot (the worker's `concurrency`, 8 by default) and loses none. Every other row — never claimed,
// or already SENT/FAILED/SKIPPED/CANCELLED — is sent exactly once, or not at all.
import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";
import { audienceSql } from "./audience.ts";
import { checkContent, sendCall, type BroadcastContent } from "./content.ts";
import { checkFilter, type Sender } from "./filter.ts";
import { RECIPIENT_ZONE, instantIn, offsetSql, type SendAt } from "./send-at.ts";
import { groupOf, OUTBOX_GROUP_COLUMNS } from "./outbox-group.ts";

const { sql } = Prisma;

// Content and filter are plain JSON (strings, numbers, booleans, arrays, objects), but an interface
// or grammY's MessageEntity[] has no index signature, so Prisma's InputJsonValue does not take them
// as they are; as an object it does.
const json = (value: object): Prisma.InputJsonValue => value;

export interface StartInput {
  sender: Sender;
  filter: unknown;
  content: BroadcastContent;
  /** the "Diterima ✔" button: its label per locale and its callback data for a broadcast id */
  ack?: { labels: Record<string, string>; data: (broadcastId: number) => string };
  sendAt?: SendAt;
  defaultLocale: string;
  now: Date;
  progressChatId?: bigint | number;
  /** one per wizard run: starting again with the same token returns the broadcast already started */
  token?: string;
  /** at Telegram's paid rate (allow_paid_broadcast): ADMIN only, and only when the operator enabled it */
  paid?: boolean;
}

export type StartResult =
  | { ok: true; id: number; recipients: number }
  | { ok: false; reason: "not_allowed" | "out_of_scope" | "invalid" | "empty" };

export const recipientKey = (broadcastId: number, userId: number) => `bc:${broadcastId}:${userId}`;

export async function startBroadcast(prisma: PrismaClient, input: StartInput): Promise<StartResult> {
  const checked = checkFilter(input.sender, input.filter);
  if (!checked.ok) return checked;
  if (!checkContent(input.content).ok) return { ok: false, reason: "invalid" };
  if (input.paid && input.sender.role !== "ADMIN") return { ok: false, reason: "not_allowed" };
  const { filter, scope } = checked;
  const ts = (d: Date) => sql`${d.toISOString()}::timestamp(3)`;
  const already = async () => {
    const b = input.token
      ? await prisma.broadcast.findUnique({ where: { token: input.token }, select: { id: true, recipients: true } })
      : null;
    return b && { ok: true as const, id: b.id, recipients: b.recipients };
  };
  const done = await already();
  if (done) return done;

  return prisma
    .$transaction(async (tx) => {
      const b = await tx.broadcast.create({
        data: {
          createdById: input.sender.id,
          content: json(input.content),
          audience: json(filter),
          ack: !!input.ack,
          sendAtLocal: input.sendAt?.local ?? null,
          sendAtZone: input.sendAt?.zone ?? null,
          progressChatId: input.progressChatId === undefined ? null : BigInt(input.progressChatId),
          startedAt: input.now,
          token: input.token ?? null,
          paid: !!input.paid,
        },
      });
      // one rendered call per language: only the button label differs
      const locales = Object.keys(input.ack?.labels ?? { [input.defaultLocale]: "" });
      const calls = Object.fromEntries(
        locales.map((l) => [
          l,
          sendCall(
            input.content,
            input.ack
              ? { inline_keyboard: [[{ text: input.ack.labels[l]!, callback_data: input.ack.data(b.id) }]] }
              : undefined,
          ),
        ]),
      );
      const method = calls[input.defaultLocale]?.method ?? sendCall(input.content).method;
      const payloads = JSON.stringify(Object.fromEntries(Object.entries(calls).map(([l, c]) => [l, c.payload])));
      const payload = sql`coalesce(${payloads}::jsonb -> a.locale, ${payloads}::jsonb -> ${input.defaultLocale})`;

      const at = input.sendAt;
      const notBefore = !at
        ? ts(input.now)
        : at.zone === RECIPIENT_ZONE
          ? sql`greatest(${ts(input.now)}, ${`${at.local}:00`}::timestamp(3) - make_interval(hours => ${offsetSql(sql`a.prov`)}))`
          : ts(new Date(Math.max(input.now.getTime(), instantIn(at.local, at.zone).getTime())));

      const group = groupOf(b.id);
      const inserted = await tx.$executeRaw(sql`
      INSERT INTO "Outbox" (key, "chatId", method, payload, "nextAttemptAt", "createdAt"${OUTBOX_GROUP_COLUMNS.names})
      SELECT ${`bc:${b.id}:`} || a."userId", a."telegramId", ${method}, ${payload}, ${notBefore}, ${ts(input.now)}${OUTBOX_GROUP_COLUMNS.values(group, !!input.paid)}
      FROM (${audienceSql(filter, scope, input.defaultLocale)}) a
      ON CONFLICT (key) DO NOTHING`);
      if (inserted === 0) throw new EmptyAudience();
      await tx.broadcast.update({ where: { id: b.id }, data: { recipients: inserted } });
      return { ok: true as const, id: b.id, recipients: inserted };
    })
    .catch(async (e: unknown) => {
      if (e instanceof EmptyAudience) return { ok: false as const, reason: "empty" as const };
      // the same token started concurrently: the other one won
      const other = e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002" ? await already() : null;
      if (other) return other;
      throw e;
    });
}

class EmptyAudience extends Error {}
