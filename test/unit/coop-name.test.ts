// A coop's name is parsed by one set of rules at registration and at a rename.
import { describe, it, expect } from "vitest";
import { checkName } from "../../src/services/coop-admin/validate.ts";
import { checkCoopName } from "../../src/bot/features/registration/validate.ts";

const good = "Koperasi Desa Merah Putih Durian";
const bad = {
  bidiOverride: "Koperasi \u202EnairuD\u202C Merah Putih",
  bidiIsolate: "Koperasi \u2067Durian\u2069 Putih",
  rtlMark: "Koperasi Durian\u200F Putih",
  zeroWidth: "Koperasi Du\u200Brian Putih",
  zeroWidthJoiner: "Koperasi Du\u200Drian Putih",
  wordJoiner: "Koperasi Du\u2060rian Putih",
  stackedMarks: "Koperasi Du\u0301\u0302\u0303\u0304rian Putih",
  control: "Koperasi Du\u0007rian Putih",
  tooLong: "Koperasi " + "a".repeat(100),
};

describe("coop name", () => {
  it("a rename accepts what registration accepts and refuses invisible, spoofing and over-long names", () => {
    expect(checkName(good)).toEqual({ ok: true, value: good });
    expect(checkCoopName(good)).toEqual({ ok: true, value: good });
    expect(checkName("Koperasi Désa Merah Putih").ok).toBe(true); // one accent is a letter, not a stack
    for (const [what, name] of Object.entries(bad)) {
      expect(checkName(name), what).toEqual({ ok: false, error: "edit-name-invalid" });
      expect(checkCoopName(name).ok, what).toBe(false);
    }
    expect(checkCoopName(bad.tooLong)).toEqual({ ok: false, error: "reg-coopname-too-long" });
    expect(checkName("a".repeat(100) + "b").ok).toBe(false);
    expect(checkName("K" + "a".repeat(99)).ok).toBe(true); // 100: the registration limit
  });
});
