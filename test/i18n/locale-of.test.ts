// localeOf(t) tells the language a translator writes in, so dates match the message around them.
import { describe, expect, it } from "vitest";
import { createI18n, LocaleCache, localeOf } from "../../src/i18n.ts";
import { formatPeriod } from "../../src/lib/dates.ts";

describe("localeOf", () => {
  const i18n = createI18n("id", new LocaleCache());
  it("reads the language of each locale's translator; unknown falls back to Indonesian", () => {
    expect(localeOf((k) => i18n.t("id", k))).toBe("id");
    expect(localeOf((k) => i18n.t("en", k))).toBe("en");
    expect(localeOf(() => "locale-code")).toBe("id"); // a missing message
    expect(
      formatPeriod(
        "2026-10",
        localeOf((k) => i18n.t("en", k)),
      ),
    ).toBe("October 2026");
  });
});
