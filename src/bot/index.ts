// createBot: composes middlewares and features, nothing else. Order (each step's reason):
//  0. sequentialize   — updates of one chat are handled in order (runner runs chats concurrently)
//  1. deps            — ctx.deps (config, logger, prisma, clock) for everything after
//     finishRound     — a webhook update's done mark + conversation state in one statement, after
//                       everything below and still inside the chat's sequentialize
//  2. errorBoundary   — any failure below is logged with the update id and apologised for
//  3. privateOnly    — groups, supergroups, channels: nothing runs (one hint per group, callbacks refused)
//     chatMember     — private my_chat_member: blocked / unblocked the bot, stored and audited, no reply
//     loadUser        — ctx.user from the DB (created on first contact) + locale cache, before i18n
//  4. i18n            — ctx.t in the user's stored language
//  5. conversations   — ctx.conversation; state in the DB (survives restarts)
//  6. global commands — /batal, /bahasa, /bantuan, /privasi work from anywhere, even mid-wizard;
//     then commandRoles — the role list of commands.ts, enforced before any wizard or handler
//  7. createConversation × N — resumes an active wizard with this update
//  8. features        — commands, menus, callbacks (each checks role and scope)
//  9. unhandled       — a clear "I did not understand" instead of silence
// Steps 7 and 8 are the two lists below (CONVERSATIONS, FEATURES); each feature registers itself
// there and nowhere else. The help relay (ordinary messages that belong to a help request) comes
// last among the features, just before unhandled.
import { type Api, Bot, type BotConfig, type Middleware } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import { autoRetry } from "@grammyjs/auto-retry";
import { networkRetry } from "./network-retry.ts";
import { idsOf, updateKind } from "./update-ids.ts";
import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import type { ConvCtx, Ctx } from "./context.ts";
import type { Deps } from "../deps.ts";
import { createI18n, translateIn } from "../i18n.ts";
import { translatorIn } from "../lib/translate.ts";
import { loadUser } from "./middlewares/load-user.ts";
import { finishRound } from "./update-round.ts";
import { commandRoles } from "./middlewares/command-roles.ts";
import { privateOnly } from "./middlewares/private-only.ts";
import { chatMember } from "./middlewares/chat-member.ts";
import { syncChatMenu } from "./menu-sync.ts";
import { errorHandler } from "./middlewares/error-handler.ts";
import { createConversationStorage, CONVERSATION_VERSION } from "./conversation-storage.ts";
import { Notifier } from "./notifier.ts";
import { globalCommands } from "./features/global.ts";
import { registrationConversations, registrationFeature } from "./features/registration/index.ts";
import { startFeature } from "./features/start/index.ts";
import { cooperativeFeature } from "./features/cooperative/index.ts";
import { privacyFeature } from "./features/privacy/index.ts";
import { unhandledFeature } from "./features/unhandled/index.ts";
import { reportConversations, reportFeature } from "./features/report/index.ts";
import { remindersFeature } from "./features/reminders/index.ts";
import {
  inviteConversations,
  inviteDeepLink,
  inviteFeature,
  inviteJoinConversations,
} from "./features/invite/index.ts";
import { assignmentConversations, assignmentFeature } from "./features/assignment/index.ts";
import { helpRelayFeature, helpRequestConversations, helpRequestFeature } from "./features/help-request/index.ts";
import { workspaceFeature } from "./features/workspace/index.ts";
import { peopleConversations, peopleFeature } from "./features/people/index.ts";
import { oversightFeature } from "./features/oversight/index.ts";
import { visitConversations, visitsFeature } from "./features/visits/index.ts";
import { broadcastConversations, broadcastFeature } from "./features/broadcast/index.ts";
import { deliveryReportsFeature } from "./features/delivery-reports/index.ts";
import { recapFeature } from "./features/recap/index.ts";
import { auditFeature } from "./features/audit/index.ts";
import { registerOutboxHooks } from "../messages/outbox-hooks.ts";
import { importFeature } from "./features/imports/index.ts";
import { fileDownloader, type DownloadFile } from "./file-download.ts";

