import { describe, it, expect } from "vitest";
import { normalizePhone, samePhone } from "../../src/lib/phone.ts";

describe("normalizePhone (import, claim and staff match share it)", () => {
  it.each(["0812-3456-7890", "+62 812 3456 7890", "812 3456 7890", "6281234567890", "(0812) 3456.7890"])(
    "%s → 6281234567890",
    (raw) => expect(normalizePhone(raw)).toBe("6281234567890"),
  );
  it.each(["", "021 555 1234", "0812", "08123abc4567", null, undefined])("%s is no mobile phone", (raw) =>
    expect(normalizePhone(raw)).toBeUndefined(),
  );
  it("samePhone matches spellings, never two blanks", () => {
    expect(samePhone("0812-3456-7890", "+6281234567890")).toBe(true);
    expect(samePhone(null, undefined)).toBe(false);
  });
});
