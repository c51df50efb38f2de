// End to end in a real (headless) Chromium: choose "pengguna baru", send /start to a tiny
// grammY bot, see its reply and inline button, press it, see the edit and the toast. On a 390×844
// phone viewport: the newest message stays in view when a reply keyboard appears and when an image
// loads; empty keyboard rows are not drawn; 📎 and a request_location button send a location; the
// text box is there before MULAI, so /kode can be typed first.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bot, InlineKeyboard, InputFile } from "grammy";
import { Resvg } from "@resvg/resvg-js";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Simulator } from "../../src/simulator/index.ts";
import { start } from "./helpers.ts";
import { CHROMIUM, launchChromium } from "../helpers/chromium.ts";

const missing = !existsSync(CHROMIUM);
if (missing) console.warn(`browser test skipped: ${CHROMIUM} does not exist (apt-get install -y chromium)`);

/** A 400×900 PNG: tall enough to push the newest message off-screen when it loads late. */
const TALL_PNG = Buffer.from(
  new Resvg(
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="900"><rect width="400" height="900" fill="#3a7"/></svg>',
  )
    .render()
    .asPng(),
);

let sim: Simulator;
let bot: Bot;
let profileDir: string;
let browser: import("playwright-core").BrowserContext | undefined;

beforeAll(async () => {
  if (missing) return;
  sim = await start();
  bot = new Bot(sim.token, { client: { apiRoot: sim.apiRoot } });
  bot.command("start", (ctx) => ctx.reply("halo", { reply_markup: new InlineKeyboard().text("A", "a") }));
  bot.callbackQuery("a", async (ctx) => {
    await ctx.answerCallbackQuery({ text: "dipilih" });
    await ctx.editMessageText("pilihan: <b>A</b>", { parse_mode: "HTML" });
  });
  bot.command("banyak", async (ctx) => {
    for (let i = 1; i <= 12; i++) await ctx.reply(`pesan ${i}`);
    await ctx.reply("Kirim lokasi kunjungan:", {
      reply_markup: {
        keyboard: [
          [{ text: "📍 Kirim lokasi", request_location: true }],
          [],
          [{ text: "Batal" }],
          [{ text: "Lewati" }],
        ],
        resize_keyboard: true,
      },
    });
  });
  bot.command("foto", async (ctx) => {
    for (let i = 1; i <= 12; i++) await ctx.reply(`teks ${i}`);
    await ctx.replyWithPhoto(new InputFile(TALL_PNG, "grafik.png"), { caption: "grafik terbaru" });
  });
  bot.command("baris", (ctx) =>
    ctx.reply("pilih", {
      reply_markup: { inline_keyboard: [[{ text: "A", callback_data: "a" }], [], [{ text: "B", callback_data: "b" }]] },
    }),
  );
  bot.command("kode", (ctx) => ctx.reply(`kode diterima: ${ctx.match}`));
  bot.on("message:location", (ctx) =>
    ctx.reply(`lokasi ${ctx.message.location.latitude},${ctx.message.location.longitude}`),
  );
  await new Promise<void>((resolve, reject) => void bot.start({ timeout: 10, onStart: () => resolve() }).catch(reject));
  profileDir = mkdtempSync(join(tmpdir(), "sim-chromium-"));
  browser = await launchChromium(profileDir); // a fresh profile directory each run
});

afterAll(async () => {
  if (missing) return;
  await browser?.close();
  if (bot.isRunning()) await bot.stop();
  await sim.close();
  rmSync(profileDir, { recursive: true, force: true });
});

it.skipIf(missing)(
  "the page talks to a real grammY bot",
  async () => {
    const pageErrors: string[] = [];
    const page = await browser!.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(sim.url);
    await page.click("#new-user");
    await page.click("#start"); // the MULAI button sends /start
    const button = page.locator(".msg.in .kb-btn", { hasText: "A" });
    await button.waitFor({ timeout: 10_000 });
    expect(await page.locator(".msg.out .text").first().textContent()).toBe("/start");
    expect(await page.locator(".msg.in .text").first().textContent()).toBe("halo");

    await button.click();
    await page.locator(".msg.in .text b", { hasText: "A" }).waitFor({ timeout: 10_000 });
    expect(await page.locator(".msg.in .text").first().textContent()).toBe("pilihan: A");
    expect(await page.locator("#toast").textContent()).toBe("dipilih");
    expect(await page.locator(".msg.in .kb-btn").count()).toBe(0);

    // typing a message works too
    await page.fill("#input", "/start");
    await page.press("#input", "Enter");
    await page.locator(".msg.in .kb-btn", { hasText: "A" }).waitFor({ timeout: 10_000 });
    expect(pageErrors).toEqual([]);
  },
  60_000,
);

