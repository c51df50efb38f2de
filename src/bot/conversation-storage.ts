// Conversation state in the DB (`Session` table), keyed per chat. Survives restarts, so a user
// who was half-way through a wizard resumes at the same step.
// When the stored state was written by another CONVERSATION_VERSION (the wizard's code changed),
// it is dropped and ctx.staleConversation is set so the user is told to start again.
import type { VersionedState, ConversationData } from "@grammyjs/conversations";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { BaseCtx } from "./context.ts";

/** Bump in any change that alters a conversation builder's sequence of waits. */
export const CONVERSATION_VERSION = 2;

type State = VersionedState<ConversationData>;

export function conversationKey(ctx: BaseCtx): string | undefined {
  return ctx.chatId === undefined ? undefined : `conv:${ctx.chatId}`;
}

export function createConversationStorage(prisma: PrismaClient, version: string | number = CONVERSATION_VERSION) {
  return {
    type: "context" as const,
    version,
    adapter: {
      async read(ctx: BaseCtx): Promise<State | undefined> {
        const key = conversationKey(ctx);
        if (!key) return undefined;
        const row = await prisma.session.findUnique({ where: { key } });
        if (!row) return undefined;
        const state = JSON.parse(row.value) as State;
        if (String(state.version?.[1]) !== String(version)) {
          ctx.staleConversation = true;
          await prisma.session.deleteMany({ where: { key } });
          return undefined;
        }
        return state;
      },
      async write(ctx: BaseCtx, state: State): Promise<void> {
        const key = conversationKey(ctx);
        if (!key) return;
        const value = JSON.stringify(state);
        await prisma.session.upsert({ where: { key }, create: { key, value }, update: { value } });
      },
      async delete(ctx: BaseCtx): Promise<void> {
        const key = conversationKey(ctx);
        if (!key) return;
        await prisma.session.deleteMany({ where: { key } });
      },
    },
  };
}
