import { describe, expect, it } from "vitest";
import { isMostlyEmoji, normalizeSpaces, packPages, titleCaseName, truncate } from "../../src/lib/text.ts";

describe("truncate", () => {
  it.each<[string, number, string]>([
    ["halo", 10, "halo"],
    ["halo", 4, "halo"],
    ["selamat pagi", 8, "selamat…"],
    ["selamat pagi", 9, "selamat…"],
    ["abcdef", 1, "…"],
    ["😀😀😀😀", 3, "😀😀…"],
  ])("%j (%i) → %j", (s, max, expected) => {
    expect(truncate(s, max)).toBe(expected);
  });

  it("rejects a non-positive max", () => {
    expect(() => truncate("abc", 0)).toThrow(RangeError);
  });
});

describe("normalizeSpaces", () => {
  it("collapses tabs, newlines and non-breaking spaces", () => {
    expect(normalizeSpaces("  Desa\t\tSuka\n Maju\u00a0 ")).toBe("Desa Suka Maju");
  });
});

describe("isMostlyEmoji", () => {
  it.each<[string, boolean]>([
    ["😀🙏", true],
    ["👍 !!", true],
    ["", false],
    ["   ", false],
    ["ok 👍", false],
    ["5 👍", false],
    ["ٱلسَّلَامُ", false],
  ])("%j → %s", (s, expected) => {
    expect(isMostlyEmoji(s)).toBe(expected);
  });
});

describe("titleCaseName", () => {
  it.each<[string, string]>([
    ["budi   SANTOSO", "Budi Santoso"],
    ["  siti nurhaliza ", "Siti Nurhaliza"],
    ["siti-aisyah", "Siti-Aisyah"],
    ["MA'RUF AMIN", "Ma'ruf Amin"],
    ["i gusti ngurah", "I Gusti Ngurah"],
  ])("%j → %j", (s, expected) => {
    expect(titleCaseName(s)).toBe(expected);
  });
});

describe("packPages", () => {
  it("packs blocks in order into pages of at most the limit; a longer block is truncated; never zero pages", () => {
    expect(packPages(["aaaa", "bbbb", "cc"], 9)).toEqual(["aaaa\nbbbb", "cc"]);
    expect(packPages(["x".repeat(20)], 10)).toEqual([`${"x".repeat(9)}…`]);
    expect(packPages([], 10)).toEqual([""]);
    for (const p of packPages(
      Array.from({ length: 50 }, (_, i) => `line ${i} ${"z".repeat(i)}`),
      120,
    ))
      expect(p.length).toBeLessThanOrEqual(120);
  });
});
