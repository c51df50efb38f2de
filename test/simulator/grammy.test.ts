// Compatibility: an unchanged grammY bot runs against the simulator.
import { Bot, InlineKeyboard, InputFile } from "grammy";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Simulator } from "../../src/simulator/index.ts";
import { openUser, page, start } from "./helpers.ts";

let sim: Simulator;
let bot: Bot;
beforeEach(async () => {
  sim = await start();
  bot = new Bot(sim.token, { client: { apiRoot: sim.apiRoot } });
  bot.command("start", (ctx) => ctx.reply("halo", { reply_markup: new InlineKeyboard().text("A", "a") }));
  bot.callbackQuery("a", async (ctx) => {
    await ctx.answerCallbackQuery({ text: "dipilih" });
    await ctx.editMessageText("kamu memilih <b>A</b>", { parse_mode: "HTML" });
  });
  bot.command("file", (ctx) => ctx.replyWithDocument(new InputFile(Buffer.from("isi berkas"), "catatan.txt")));
});
afterEach(async () => {
  if (bot.isRunning()) await bot.stop();
  await sim.close();
});

async function waitFor<T>(fn: () => Promise<T | undefined>, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 30));
  }
}

type Msg = {
  message_id: number;
  outgoing: boolean;
  text?: string;
  inline_keyboard?: { text: string; callback_data?: string }[][];
  media?: { url: string };
};
const botMessages = async (id: number): Promise<Msg[]> =>
  ((await page(sim, `/sim/chats/${id}`)).json.messages as Msg[]).filter((m) => m.outgoing);

it("bot.start() long-polls the simulator, replies, handles a button and uploads a file", async () => {
  let failure: unknown;
  await new Promise<void>((resolve) => {
    bot.start({ timeout: 10, onStart: () => resolve() }).catch((e: unknown) => {
      failure = e;
      resolve();
    });
  });
  expect(failure).toBeUndefined();
  expect(bot.botInfo.username).toBe("tes_bot");
  const id = await openUser(sim);

  await page(sim, `/sim/chats/${id}/messages`, { text: "/start" });
  const reply = await waitFor(async () => (await botMessages(id)).find((m) => m.text === "halo"));
  expect(reply.inline_keyboard).toEqual([[{ text: "A", callback_data: "a" }]]);

  await page(sim, `/sim/chats/${id}/callback`, { message_id: reply.message_id, data: "a" });
  const edited = await waitFor(async () => (await botMessages(id)).find((m) => m.text === "kamu memilih A"));
  expect(edited.message_id).toBe(reply.message_id);
  expect(edited.inline_keyboard).toBeUndefined();

  await page(sim, `/sim/chats/${id}/messages`, { text: "/file" });
  const doc = await waitFor(async () => (await botMessages(id)).find((m) => m.media));
  const bytes = await (await fetch(`${sim.apiRoot}${doc.media!.url}`)).text();
  expect(bytes).toBe("isi berkas");
});

it("one manual getUpdates cycle: bot.init() then handleUpdate", async () => {
  await bot.init();
  const id = await openUser(sim);
  await page(sim, `/sim/chats/${id}/messages`, { text: "/start" });
  const updates = await bot.api.getUpdates({ timeout: 1 });
  expect(updates).toHaveLength(1);
  for (const u of updates) await bot.handleUpdate(u);
  const msgs = await botMessages(id);
  expect(msgs.map((m) => m.text)).toEqual(["halo"]);
  expect(await bot.api.getUpdates({ offset: updates[0]!.update_id + 1 })).toEqual([]);
});
