// Takes docs/simulator-registration.png: the real app started like `npm start` without a token
// (fresh data directory, so the demo data is loaded), a new user registering a cooperative in the
// simulator page, in Debian's Chromium. Run once after a visible change of the page or of the
// registration texts:  node --import tsx scripts/screenshot.ts [out.png]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launchChromium } from "../test/helpers/chromium.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const out = path.resolve(process.argv[2] ?? path.join(ROOT, "docs/simulator-registration.png"));
const dataDir = mkdtempSync(path.join(tmpdir(), "kdkmp-screenshot-"));
const profile = mkdtempSync(path.join(tmpdir(), "kdkmp-screenshot-chromium-"));

const app = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
  cwd: ROOT,
  env: {
    ...process.env,
    BOT_TOKEN: "",
    TELEGRAM_API_ROOT: "",
    DATABASE_URL: "",
    DATA_DIR: dataDir,
    SIMULATOR_PORT: "0",
    PORT: "0",
    LOG_LEVEL: "silent",
  },
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise<string>((resolve, reject) => {
  let text = "";
  app.stdout!.on("data", (b: Buffer) => {
    text += b.toString();
    const m = /Simulator siap \/ ready: (\S+)/.exec(text);
    if (m) resolve(m[1]!);
  });
  app.once("exit", (code) => reject(new Error(`the app exited (${code}):\n${text}`)));
});

const browser = await launchChromium(profile, { viewport: { width: 440, height: 860 }, deviceScaleFactor: 1.5 });
try {
  const page = await browser.newPage();
  await page.goto(url);
  const botSays = (text: string) => page.locator(".msg.in .text", { hasText: text }).last().waitFor();
  const press = async (label: string) => {
    const button = page.locator(".msg.in .kb-btn, .reply-kb button, .kb button", { hasText: label }).last();
    await button.waitFor();
    await button.click();
  };
  const type = async (text: string) => {
    await page.fill("#input", text);
    await page.press("#input", "Enter");
  };
  await page.fill("#name", "Dewi Lestari"); // a new user with a typed name
  await page.press("#name", "Enter");
  await page.click("#start");
  await press("✅ Setuju");
  await botSays("Langkah 2 dari 7");
  await type("Dewi Lestari");
  await botSays("Langkah 3 dari 7");
  await type("0812 3456 7890");
  await botSays("Langkah 4 dari 7");
  await type("sungai itik");
  await press("Sungai Itik, Sungai Kakap");
  await botSays("Langkah 5 dari 7");
  await page.waitForTimeout(300); // let the last message scroll into view
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
} finally {
  await browser.close();
  app.kill("SIGTERM");
  await new Promise((r) => app.once("exit", r));
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
