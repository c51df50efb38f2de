// The data-protection consent question (UU PDP), shared by the registration and invite-join wizards:
// Setuju / Tidak setuju / Selengkapnya; "more" shows the privacy notice and asks again. The prompt
// keeps the consent text and shows the answer (one edit that also drops the buttons).
import { InlineKeyboard } from "grammy";
import type { Asker } from "./asker.ts";
import { w } from "./input.ts";

const CONSENT = ["ok", "no", "more"] as const;

/** True on Setuju, false on Tidak setuju. `frame` puts the wizard's header above each text. */
export async function askConsent(ask: Asker, frame: (body: string) => string): Promise<boolean> {
  const t = ask.ctx.t.bind(ask.ctx);
  const keyboard = new InlineKeyboard()
    .text(t("reg-consent-agree"), w("ok"))
    .text(t("reg-consent-decline"), w("no"))
    .row()
    .text(t("reg-consent-more"), w("more"));
  let text = frame(`${t("reg-consent")}\n\n${t("cancel-hint")}`);
  const settledText = (c: (typeof CONSENT)[number]) =>
    c === "more"
      ? undefined
      : frame(`${t("reg-consent")}\n\n${t(c === "ok" ? "reg-consent-agree" : "reg-consent-decline")}`);
  for (;;) {
    const r = await ask.buttons({ text, keyboard, choices: CONSENT, settledText });
    if (r !== "more") return r === "ok";
    await ask.reply(t("privacy-info"));
    text = frame(t("reg-consent-again"));
  }
}
