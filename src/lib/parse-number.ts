/**
 * Parser for numbers as Indonesian users type them ("Rp 12.500.000,-", "12,5 jt", "500rb").
 * All arithmetic is done on bigints built from digit strings; no floating point is involved.
 *
 * Rules for ambiguous input (see also the tests in test/lib/parse-number.test.ts):
 * - A dot followed by exactly 3 digits is a thousands separator ("1.000" = 1000, "1.500 jt" = 1500 juta);
 *   a single dot followed by 1, 2 or 4+ digits is a decimal point ("12.5 juta", "1.2 milyar").
 * - Several commas form an English grouping ("1,000,000"). Without a unit, a single comma followed by
 *   exactly 3 digits is also a thousands separator ("1,000" = 1000). With a unit a single comma is
 *   always the decimal comma ("1,500 jt" = 1.500.000), as Indonesians write decimals with a comma.
 * - When both "." and "," appear, the one that occurs last is the decimal separator
 *   ("12.500.000,00", "12,500,000.50"); the other one must form valid groups of 3 digits.
 * - Spaces inside a number are accepted only as thousands separators ("12 500 000").
 * - Money without a unit may carry a 2-digit sen part (",00", ",50"); it is rounded half up to
 *   whole rupiah. Any other decimal part without a unit ("2,5", "12.5") is 'fraction'.
 *   Counts never accept a decimal part without a unit.
 * - With a unit, the scaled value must be a whole number ("1,2 rb" = 1200; "1,2345 rb" is 'fraction').
 * - "-", "nihil", "nol", "kosong", "tidak ada" and "tdk ada" mean 0. A leading "-", "−" or "minus"
 *   before a number is 'negative' (unless the number is 0).
 * - Currency markers ("Rp", "Rp.", "IDR", trailing "rupiah", trailing ",-") are accepted for money only.
 * - Values above 10^15 are 'too_large'.
 */

export type NumberKind = "money" | "count";

export type ParseFailure = "empty" | "negative" | "invalid" | "fraction" | "too_large";

export type ParseNumberResult = { ok: true; value: bigint } | { ok: false; reason: ParseFailure };

const MAX_PARSED_VALUE = 10n ** 15n;

const MAX_INPUT_LENGTH = 100;

const ZERO_WORDS = new Set(["-", "--", "–", "—", "nihil", "nol", "kosong", "tidak ada", "tdk ada", "tak ada"]);

/** Unit word → power of ten. Matched case-insensitively. */
const UNIT_EXPONENTS: Record<string, number> = {
  k: 3,
  rb: 3,
  ribu: 3,
  jt: 6,
  juta: 6,
  m: 9,
  miliar: 9,
  milyar: 9,
  t: 12,
  triliun: 12,
};

const UNIT_RE = new RegExp(`^(.*?)\\s*(${Object.keys(UNIT_EXPONENTS).join("|")})\\.?$`);
const CURRENCY_PREFIX_RE = /^(?:rp|idr)\.?\s*/;
const NEGATIVE_RE = /^(?:-|−|minus)\s*/;

type Decimal = { int: string; frac: string };

const fail = (reason: ParseFailure): ParseNumberResult => ({ ok: false, reason });

export function parseIndonesianNumber(input: string, opts?: { kind: NumberKind }): ParseNumberResult {
  const kind = opts?.kind ?? "money";
  let s = input.replace(/\s+/g, " ").trim().toLowerCase();
  if (s === "") return fail("empty");
  if (s.length > MAX_INPUT_LENGTH) return fail("invalid");
  if (ZERO_WORDS.has(s)) return { ok: true, value: 0n };

  let negative = false;
  if (kind === "money") {
    s = s.replace(/\s*rupiah$/, "").replace(/\s*[,.]-+$/, "");
    s = s.replace(CURRENCY_PREFIX_RE, "");
    if (ZERO_WORDS.has(s)) return { ok: true, value: 0n }; // "Rp -,-"
  }
  if (NEGATIVE_RE.test(s)) {
    negative = true;
    s = s.replace(NEGATIVE_RE, "");
    if (kind === "money") s = s.replace(CURRENCY_PREFIX_RE, "");
  }
  if (s === "") return fail(negative ? "invalid" : "empty");

  const result = parseUnsigned(s, kind);
  if (result.ok && negative && result.value !== 0n) return fail("negative");
  return result;
}

function parseUnsigned(s: string, kind: NumberKind): ParseNumberResult {
  let exponent = 0;
  let numberPart = s;
  const unitMatch = UNIT_RE.exec(s);
  if (unitMatch && unitMatch[1] !== "") {
    numberPart = unitMatch[1] ?? "";
    exponent = UNIT_EXPONENTS[unitMatch[2] ?? ""] ?? 0;
  } else {
    numberPart = s.replace(/\.$/, ""); // a sentence-final dot: "12.500."
  }

  const decimal = splitDecimal(numberPart, exponent > 0);
  if (!decimal) return fail("invalid");

  const { int, frac } = decimal;
  let value: bigint;
  if (exponent > 0) {
    if (frac.length > exponent && /[1-9]/.test(frac.slice(exponent))) return fail("fraction");
    const fracScaled = (frac + "0".repeat(exponent)).slice(0, exponent);
    value = BigInt(int) * 10n ** BigInt(exponent) + BigInt(fracScaled || "0");
  } else if (frac === "") {
    value = BigInt(int);
  } else if (kind === "money" && frac.length === 2) {
    value = BigInt(int) + (Number(frac[0]) >= 5 ? 1n : 0n); // sen, rounded half up
  } else {
    return fail("fraction");
  }

  if (value > MAX_PARSED_VALUE) return fail("too_large");
  return { ok: true, value };
}

/** Validates "1", "12", "123" followed by groups of exactly 3 digits joined by `sep`. */
function isGrouped(s: string, sep: string): boolean {
  const groups = s.split(sep);
  return /^\d{1,3}$/.test(groups[0] ?? "") && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function splitDecimal(s: string, hasUnit: boolean): Decimal | null {
  if (/^\d+$/.test(s)) return { int: s, frac: "" };
  if (s.includes(" ")) return isGrouped(s, " ") ? { int: s.replace(/ /g, ""), frac: "" } : null;
  if (!/^[\d.,]+$/.test(s)) return null;

  const dots = s.split(".").length - 1;
  const commas = s.split(",").length - 1;

  if (dots > 0 && commas > 0) {
    const decimalSep = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const groupSep = decimalSep === "." ? "," : ".";
    const at = s.lastIndexOf(decimalSep);
    const head = s.slice(0, at);
    const frac = s.slice(at + 1);
    if (head.includes(decimalSep) || !isGrouped(head, groupSep) || !/^\d+$/.test(frac)) return null;
    return { int: head.split(groupSep).join(""), frac };
  }

  const sep = dots > 0 ? "." : ",";
  const count = dots + commas;
  if (count > 1) return isGrouped(s, sep) ? { int: s.split(sep).join(""), frac: "" } : null;

  const [int = "", frac = ""] = s.split(sep);
  if (!/^\d+$/.test(int) || !/^\d+$/.test(frac)) return null;
  const thousands = frac.length === 3 && int.length <= 3 && (sep === "." || !hasUnit);
  return thousands ? { int: int + frac, frac: "" } : { int, frac };
}
