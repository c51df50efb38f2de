// One webhook update, start to end, in two statements around the handler instead of four:
//  - the update_id claim (services/update-claims.ts) also reads the sender's User row and the
//    chat's conversation state, which loadUser reads first on every update;
//  - the end marks the claim done in the same statement that writes (or deletes) the chat's
//    conversation state, which the conversation storage would otherwise write on its own. One
//    commit: a state is never saved for an update that will be handled again, and vice versa.
// The end runs inside the per-chat sequentialize (the `finishRound` middleware), so the next
// update of the chat reads the state written here. What was read with a claim is used only if no
// other update of the same chat finished in this process since (Telegram may POST two updates of
// one chat at once: the second's claim may have read the state before the first wrote its own).
// Without a round (polling, tests, a claim taken over from a dead instance) everything reads and
// writes as before.
import { Context, type NextFunction } from "grammy";
import type { Update } from "grammy/types";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Clock } from "../lib/clock.ts";
import { absentApiAndMe } from "../lib/casts.ts";
import { createUpdateClaims, type StateChange } from "../services/update-claims.ts";
import type { UserAndSession } from "../services/users.ts";
import { conversationKey } from "./conversation-key.ts";

/** Updates of one chat claimed and not yet ended in this process; `finished` counts those handled. */
interface ChatInFlight {
  open: number;
  finished: number;
}
const inFlight = new Map<string, ChatInFlight>();

function enter(key: string): ChatInFlight {
  let c = inFlight.get(key);
  if (!c) inFlight.set(key, (c = { open: 0, finished: 0 }));
  c.open += 1;
  return c;
}

function leave(key: string, c: ChatInFlight) {
  c.open -= 1;
  if (c.open === 0) inFlight.delete(key);
}

interface Round {
  telegramId: bigint;
  sessionKey: string | null;
  read: UserAndSession | null;
  chat: ChatInFlight | null;
  /** chat.finished when the claim read */
  seen: number;
  ended: boolean;
  /** the conversation state change this update made, held for the closing statement */
  change?: StateChange;
  /** done + that change, in one statement */
  finish(change: StateChange): Promise<void>;
  finished: boolean;
}

const rounds = new WeakMap<Update, Round>();

/** What the webhook handler calls (src/http/webhook.ts). */
export interface WebhookClaims {
  /** true: this instance handles the update */
  claim(update: Update): Promise<boolean>;
  /** marks it handled (unless the round already did, with the state) */
  done(update: Update): Promise<void>;
  /** the update could not be handled: a re-sent copy may try again */
  release(update: Update): Promise<void>;
}

export function webhookClaims(prisma: PrismaClient, clock: Clock): WebhookClaims {
  const claims = createUpdateClaims(prisma, clock);
  return {
    async claim(update) {
      const ctx = new Context(update, ...absentApiAndMe());
      const from = ctx.from;
      if (!from || from.is_bot) return claims.claim(update.update_id);
      const sessionKey = conversationKey(ctx) ?? null;
      const telegramId = BigInt(from.id);
      const chat = sessionKey === null ? null : enter(sessionKey); // before the read is sent
      const seen = chat?.finished ?? 0;
      const round: Round = {
        telegramId,
        sessionKey,
        read: null,
        chat,
        seen,
        ended: false,
        finish: (change) => claims.doneWith(update.update_id, change),
        finished: false,
      };
      try {
        const got = await claims.claimAndRead(update.update_id, { telegramId, sessionKey });
        round.read = got.read;
        if (!got.claimed) end(round);
        else rounds.set(update, round);
        return got.claimed;
      } catch (e) {
        end(round);
        throw e;
      }
    },
    async done(update) {
      const r = rounds.get(update);
      try {
        if (!r?.finished) await claims.done(update.update_id);
      } finally {
        if (r) end(r);
      }
    },
    async release(update) {
      const r = rounds.get(update);
      try {
        await claims.release(update.update_id);
      } finally {
        if (r) end(r);
      }
    },
  };
}

function end(r: Round) {
  if (r.ended) return;
  r.ended = true;
  if (r.chat && r.sessionKey !== null) leave(r.sessionKey, r.chat);
}

/** The user row and state read with the claim, when they are this sender's and this chat's. */
export function readWithClaim(ctx: Context, telegramId: bigint, sessionKey: string | undefined) {
  const r = rounds.get(ctx.update);
  if (!r?.read || r.telegramId !== telegramId || r.sessionKey !== (sessionKey ?? null)) return undefined;
  if ((r.chat?.finished ?? 0) !== r.seen) return undefined; // the chat moved on since: read again
  const read = r.read;
  r.read = null; // once: a second read in the same update goes to the database
  return read;
}

/**
 * The conversation storage hands its write here; false: no round (write it yourself). Only the
 * chat's own key is held (any other key is written at once).
 */
export function holdStateChange(ctx: Context, change: StateChange): boolean {
  const r = rounds.get(ctx.update);
  if (!r || r.finished || r.sessionKey !== change.key) return false;
  r.change = change;
  return true;
}

/**
 * Middleware, inside sequentialize: after the update is handled, one statement marks it done and
 * writes the state change held. With nothing held, the webhook's `done` marks it after handleUpdate.
 */
export async function finishRound(ctx: Context, next: NextFunction) {
  const r = rounds.get(ctx.update);
  try {
    await next();
    if (!r?.change || r.finished) return; // nothing held: `done` after handleUpdate, as before
    await r.finish(r.change);
    r.finished = true;
  } finally {
    // still inside the chat's sequentialize: the chat's next update sees this one as finished
    if (r?.chat) r.chat.finished += 1;
  }
}
