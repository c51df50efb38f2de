// The ceilings a throughput figure is compared with, on the same fake transport: a bare grammY bot
// that only replies, and grammY + conversations v2 with in-memory storage running a wizard of the
// same shape (one reply or callback answer per update, one wait per step, /batal leaves).
import { Bot, type Context } from "grammy";
import { conversations, createConversation, type Conversation, type ConversationFlavor } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { BOT_INFO } from "../../test/helpers/fake-api.ts";

type Fetch = (url: string | URL | Request, init?: RequestInit) => Promise<Response>;

export function bareBot(fetch: Fetch) {
  const bot = new Bot("1:BARE", { botInfo: BOT_INFO, client: { fetch: fetch as never } });
  bot.use(sequentialize((ctx) => ctx.chatId?.toString()));
  bot.on("callback_query", (ctx) => ctx.answerCallbackQuery());
  bot.on("message", (ctx) => ctx.reply("ok"));
  return bot;
}

type CCtx = ConversationFlavor<Context>;

export function conversationsBot(fetch: Fetch) {
  const bot = new Bot<CCtx>("1:CONV", { botInfo: BOT_INFO, client: { fetch: fetch as never } });
  bot.use(sequentialize((ctx) => ctx.chatId?.toString()));
  bot.use(conversations());
  bot.command("batal", async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.reply("batal");
  });
  async function wizard(conversation: Conversation<CCtx, Context>, ctx: Context) {
    await ctx.reply("step 1", { reply_markup: { inline_keyboard: [[{ text: "ok", callback_data: "ok" }]] } });
    for (let step = 2; ; step++) {
      const c = await conversation.wait();
      const state = await conversation.external(() => ({ step, at: Date.now() }));
      if (c.callbackQuery) {
        await c.answerCallbackQuery();
        await c.editMessageText(`step ${state.step}`);
      } else await c.reply(`step ${state.step}`);
    }
  }
  bot.use(createConversation(wizard, "wizard"));
  bot.command(["start", "lapor"], async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter("wizard");
  });
  return bot;
}
