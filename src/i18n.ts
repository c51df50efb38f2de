// Fluent translations. locales/<lang>.ftl holds the core strings and locales/<lang>/*.ftl one file
// per feature; @grammyjs/i18n joins all files of a language. Indonesian first, English second.
// The locale comes from the user's stored choice (cached by telegram id, so the same negotiator
// works inside conversations where ctx.user is not loaded), else Telegram's language_code.
import { I18n } from "@grammyjs/i18n";
import { fileURLToPath } from "node:url";
import type { Context } from "grammy";
import type { TranslateIn } from "./lib/translate.ts";
import { fluentOf } from "./lib/casts.ts";

export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
const LOCALES_DIR = fileURLToPath(new URL("../locales", import.meta.url));

export function isLocale(x: unknown): x is Locale {
  return typeof x === "string" && (LOCALES as readonly string[]).includes(x);
}

/** Stored locale per telegram user id; filled by the user loader and by /bahasa. */
export class LocaleCache {
  private readonly map = new Map<string, Locale>();
  get(telegramId: number | bigint | undefined): Locale | undefined {
    return telegramId === undefined ? undefined : this.map.get(String(telegramId));
  }
  set(telegramId: number | bigint, locale: Locale | null | undefined) {
    if (locale) this.map.set(String(telegramId), locale);
    else this.map.delete(String(telegramId));
    if (this.map.size > 200_000) this.map.delete(this.map.keys().next().value!);
  }
}

/**
 * @grammyjs/i18n negotiates the bundle list for every single translation (about 3 % of the CPU
 * of a report update, docs/BENCHMARKS.md). The answer depends only on the locales asked for and
 * the bundles loaded, so it is remembered per locale list until another bundle is added.
 */
function memoizeBundleMatching(i18n: I18n<never>) {
  const fluent = fluentOf(i18n);
  const match = fluent.matchBundles.bind(fluent);
  const memo = new Map<string, Set<unknown>>();
  let size = fluent.bundles.size;
  fluent.matchBundles = (locales) => {
    if (fluent.bundles.size !== size) {
      memo.clear();
      size = fluent.bundles.size;
    }
    const key = locales.join(",");
    let hit = memo.get(key);
    if (!hit) memo.set(key, (hit = match(locales)));
    return hit;
  };
}

/**
 * Remembers finished translations per (locale, key, variables) when every variable is a string or
 * a number: a Fluent message is a pure function of those, and the same labels, buttons and headers
 * are rendered on every update (and again on every conversation replay). Bounded: the memo is
 * emptied when it reaches MEMO_MAX entries (variables such as names and figures make keys unique).
 */
const MEMO_MAX = 20_000;
function memoizeTranslations(i18n: I18n<never>) {
  const fluent = fluentOf(i18n);
  const translate = fluent.translate.bind(fluent);
  const memo = new Map<string, string>();
  let size = fluent.bundles.size;
  fluent.translate = (locale, path, context) => {
    if (fluent.bundles.size !== size) {
      memo.clear(); // a bundle was added: answers may change
      size = fluent.bundles.size;
    }
    let key = `${String(locale)}\u0001${path}`;
    if (context)
      for (const k in context) {
        const v = context[k];
        if (typeof v === "string") key += `\u0001${k}\u0002${v}`;
        else if (typeof v === "number") key += `\u0001${k}\u0003${v}`;
        else if (v !== undefined) return translate(locale, path, context);
      }
    let hit = memo.get(key);
    if (hit === undefined) {
      hit = translate(locale, path, context);
      if (memo.size >= MEMO_MAX) memo.clear();
      memo.set(key, hit);
    }
    return hit;
  };
}

/**
 * Typed for grammY's base Context on purpose: the negotiator reads only ctx.from, and I18n<C> is
 * contravariant in C, so the one instance serves as middleware for the bot's Ctx and as a plugin
 * for the conversations' ConvCtx alike (no casts at the call sites).
 */
export function createI18n(defaultLocale: Locale, cache: LocaleCache): I18n<Context> {
  const i18n = new I18n<Context>({
    defaultLocale,
    directory: LOCALES_DIR,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => {
      const stored = cache.get(ctx.from?.id);
      if (stored) return stored;
      const lang = ctx.from?.language_code?.slice(0, 2);
      return isLocale(lang) ? lang : defaultLocale;
    },
  });
  memoizeBundleMatching(i18n);
  memoizeTranslations(i18n);
  return i18n;
}

/** The translator types are defined once in lib/translate.ts (every layer may import lib). */
export type { Vars, Translate, TranslateIn } from "./lib/translate.ts";

/** The bot's translations as a TranslateIn: a missing locale (user never chose one) is the default. */
export function translateIn(i18n: Pick<I18n, "t">, defaultLocale: Locale): TranslateIn {
  return (locale, key, vars) => i18n.t(locale ?? defaultLocale, key, vars);
}

/** The language a translator writes in ("id" | "en"), read from its own "locale-code" message, so
 * dates and periods can be formatted to match (formatPeriod(p, localeOf(t))). */
export function localeOf(t: (key: string) => string): Locale {
  const code = t("locale-code");
  return isLocale(code) ? code : "id";
}
