// The bundle list per locale is negotiated once and remembered (createI18n), and each locale
// still gets its own language.
import { describe, expect, it } from "vitest";
import { LocaleCache, createI18n } from "../../src/i18n.ts";

describe("i18n bundle matching", () => {
  it("is remembered per locale list and still answers each language in its own words", () => {
    const i18n = createI18n("id", new LocaleCache());
    const fluent = (i18n as unknown as { fluent: { matchBundles(l: string[]): Set<unknown> } }).fluent;
    expect(fluent.matchBundles(["id"])).toBe(fluent.matchBundles(["id"]));
    expect(fluent.matchBundles(["en"])).not.toBe(fluent.matchBundles(["id"]));
    const id = i18n.t("id", "cancel-hint");
    const en = i18n.t("en", "cancel-hint");
    expect(id).toContain("/batal");
    expect(en).not.toBe(id);
    expect(i18n.t("id", "cancel-hint")).toBe(id);
    expect(i18n.t("en", "cancel-hint")).toBe(en);
  });
});
