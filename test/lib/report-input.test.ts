// Reading report answers: real-world number formats, combined answers, cross-field rules and
// implausible values.
import { describe, it, expect } from "vitest";
import {
  parseValue,
  parseGroupAnswer,
  splitParts,
  crossFieldErrors,
  implausible,
} from "../../src/services/reports/input.ts";
import { fieldDef, groupById } from "../../src/services/reports/questions.ts";

const money = fieldDef("gerai.omzet")!;
const count = fieldDef("gerai.trx")!;
const volume = fieldDef("cold.volume")!;
const text = fieldDef("kendala")!;

describe("money answers", () => {
  it.each([
    ["12.500.000", 12_500_000n],
    ["Rp 12.500.000,-", 12_500_000n],
    ["Rp12.500.000", 12_500_000n],
    ["rp. 12.500.000,00", 12_500_000n],
    ["IDR 12,500,000", 12_500_000n],
    ["12500000", 12_500_000n],
    ["12 500 000", 12_500_000n],
    ["12,5 jt", 12_500_000n],
    ["12,5jt", 12_500_000n],
    ["12.5 juta", 12_500_000n],
    ["12 juta", 12_000_000n],
    ["1,2 M", 1_200_000_000n],
    ["1,2 miliar", 1_200_000_000n],
    ["1,2 milyar", 1_200_000_000n],
    ["500rb", 500_000n],
    ["500 ribu", 500_000n],
    ["750k", 750_000n],
    ["1.500 jt", 1_500_000_000n],
    ["0", 0n],
    ["-", 0n],
    ["nihil", 0n],
    ["tidak ada", 0n],
    ["Rp -,-", 0n],
    ["  3 jt  ", 3_000_000n],
  ])("%s → %s", (input, expected) => {
    expect(parseValue(money, input)).toEqual({ ok: true, value: expected.toString() });
  });

  it.each([
    ["-5 jt", "negative"],
    ["minus 500rb", "negative"],
    ["dua belas juta", "invalid"],
    ["12,5", "fraction"],
    ["12.5", "fraction"],
    ["1,23456 rb", "fraction"],
    ["12..500", "invalid"],
    ["", "empty"],
    ["9999 T", "too_large"],
    ["12 jt 500 rb", "invalid"],
  ])("%s is refused (%s)", (input, reason) => {
    expect(parseValue(money, input)).toEqual({ ok: false, reason });
  });
});

describe("count answers", () => {
  it.each([
    ["340", "340"],
    ["340 transaksi", "340"],
    ["25 orang", "25"],
    ["1.200", "1200"],
    ["1,2 rb", "1200"],
    ["-", "0"],
    ["150 pasien", "150"],
  ])("%s → %s", (input, expected) => {
    expect(parseValue(count, input)).toEqual({ ok: true, value: expected });
  });
  it("volumes accept tons and kg", () => {
    expect(parseValue(volume, "1,5 ton")).toEqual({ ok: true, value: "1500" });
    expect(parseValue(volume, "2.500 kg")).toEqual({ ok: true, value: "2500" });
  });
  it.each([
    ["12,5", "fraction"],
    ["Rp 340", "invalid"],
    ["-3", "negative"],
    ["banyak", "invalid"],
  ])("%s is refused (%s)", (input, reason) => {
    expect(parseValue(count, input)).toEqual({ ok: false, reason });
  });
});

describe("text answers", () => {
  it("'-' and 'tidak ada' mean none; spaces are tidied, line breaks kept; too short or long is refused", () => {
    expect(parseValue(text, "-")).toEqual({ ok: true, value: "" });
    expect(parseValue(text, "Tidak ada")).toEqual({ ok: true, value: "" });
    expect(parseValue(text, "  Stok   telat \n\n harga naik ")).toEqual({ ok: true, value: "Stok telat\nharga naik" });
    expect(parseValue(text, "x")).toEqual({ ok: false, reason: "too_short" });
    expect(parseValue(text, "a".repeat(1001))).toEqual({ ok: false, reason: "too_long" });
  });
});

