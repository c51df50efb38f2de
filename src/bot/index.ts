// createBot: composes middlewares and features, nothing else. Order (each step's reason):
//  0. sequentialize   — updates of one chat are handled in order (runner runs chats concurrently)
//  1. deps            — ctx.deps (config, logger, prisma, clock) for everything after
//  2. errorBoundary   — any failure below is logged with the update id and apologised for
//  3. loadUser        — ctx.user from the DB (created on first contact) + locale cache, before i18n
//  4. i18n            — ctx.t in the user's stored language
//  5. conversations   — ctx.conversation; state in the DB (survives restarts)
//  6. global commands — /batal, /bahasa, /bantuan, /privasi work from anywhere, even mid-wizard
//  7. createConversation × N — resumes an active wizard with this update
//  8. features        — commands, menus, callbacks (each checks role and scope)
//  9. unhandled       — a clear "I did not understand" instead of silence
// Staff & help (issue 5): invite/assignment/help-request conversations next to registration's; staff
// features (/undang, /kode, /tugaskan, /koperasiku, /mintabantuan, /permintaan, buttons), then the help
// relay (ordinary messages that belong to a help request) last, just before unhandled.
// Report (issue 4): its two conversations mount next to registration's; its feature (/lapor, /templat,
// /riwayat, reviewer buttons, pasted templates) before unhandled. Report reminders: the reminder's
// "Isi laporan" button (opens the report wizard) right after the report feature.
import { Bot, type BotConfig } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import { networkRetry } from "./network-retry.ts";
import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import type { Ctx } from "./context.ts";
import type { Deps } from "./deps.ts";
import { createI18n } from "../i18n.ts";
import { loadUser } from "./middlewares/load-user.ts";
import { errorHandler } from "./middlewares/error-handler.ts";
import { createConversationStorage, CONVERSATION_VERSION } from "./conversation-storage.ts";
import { Notifier } from "./notifier.ts";
import { globalCommands } from "./features/global.ts";
import { registrationConversations, registrationFeature } from "./features/registration/index.ts";
import { startFeature } from "./features/start/index.ts";
import { cooperativeFeature } from "./features/cooperative/index.ts";
import { privacyFeature } from "./features/privacy/index.ts";
import { unhandledFeature } from "./features/unhandled/index.ts";
import { helpRelayFeature, staffConversations, staffFeatures } from "./features/admin/index.ts";
import { reportConversations, reportFeature } from "./features/report/index.ts";
import { remindersFeature } from "./features/reminders/index.ts";

declare module "./context.ts" {
  interface AppFlavor {
    notifier: Notifier;
  }
}

export function createBot(token: string, deps: Deps, botConfig?: BotConfig<Ctx>, options: { conversationVersion?: string | number } = {}) {
  const bot = new Bot<Ctx>(token, botConfig);
  const i18n = createI18n<Ctx>(deps.config.defaultLocale, deps.locales);
  const notifier = new Notifier(bot.api, i18n as never, deps);
  // 429 (retry_after ≤ 30 s) and 5xx: auto-retry, 3 times; network errors: 3 times with backoff
  // (auto-retry alone would retry those forever and hang start-up)
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30, rethrowHttpErrors: true }));
  bot.api.config.use(networkRetry({ attempts: 3, firstDelayMs: 1000 }));

  // one update at a time per chat (the runner handles different chats concurrently)
  bot.use(sequentialize((ctx) => (ctx.chatId ?? ctx.from?.id)?.toString()));
  bot.use((ctx, next) => {
    // every log line of this update carries its update_id, chat and user id (ids only: no names)
    ctx.deps = { ...deps, logger: deps.logger.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id, user_id: ctx.from?.id }) };
    ctx.notifier = notifier;
    return next();
  });
  const fallbackT = (ctx: Ctx, key: string) => i18n.t(ctx.from?.language_code?.slice(0, 2) === "en" ? "en" : deps.config.defaultLocale, key);
  const guarded = bot.errorBoundary((err) => errorHandler(err, fallbackT));
  guarded.use(loadUser);
  guarded.use(i18n);
  guarded.use(
    conversations<Ctx, Ctx>({
      storage: createConversationStorage(deps.prisma, options.conversationVersion ?? CONVERSATION_VERSION) as never,
    }),
  );
  guarded.use(globalCommands);
  guarded.use(registrationConversations(i18n as never));
  guarded.use(staffConversations(i18n as never));
  guarded.use(reportConversations(i18n as never));
  guarded.use(startFeature);
  guarded.use(registrationFeature);
  guarded.use(cooperativeFeature);
  guarded.use(privacyFeature);
  guarded.use(reportFeature);
  guarded.use(remindersFeature);
  guarded.use(staffFeatures);
  guarded.use(helpRelayFeature);
  guarded.use(unhandledFeature);
  return { bot, i18n, notifier };
}
