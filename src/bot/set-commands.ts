// Publishes the "/" command menu per language. Failure is logged, never fatal (a
// Bot-API-compatible server may lack setMyCommands).
import type { Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Logger } from "../logger.ts";
import { COMMANDS } from "./commands.ts";
import { LOCALES } from "../i18n.ts";

export async function publishCommands(api: Api, i18n: I18n, defaultLocale: string, logger: Logger) {
  const menu = COMMANDS.filter((c) => c.menu);
  for (const locale of LOCALES) {
    const commands = menu.map((c) => ({ command: c.command, description: i18n.t(locale, `cmd-${c.command}`) }));
    try {
      await api.setMyCommands(commands, locale === defaultLocale ? {} : { language_code: locale });
      if (locale === defaultLocale) await api.setMyCommands(commands, { language_code: locale });
    } catch (e) {
      logger.warn({ locale, err: (e as Error).message }, "setMyCommands failed (ignored)");
    }
  }
}
