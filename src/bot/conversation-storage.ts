// Conversation state in the DB (`Session` table), keyed per chat. Survives restarts, so a user
// who was half-way through a wizard resumes at the same step.
// When the stored state was written by another CONVERSATION_VERSION (the wizard's code changed),
// it is dropped and ctx.staleConversation is set so the user is told to start again.
// Hot path (every update): the state is usually read by loadUser in the same round trip as the
// user (prefetchConversationState); it is written only when it changed, deleted only when a row
// exists; raw SQL on the driver (src/db/hot-sql.ts). For a webhook update both come with the
// update's claim: read with it, written with its done mark (src/bot/update-round.ts).
import type { VersionedState, ConversationData } from "@grammyjs/conversations";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { BaseCtx } from "./context.ts";
import { hotSql } from "../db/hot-sql.ts";
import { conversationKey } from "./conversation-key.ts";
import { holdStateChange } from "./update-round.ts";

/** Bump in any change that alters a conversation builder's sequence of waits. */
export const CONVERSATION_VERSION = 4;

type State = VersionedState<ConversationData>;

/** Stored value read for an update: a JSON string, or null when the chat has no row. */
const prefetched = new WeakMap<object, string | null>();
/** What the DB holds for this update's chat as far as this update knows (to skip no-op writes). */
const stored = new WeakMap<object, string | null>();

/** Hands the state read together with the user (loadUser) to the storage, for this update only. */
export function prefetchConversationState(ctx: BaseCtx, value: string | null) {
  prefetched.set(ctx, value);
}

export function createConversationStorage(prisma: PrismaClient, version: string | number = CONVERSATION_VERSION) {
  const sql = hotSql(prisma);
  return {
    type: "context" as const,
    version,
    adapter: {
      async read(ctx: BaseCtx): Promise<State | undefined> {
        const key = conversationKey(ctx);
        if (!key) return undefined;
        let value: string | null;
        if (prefetched.has(ctx)) {
          value = prefetched.get(ctx)!;
          prefetched.delete(ctx); // a second read (none expected) goes to the DB
        } else {
          value =
            (await sql.query<{ value: string }>(`SELECT "value" FROM "Session" WHERE "key" = $1`, [key]))[0]?.value ??
            null;
        }
        stored.set(ctx, value);
        if (value === null) return undefined;
        const state = JSON.parse(value) as State;
        if (String(state.version?.[1]) !== String(version)) {
          ctx.staleConversation = true;
          await sql.query(`DELETE FROM "Session" WHERE "key" = $1`, [key]);
          stored.set(ctx, null);
          return undefined;
        }
        return state;
      },
      async write(ctx: BaseCtx, state: State): Promise<void> {
        const key = conversationKey(ctx);
        if (!key) return;
        const value = JSON.stringify(state);
        if (stored.get(ctx) === value) return; // unchanged
        // a webhook update: written with the update's done mark, in one statement (update-round.ts)
        if (!holdStateChange(ctx, { key, value }))
          await sql.query(
            `INSERT INTO "Session" ("key", "value", "updatedAt") VALUES ($1, $2, (now() AT TIME ZONE 'UTC'))
           ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = EXCLUDED."updatedAt"`,
            [key, value],
          );
        stored.set(ctx, value);
      },
      async delete(ctx: BaseCtx): Promise<void> {
        const key = conversationKey(ctx);
        if (!key) return;
        if (stored.get(ctx) === null) return; // no row
        if (!holdStateChange(ctx, { key, value: null }))
          await sql.query(`DELETE FROM "Session" WHERE "key" = $1`, [key]);
        stored.set(ctx, null);
      },
    },
  };
}
