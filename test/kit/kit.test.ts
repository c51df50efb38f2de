// The conversation kit on a small bot of its own: one wizard asks with buttons, a validated
// field and a paged picker with search, while other features (a command, a foreign button) keep
// working mid-wizard. Asserts on the recorded Bot API calls.
import { describe, expect, it, beforeEach } from "vitest";
import { Bot, InlineKeyboard } from "grammy";
import { conversations, createConversation } from "@grammyjs/conversations";
import type { Ctx, ConvCtx, Conv } from "../../src/bot/context.ts";
import { createI18n, LocaleCache } from "../../src/i18n.ts";
import {
  askButtons,
  askField,
  askMenu,
  asker,
  pickPaged,
  w,
  wizardData,
  type PickItem,
} from "../../src/bot/kit/index.ts";
import { FakeBotApi, BOT_INFO } from "../helpers/fake-api.ts";
import { TestUser } from "../helpers/test-user.ts";

const ITEMS: PickItem[] = Array.from({ length: 25 }, (_, i) => ({ code: `c${i + 1}`, label: `Item ${i + 1}` }));

async function demo(conversation: Conv, ctx: ConvCtx) {
  const yn = await askButtons(conversation, ctx, {
    text: "Q1 yes or no?",
    keyboard: new InlineKeyboard().text("Yes", w("yes")).text("No", w("no")),
    choices: ["yes", "no"] as const,
    shown: (c) => c,
  });
  const n = await askField(conversation, yn.ctx, {
    text: "Q2 a number?",
    keyboard: new InlineKeyboard().text("Skip", w("skip")),
    choices: ["skip"] as const,
    parse: (i) =>
      i.kind === "text" && /^\d+$/.test(i.text)
        ? { ok: true, value: Number(i.text) }
        : { ok: false, error: "kit-search-none", vars: { query: "bad" } },
  });
  const picked = await pickPaged(conversation, n.ctx, {
    title: (p) => `Q3 pick (${p.page}/${p.pages})`,
    items: ITEMS,
    // "Item" matches all 25: the search returns 20 and says there were more
    search: (q) =>
      q === "Item" ? { items: ITEMS.slice(0, 20), more: true } : ITEMS.filter((i) => i.label.includes(q)),
    searchTitle: (q, p) => `found ${p.total}${p.more ? "+" : ""} for ${q}`,
    searchColumns: 1,
    extra: [{ label: "Back", choice: "back" }],
  });
  const num = n.value.kind === "value" ? String(n.value.value) : "skipped";
  const pick = picked.value.kind === "picked" ? picked.value.code : picked.value.choice;
  await picked.ctx.reply(`done ${yn.value} ${num} ${pick}`);
}

const tickBtn = wizardData("tk", ["n"] as const, { n: /^[1-3]$/ });
const doneBtn = wizardData("dn", [] as const);

/** askMenu: three toggles and Done (at least one must be ticked). */
async function menu(conversation: Conv, ctx: ConvCtx) {
  const ticked = new Set<string>();
  const r = await askMenu(conversation, ctx, {
    view: () => {
      const kb = new InlineKeyboard();
      for (const n of ["1", "2", "3"]) kb.text(`${ticked.has(n) ? "✅" : "⬜"} ${n}`, tickBtn.pack(n));
      return { text: "Tick some", keyboard: kb.row().text("Done", doneBtn.pack()) };
    },
    onPress: (d) => {
      const n = tickBtn.unpack(d)?.n;
      if (n) {
        if (ticked.has(n)) ticked.delete(n);
        else ticked.add(n);
        return "redraw";
      }
      if (d !== doneBtn.payload()) return undefined;
      return ticked.size === 0 ? { alert: "tick one" } : { done: [...ticked].sort().join(","), shown: "Ticked" };
    },
  });
  await r.ctx.reply(`menu ${r.value}`);
}