/** How far the newest message's bottom is below the visible bottom of the message list (px; ≤ 0 is in view). */
const newestBelow = (page: import("playwright-core").Page) =>
  page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const list = document.getElementById("messages")!;
    const last = Array.from(list.querySelectorAll(".msg")).at(-1)!;
    return Math.round(last.getBoundingClientRect().bottom - list.getBoundingClientRect().bottom);
  });

it.skipIf(missing)(
  "phone viewport: newest message in view after a keyboard and an image; no empty rows; location; typing first",
  async () => {
    const pageErrors: string[] = [];
    const page = await browser!.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(sim.url);
    await page.click("#new-user");
    // the text box is there before MULAI: /kode can be typed first
    await page.locator("#start").waitFor({ state: "visible", timeout: 5_000 });
    await page.locator("#input").waitFor({ state: "visible", timeout: 5_000 });
    await page.fill("#input", "/kode ABCD-EFGH");
    await page.press("#input", "Enter");
    await page.locator(".msg.in .text", { hasText: "kode diterima: ABCD-EFGH" }).waitFor({ timeout: 10_000 });
    expect(await page.locator("#start").count()).toBe(0);

    // a reply keyboard appears under many messages: the newest stays in view; the empty row is not drawn
    await page.fill("#input", "/banyak");
    await page.press("#input", "Enter");
    await page.locator(".msg.in .text", { hasText: "Kirim lokasi kunjungan:" }).waitFor({ timeout: 10_000 });
    await page.locator(".reply-kb").waitFor();
    expect(await page.locator(".reply-kb .kb-row").count()).toBe(3);
    // the page scrolls on the next frame (ResizeObserver): poll briefly; without the fix it stays 100+ px below
    await expect.poll(() => newestBelow(page), { timeout: 3_000 }).toBeLessThanOrEqual(1);
    const afterKeyboard = await newestBelow(page);

    // the location button sends a location (coordinates asked in a prompt)
    page.once("dialog", (d) => void d.accept("-0.05, 109.34"));
    await page.locator(".reply-kb .kb-btn", { hasText: "📍 Kirim lokasi" }).click();
    await page.locator(".msg.in .text", { hasText: "lokasi -0.05,109.34" }).waitFor({ timeout: 10_000 });
    expect(await page.locator(".msg.out .location").count()).toBe(1);
    // 📎 offers Lokasi too
    await page.locator('button[aria-label="Lampirkan"]').click();
    page.once("dialog", (d) => void d.accept("-0.1,109.5"));
    await page.locator("#attach-menu button", { hasText: "Lokasi" }).click();
    await page.locator(".msg.in .text", { hasText: "lokasi -0.1,109.5" }).waitFor({ timeout: 10_000 });

    // an image that loads after it was added: the newest message stays in view
    await page.fill("#input", "/foto");
    await page.press("#input", "Enter");
    await page.locator(".msg.in .text", { hasText: "grafik terbaru" }).waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>(".msg.in img.photo");
      return !!img && img.complete && img.naturalHeight > 0;
    });
    await expect.poll(() => newestBelow(page), { timeout: 3_000 }).toBeLessThanOrEqual(1);
    const afterImage = await newestBelow(page);

    // empty inline keyboard rows are not drawn either
    await page.fill("#input", "/baris");
    await page.press("#input", "Enter");
    await page.locator(".msg.in .text", { hasText: "pilih" }).waitFor({ timeout: 10_000 });
    expect(await page.locator(".msg.in").last().locator(".kb-row").count()).toBe(2);
    console.log(
      `simulator page: newest message below the fold after a keyboard ${afterKeyboard} px, after an image ${afterImage} px`,
    );
    expect(pageErrors).toEqual([]);
  },
  60_000,
);
