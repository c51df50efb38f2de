// The one Context type. Outside conversations: i18n, the loaded user, conversation control.
// Inside conversations (ConvCtx): i18n only (installed through the conversation's plugins).
import type { Context } from "grammy";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { ConversationFlavor, Conversation } from "@grammyjs/conversations";
import type { User } from "../generated/prisma/client.ts";
import type { Deps } from "../deps.ts";

export interface AppFlavor {
  deps: Deps;
  /** The sender as stored in the DB (created on first contact). Absent for chatless/anonymous updates. */
  user?: User;
  /** Set when a conversation state was dropped because the code changed (see storage). */
  staleConversation?: boolean;
}

export type BaseCtx = Context & I18nFlavor & AppFlavor;
export type Ctx = ConversationFlavor<BaseCtx>;
export type ConvCtx = Context & I18nFlavor;
export type Conv = Conversation<Ctx, ConvCtx>;
