// translateIn: the bot's translations in a language given per call (none: the default language);
// translatorIn binds one reader's language, as the jobs do for each recipient.
import { describe, expect, it } from "vitest";
import { createI18n, LocaleCache, translateIn } from "../../src/i18n.ts";
import { translatorIn } from "../../src/lib/translate.ts";

describe("translateIn / translatorIn", () => {
  const i18n = createI18n("id", new LocaleCache());
  it("a missing locale is the default one; a bound translator keeps its reader's language", () => {
    const tIn = translateIn(i18n, "en");
    expect(tIn(null, "locale-code")).toBe("en");
    expect(tIn(undefined, "locale-code")).toBe("en");
    expect(tIn("id", "locale-code")).toBe("id");
    const t = translatorIn(tIn, "id");
    expect(t("locale-code")).toBe("id");
    expect(t("step-header", { step: 2, total: 5 })).toBe(i18n.t("id", "step-header", { step: 2, total: 5 }));
  });
});