/** 7. Every conversation (wizard) of the bot. */
const CONVERSATIONS: Array<(i18n: I18n<ConvCtx>) => Middleware<Ctx>> = [
  registrationConversations,
  reportConversations,
  inviteConversations,
  inviteJoinConversations,
  assignmentConversations,
  helpRequestConversations,
  peopleConversations,
  visitConversations,
  broadcastConversations,
];

/** 8. Every feature, in order (the help relay last), then 9. unhandled. */
const FEATURES: Middleware<Ctx>[] = [
  startFeature([inviteDeepLink]),
  registrationFeature,
  cooperativeFeature,
  privacyFeature,
  reportFeature,
  remindersFeature,
  oversightFeature,
  visitsFeature,
  inviteFeature,
  assignmentFeature,
  workspaceFeature,
  recapFeature,
  helpRequestFeature,
  peopleFeature,
  auditFeature,
  broadcastFeature,
  deliveryReportsFeature,
  importFeature,
  helpRelayFeature,
  unhandledFeature,
];

declare module "./context.ts" {
  interface AppFlavor {
    notifier: Notifier;
    /** the bytes of a file a user sent (roster imports) */
    downloadFile: DownloadFile;
  }
}

/** 429 (retry_after ≤ 30 s) and 5xx: auto-retry, 3 times; network errors: 3 times with backoff
 * (auto-retry alone would retry those forever and hang start-up). */
export function withRetries(api: Api) {
  api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30, rethrowHttpErrors: true }));
  api.config.use(networkRetry({ attempts: 3, firstDelayMs: 1000 }));
}

export function createBot(
  token: string,
  deps: Deps,
  botConfig?: BotConfig<Ctx>,
  options: { conversationVersion?: string | number } = {},
) {
  const bot = new Bot<Ctx>(token, botConfig);
  // outcome hooks: help copies delivered or re-routed, paid broadcasts refused
  registerOutboxHooks();
  const i18n = createI18n(deps.config.defaultLocale, deps.locales);
  const notifier = new Notifier(i18n, deps);
  const downloadFile = fileDownloader(token, botConfig);
  withRetries(bot.api);

  // one update at a time per chat (the runner handles different chats concurrently)
  bot.use(sequentialize((ctx) => (ctx.chatId ?? ctx.from?.id)?.toString()));
  bot.use(async (ctx, next) => {
    // every log line of this update carries its update_id, chat and user id (ids only: no names);
    // at debug level each update leaves one line of its own (kind and time, never its text)
    const t0 = Date.now();
    const logger = deps.logger.child(idsOf(ctx));
    ctx.deps = { ...deps, logger };
    ctx.notifier = notifier;
    ctx.downloadFile = downloadFile;
    try {
      await next();
    } finally {
      if (logger.isLevelEnabled("debug"))
        logger.debug({ kind: updateKind(ctx.update), ms: Date.now() - t0 }, "update handled");
    }
  });
  // a webhook update ends with one statement: its done mark and the chat's state (update-round.ts)
  bot.use(finishRound);
  const tIn = translateIn(i18n, deps.config.defaultLocale);
  const fallbackT = (ctx: Ctx) => translatorIn(tIn, ctx.from?.language_code?.slice(0, 2) === "en" ? "en" : undefined);
  const guarded = bot.errorBoundary((err) => errorHandler(err, fallbackT));
  guarded.use(privateOnly(fallbackT));
  guarded.use(chatMember);
  guarded.use(loadUser);
  guarded.use(i18n);
  guarded.use(syncChatMenu());
  guarded.use(
    conversations<Ctx, Ctx>({
      storage: createConversationStorage(deps.prisma, options.conversationVersion ?? CONVERSATION_VERSION),
      // each wizard step gets a fresh Api built from the bot's client options but without its
      // transformers: the same retries are installed on it, so a 429 or a 5xx inside a wizard is
      // waited out as it is everywhere else instead of ending the step with an apology
      plugins: [
        async (ctx, next) => {
          withRetries(ctx.api);
          await next();
        },
      ],
    }),
  );
  guarded.use(globalCommands);
  guarded.use(commandRoles);
  for (const conversation of CONVERSATIONS) guarded.use(conversation(i18n));
  guarded.use(...FEATURES);
  return { bot, i18n, notifier };
}
