// Debian's Chromium driven by playwright-core, headless, with a profile directory of its own: how
// the simulator's browser tests and scripts/screenshot.ts open the page.
import type { BrowserContext } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A fresh persistent context in `profileDir` (playwright passes it as --user-data-dir). */
export async function launchChromium(
  profileDir: string,
  view: { viewport?: { width: number; height: number }; deviceScaleFactor?: number } = {},
): Promise<BrowserContext> {
  const { chromium } = await import("playwright-core");
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    ...view,
    args: ARGS,
  });
}
