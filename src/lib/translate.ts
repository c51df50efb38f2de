// The one translator type of the code base, and the helper that binds a translator to one language.
// Defined here (the bottom layer) so services, messages, jobs, the outbox and the bot all use the same
// type; src/i18n.ts builds the translators from @grammyjs/i18n and re-exports these types.

export type Vars = Record<string, string | number>;

/** A translator bound to the reader's language (key and variables in, text out). */
export type Translate = (key: string, vars?: Vars) => string;

/** The same in a language given per call (jobs and notifications to several people). */
export type TranslateIn = (locale: string | null | undefined, key: string, vars?: Vars) => string;

/** Where the language comes from the update itself (before the i18n middleware ran). */
export type TranslatorFor<C> = (ctx: C) => Translate;

/** `t` bound to one reader's language: translatorIn(env.t, user.locale)("key", vars). */
export function translatorIn(t: TranslateIn, locale: string | null | undefined): Translate {
  return (key, vars) => t(locale, key, vars);
}
