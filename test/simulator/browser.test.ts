// End to end in a real (headless) Chromium: choose "pengguna baru", send /start to a tiny
// grammY bot, see its reply and inline button, press it, see the edit and the toast.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bot, InlineKeyboard } from "grammy";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Simulator } from "../../src/simulator/index.ts";
import { start } from "./helpers.ts";
import { CHROMIUM, launchChromium } from "../helpers/chromium.ts";

const missing = !existsSync(CHROMIUM);
if (missing) console.warn(`browser test skipped: ${CHROMIUM} does not exist (apt-get install -y chromium)`);

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
