import { describe, expect, it } from "vitest";
import { parseIndonesianNumber, type ParseFailure } from "../../src/lib/parse-number.ts";

const money = (s: string) => parseIndonesianNumber(s, { kind: "money" });
const count = (s: string) => parseIndonesianNumber(s, { kind: "count" });

describe("parseIndonesianNumber (money) accepts real-world formats", () => {
  it.each<[string, bigint]>([
    ["12.500.000", 12_500_000n],
    ["12500000", 12_500_000n],
    ["Rp 12.500.000,-", 12_500_000n],
    ["Rp12.500.000,00", 12_500_000n],
    ["rp. 12.500.000", 12_500_000n],
    ["RP.12.500.000", 12_500_000n],
    ["IDR 12,500,000", 12_500_000n],
    ["Rp 12.500.000 rupiah", 12_500_000n],
    ["12,5 jt", 12_500_000n],
    ["12.5 juta", 12_500_000n],
    ["12,5jt", 12_500_000n],
    ["12,5 jt.", 12_500_000n],
    ["12,5 JT", 12_500_000n],
    ["Rp 12,5 juta", 12_500_000n],
    ["1,2 M", 1_200_000_000n],
    ["1,2 miliar", 1_200_000_000n],
    ["1.2 milyar", 1_200_000_000n],
    ["2 T", 2_000_000_000_000n],
    ["2 triliun", 2_000_000_000_000n],
    ["500rb", 500_000n],
    ["500 ribu", 500_000n],
    ["500 rb", 500_000n],
    ["500 RB.", 500_000n],
    ["500k", 500_000n],
    ["1,5 rb", 1_500n],
    ["0,5 jt", 500_000n],
    ["1.500 jt", 1_500_000_000n],
    ["1,500 jt", 1_500_000n],
    ["0", 0n],
    ["-", 0n],
    ["nihil", 0n],
    ["Tidak Ada", 0n],
    ["tdk ada", 0n],
    ["Rp -,-", 0n],
    ["Rp 0,-", 0n],
    ["  3  ", 3n],
    ["12 500 000", 12_500_000n],
    ["Rp 1.250.000,50", 1_250_001n],
    ["Rp 1.250.000,49", 1_250_000n],
    ["12,500,000.50", 12_500_001n],
    ["1.000", 1_000n],
    ["1,000", 1_000n],
    ["1,000,000", 1_000_000n],
    ["12.500.000.", 12_500_000n],
    ["007", 7n],
    ["Rp\u00a0250.000", 250_000n],
    ["999.999.999.999", 999_999_999_999n],
    ["1.000.000.000.000.000", 10n ** 15n],
  ])("%j → %s", (input, expected) => {
    expect(money(input)).toEqual({ ok: true, value: expected });
  });
});

describe("parseIndonesianNumber (money) rejects", () => {
  it.each<[string, ParseFailure]>([
    ["", "empty"],
    ["   ", "empty"],
    ["Rp", "empty"],
    ["-500", "negative"],
    ["- 500", "negative"],
    ["minus 5", "negative"],
    ["-Rp5.000", "negative"],
    ["Rp -5.000", "negative"],
    ["−2 jt", "negative"],
    ["abc", "invalid"],
    ["12abc", "invalid"],
    ["lima juta", "invalid"],
    ["juta", "invalid"],
    ["1.2.3", "invalid"],
    ["12.50.000", "invalid"],
    ["1,00,000", "invalid"],
    ["1.000,000.5", "invalid"],
    ["12 50 000", "invalid"],
    [",5", "invalid"],
    ["5 jt jt", "invalid"],
    ["minus", "invalid"],
    ["2,5", "fraction"],
    ["12.5", "fraction"],
    ["1.000.000,5", "fraction"],
    ["1,2345 rb", "fraction"],
    ["1.000.000.000.000.001", "too_large"],
    ["1001 T", "too_large"],
    ["9".repeat(40), "too_large"],
  ])("%j → %s", (input, reason) => {
    expect(money(input)).toEqual({ ok: false, reason });
  });
});

describe("parseIndonesianNumber (count)", () => {
  it.each<[string, bigint]>([
    ["3", 3n],
    ["1.000", 1_000n],
    ["1,2 rb", 1_200n],
    ["2 jt", 2_000_000n],
    ["tidak ada", 0n],
  ])("%j → %s", (input, expected) => {
    expect(count(input)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, ParseFailure]>([
    ["2,5", "fraction"],
    ["2,50", "fraction"],
    ["-1", "negative"],
    ["Rp 5.000", "invalid"],
    ["5,-", "invalid"],
    ["5 orang", "invalid"],
  ])("%j → %s", (input, reason) => {
    expect(count(input)).toEqual({ ok: false, reason });
  });
});

describe("parseIndonesianNumber details", () => {
  it("defaults to money", () => {
    expect(parseIndonesianNumber("Rp 2,50")).toEqual({ ok: true, value: 3n });
  });

  it("keeps bigint exactness beyond Number.MAX_SAFE_INTEGER precision", () => {
    const r = money("999.999.999.999.999");
    expect(r).toEqual({ ok: true, value: 999_999_999_999_999n });
    expect(r.ok && typeof r.value).toBe("bigint");
  });

  it('treats "-0" as zero, not negative', () => {
    expect(money("-0")).toEqual({ ok: true, value: 0n });
  });
});
