import { describe, expect, it } from "vitest";
import { formatNumber, formatRupiah } from "../../src/lib/money.ts";

describe("formatRupiah", () => {
  it.each<[bigint | number, string]>([
    [12_500_000n, "Rp12.500.000"],
    [0n, "Rp0"],
    [999n, "Rp999"],
    [1000, "Rp1.000"],
    [-5000n, "-Rp5.000"],
    [-5000, "-Rp5.000"],
    [1234.5, "Rp1.235"],
    [999_999_999_999_999n, "Rp999.999.999.999.999"],
    [12_345_678_901_234_567_890n, "Rp12.345.678.901.234.567.890"],
  ])("%s → %s", (value, expected) => {
    expect(formatRupiah(value)).toBe(expected);
  });

  it("rejects non-finite numbers", () => {
    expect(() => formatRupiah(Number.NaN)).toThrow(RangeError);
    expect(() => formatRupiah(Infinity)).toThrow(RangeError);
  });
});

describe("formatNumber", () => {
  it.each<[bigint | number, string]>([
    [1234, "1.234"],
    [123, "123"],
    [1_000_000n, "1.000.000"],
    [-1234567n, "-1.234.567"],
    [-2.5, "-3"],
    [-0.2, "0"],
  ])("%s → %s", (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});