/** The asker: each answer moves `ask.ctx` to the update that gave it; nothing is passed by hand. */
async function asked(conversation: Conv, ctx: ConvCtx) {
  const ask = asker(conversation, ctx);
  const entered = ask.ctx.message?.text;
  const n = await ask.typed({
    text: "How many?",
    parse: (i) =>
      i.kind === "text" && /^\d+$/.test(i.text)
        ? { ok: true, value: Number(i.text) }
        : { ok: false, error: "kit-search-none", vars: { query: i.kind === "text" ? i.text : "?" } },
  });
  const typed = ask.ctx.message?.text;
  const fieldPrompt = ask.promptId;
  const yn = await ask.buttons({
    text: "Sure?",
    keyboard: new InlineKeyboard().text("Yes", w("yes")).text("No", w("no")),
    choices: ["yes", "no"] as const,
  });
  const pressed = ask.ctx.callbackQuery?.data;
  const moved = ask.promptId !== fieldPrompt;
  await ask.reply(`entered ${entered}; ${n} from ${typed}; ${yn} by ${pressed}; prompt moved ${moved}`);
}

async function setup() {
  const fake = new FakeBotApi();
  const bot = new Bot<Ctx>("1:T", { botInfo: BOT_INFO, client: { fetch: fake.fetch as never } });
  const i18n = createI18n("id", new LocaleCache());
  bot.use(i18n);
  bot.use(conversations<Ctx, Ctx>());
  bot.use(createConversation<Ctx, ConvCtx>(demo, { id: "demo", plugins: [i18n] }));
  bot.use(createConversation<Ctx, ConvCtx>(menu, { id: "menu", plugins: [i18n] }));
  bot.use(createConversation<Ctx, ConvCtx>(asked, { id: "asked", plugins: [i18n] }));
  bot.command("go", (ctx) => ctx.conversation.enter("demo"));
  bot.command("ask", (ctx) => ctx.conversation.enter("asked"));
  bot.command("menu", (ctx) => ctx.conversation.enter("menu"));
  bot.command("other", (ctx) => ctx.reply("other feature"));
  bot.callbackQuery("fx", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply("foreign handled");
  });
  bot.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: "unhandled" }));
  let updateId = 1;
  const h = { fake, handle: (u: object) => bot.handleUpdate({ update_id: updateId++, ...u } as never) };
  const user = new TestUser(h, { id: 501, is_bot: false, first_name: "Ani", language_code: "id" });
  const t = (k: string, v?: Record<string, string | number>) => i18n.t("id", k, v);
  return { fake, user, t };
}