describe("combined answers", () => {
  const gerai = groupById("gerai")!.fields;
  it("splits on /, ;, | and new lines, keeping blank parts", () => {
    expect(splitParts("12,5 jt / 340 / 8 jt")).toEqual(["12,5 jt", "340", "8 jt"]);
    expect(splitParts("12,5 jt;340|8 jt")).toEqual(["12,5 jt", "340", "8 jt"]);
    expect(splitParts("12,5 jt\n340\n8 jt\n")).toEqual(["12,5 jt", "340", "8 jt"]);
    expect(splitParts("12 jt //8 jt")).toEqual(["12 jt", "", "8 jt"]);
  });
  it("reads parts in order; fewer parts answer the first fields; invalid parts are listed", () => {
    expect(parseGroupAnswer(gerai, "12,5 jt / 340 / 8 jt")).toEqual({
      values: { "gerai.omzet": "12500000", "gerai.trx": "340", "gerai.stok": "8000000" },
      errors: [],
      tooMany: false,
    });
    expect(parseGroupAnswer(gerai, "12,5 jt")).toEqual({
      values: { "gerai.omzet": "12500000" },
      errors: [],
      tooMany: false,
    });
    expect(parseGroupAnswer(gerai, "x / 340")).toEqual({
      values: { "gerai.trx": "340" },
      errors: [{ key: "gerai.omzet", input: "x", reason: "invalid" }],
      tooMany: false,
    });
    expect(parseGroupAnswer(gerai, "1/2/3/4").tooMany).toBe(true);
  });
  it("D5: a message that is mostly not a number saves nothing; a dash means zero only beside real numbers", () => {
    const sql = parseGroupAnswer(gerai, `'; DROP TABLE "User"; --`);
    expect(sql.values).toEqual({});
    expect(sql.errors.map((e) => e.reason)).toEqual(["invalid", "invalid"]);
    expect(parseGroupAnswer(gerai, "abc / def / 5").values).toEqual({});
    expect(parseGroupAnswer(gerai, "x / - / 8 jt").values).toEqual({ "gerai.stok": "8000000" });
    expect(parseGroupAnswer(gerai, "12 jt / - / 8 jt").values).toEqual({
      "gerai.omzet": "12000000",
      "gerai.trx": "0",
      "gerai.stok": "8000000",
    });
    expect(parseGroupAnswer(gerai, "--").values).toEqual({ "gerai.omzet": "0" });
    expect(parseGroupAnswer([money], `'; DROP TABLE "User"; --`)).toMatchObject({
      values: {},
      errors: [{ reason: "invalid" }],
    });
  });
  it("a single field is read whole (a slash is not a separator there)", () => {
    expect(parseGroupAnswer([text], "beras / gula telat")).toEqual({
      values: { kendala: "beras / gula telat" },
      errors: [],
      tooMany: false,
    });
  });
});

describe("plausibility", () => {
  const gerai = groupById("gerai")!.fields;
  it("new members above members, arrears above outstanding", () => {
    expect(crossFieldErrors({ "anggota.total": "100" }, { "anggota.baru": "120" })).toEqual([
      { key: "anggota.baru", error: "rep-err-new-above-total" },
    ]);
    expect(crossFieldErrors({}, { "anggota.total": "100", "anggota.baru": "20" })).toEqual([]);
    expect(crossFieldErrors({ "sp.tunggakan": "5000000" }, { "sp.outstanding": "1000000" })).toEqual([
      { key: "sp.outstanding", error: "rep-err-arrears-above-outstanding" },
    ]);
    expect(crossFieldErrors({ "anggota.total": "1", "anggota.baru": "5" }, { "gerai.omzet": "1" })).toEqual([]);
  });
  it("above Rp 10 miliar a month, or a monthly flow far above last month", () => {
    expect(implausible(gerai, { "gerai.omzet": "10000000001" }, {})).toEqual([
      { key: "gerai.omzet", value: "10000000001", why: "above_max" },
    ]);
    expect(implausible(gerai, { "gerai.omzet": "10000000000" }, {})).toEqual([]);
    expect(implausible(gerai, { "gerai.omzet": "90000000" }, { "gerai.omzet": "5000000" })).toEqual([
      { key: "gerai.omzet", value: "90000000", why: "above_last", last: "5000000" },
    ]);
    expect(implausible(gerai, { "gerai.omzet": "40000000" }, { "gerai.omzet": "5000000" })).toEqual([]);
    // small numbers: ten times 3 transactions is not alarming
    expect(implausible(gerai, { "gerai.trx": "40" }, { "gerai.trx": "3" })).toEqual([]);
    // a stock (outstanding loans) is not compared with last month
    expect(
      implausible(groupById("sp")!.fields, { "sp.outstanding": "900000000" }, { "sp.outstanding": "10000000" }),
    ).toEqual([]);
  });
});