describe("conversation kit", () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    s = await setup();
  });

  it("walks buttons, a validated field and the paged picker; every press is answered", async () => {
    const { user, fake, t } = s;
    await user.command("go");
    expect(user.lastText()).toBe("Q1 yes or no?");
    await user.send("maybe"); // typed instead of pressing: told to use the buttons, asked again
    expect(user.texts().slice(-2)).toEqual([t("kit-use-buttons"), "Q1 yes or no?"]);
    await user.press((l) => l === "Yes");
    expect(fake.calls.some((c) => c.method === "editMessageText" && c.payload.text === "Q1 yes or no?\n✅ yes")).toBe(
      true,
    );
    await user.send("abc"); // bad number: the error (with vars) and the question again
    expect(user.texts().slice(-2)).toEqual([t("kit-search-none", { query: "bad" }), "Q2 a number?"]);
    await user.send("42");
    expect(user.lastText()).toBe("Q3 pick (1/3)");
    await user.press((l) => l === "Berikutnya »");
    expect(user.lastText()).toBe("Q3 pick (2/3)");
    await user.send("Item 2"); // type-to-search: Item 2, 20..25 = 7 results
    expect(user.lastText()).toBe("found 7 for Item 2");
    await user.press((l) => l === t("btn-back-to-list"));
    expect(user.lastText()).toBe("Q3 pick (1/3)");
    await user.send("Item 13");
    await user.press((l) => l === "Item 13");
    expect(user.lastText()).toBe("done yes 42 c13");
    const presses = fake.calls.filter((c) => c.method === "answerCallbackQuery").length;
    expect(presses).toBe(4);
  });

  it("lets commands and foreign buttons through while the wizard keeps its place", async () => {
    const { user, fake, t } = s;
    await user.command("go");
    const q1 = user.keyboardMessage()!.messageId;
    await user.command("other");
    expect(user.lastText()).toBe("other feature");
    await user.pressRaw("fx", 77); // another feature's button on another message
    expect(user.lastText()).toBe("foreign handled");
    await user.press((l) => l === "No");
    expect(user.lastText()).toBe("Q2 a number?");
    // the old prompt's wizard button is stale: answered, nothing happens
    await user.pressRaw(w("yes"), q1);
    const last = fake.calls.at(-1)!;
    expect(last.method).toBe("answerCallbackQuery");
    expect(last.payload.text).toBe(t("error-stale-button"));
    // a forged choice on the current prompt is refused too
    const q2 = user.keyboardMessage()!.messageId;
    await user.pressRaw(w("nope"), q2);
    expect(fake.calls.at(-1)!.payload.text).toBe(t("error-stale-button"));
    await user.press((l) => l === "Skip");
    await user.pressRaw(w("p:c999"), user.keyboardMessage()!.messageId); // forged pick
    expect(fake.calls.at(-1)!.payload.text).toBe(t("error-stale-button"));
    await user.press((l) => l === "Back");
    expect(user.lastText()).toBe("done no skipped back");
  });

  it("a search that found more says so and pages; results sit one per row", async () => {
    const { user, fake } = s;
    await user.command("go");
    await user.press((l) => l === "Yes");
    await user.press((l) => l === "Skip");
    await user.send("Item");
    expect(user.lastText()).toBe("found 20+ for Item");
    const kb = fake.calls.filter((c) => c.method === "sendMessage").at(-1)!.payload.reply_markup
      .inline_keyboard as unknown[][];
    expect(kb.slice(0, 10).every((row) => row.length === 1)).toBe(true);
    await user.press((l) => l === "Berikutnya »");
    expect(user.lastText()).toBe("found 20+ for Item");
    await user.press((l) => l === "Item 20");
    expect(user.lastText()).toBe("done yes skipped c20");
  });

  it("says how to answer when a step gets a kind of message it does not take", async () => {
    const { user, t } = s;
    await user.command("go");
    await user.press((l) => l === "Yes");
    await user.sendPhoto();
    expect(user.texts().slice(-2)).toEqual([t("kit-search-none", { query: "bad" }), "Q2 a number?"]);
    await user.press((l) => l === "Skip");
    await user.sendSticker(); // picker: typed/other input without search text → use the buttons
    expect(user.texts().slice(-2)).toEqual([t("kit-use-buttons"), "Q3 pick (1/3)"]);
  });

  it("askMenu: toggles redraw in place, an alert keeps it open, unknown and typed input are handled, a press ends it", async () => {
    const { user, fake, t } = s;
    await user.command("menu");
    await user.press(doneBtn.pack());
    expect(fake.calls.at(-1)!.payload).toMatchObject({ text: "tick one", show_alert: true });
    await user.press(tickBtn.pack("2"));
    await user.press(tickBtn.pack("3"));
    await user.press(tickBtn.pack("3"));
    expect(user.buttons().map((b) => b.text)).toEqual(["⬜ 1", "✅ 2", "⬜ 3", "Done"]);
    await user.pressRaw(w("tk:9"), user.keyboardMessage()!.messageId); // forged: stale, nothing changes
    expect(fake.calls.at(-1)!.payload.text).toBe(t("error-stale-button"));
    await user.send("2");
    expect(user.texts().slice(-2)).toEqual([t("kit-use-buttons"), "Tick some"]);
    await user.press(doneBtn.pack());
    expect(user.lastText()).toBe("menu 2");
    const presses = fake.calls.filter((c) => c.method === "answerCallbackQuery").length;
    expect(presses).toBe(6);
  });

  it("the asker re-asks on bad input (the error names what was typed) and follows the answering update", async () => {
    const { user, fake, t } = s;
    await user.command("ask");
    expect(user.lastText()).toBe("How many?");
    await user.send("lots");
    expect(user.texts().slice(-2)).toEqual([t("kit-search-none", { query: "lots" }), "How many?"]);
    await user.send("/other"); // a command passes through while the asker waits at the same question
    expect(user.lastText()).toBe("other feature");
    await user.send("7");
    expect(user.lastText()).toBe("Sure?");
    await user.press((l) => l === "Yes");
    expect(user.lastText()).toBe("entered /ask; 7 from 7; yes by ~yes; prompt moved true");
    expect(fake.calls.filter((c) => c.method === "answerCallbackQuery")).toHaveLength(1);
  });
});
