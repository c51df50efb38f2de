// Reading typed answers: one value per field, several fields in one message separated by "/",
// ";", "|" or new lines ("12,5 jt / 340 / 8 jt"). Numbers use the Indonesian parser; counts also
// accept a trailing word ("340 transaksi", "25 orang") and weights "1,5 ton" / "1,5 t" (= 1.500 kg).
import { parseIndonesianNumber, type ParseFailure } from "../../lib/parse-number.ts";
import { normalizeSpaces } from "../../lib/text.ts";
import { type FieldDef, NOT_ABOVE } from "./questions.ts";

export type ValueError = ParseFailure | "too_long" | "too_short";

export type ParsedValue = { ok: true; value: string } | { ok: false; reason: ValueError };

const COUNT_WORDS =
  /\s*(orang|org|kali|x|trx|transaksi|pasien|kunjungan|anggota|pengurus|kg|kilo|kilogram|resep|pembeli|pengiriman)\.?$/i;
const TON = /\s*(?:ton|t)\.?$/i;
const TEXT_MAX = 1000;
const NONE_WORDS = new Set(["-", "--", "tidak ada", "tdk ada", "tak ada", "nihil", "kosong", "none", "no", "nothing"]);

export function parseValue(field: FieldDef, raw: string): ParsedValue {
  const s = normalizeSpaces(raw);
  if (field.kind === "text") {
    if (NONE_WORDS.has(s.toLowerCase())) return { ok: true, value: "" };
    const text = raw.split(/\r?\n/).map(normalizeSpaces).filter(Boolean).join("\n"); // keeps line breaks
    if (text.length > TEXT_MAX) return { ok: false, reason: "too_long" };
    if (text.length < 2) return { ok: false, reason: "too_short" };
    return { ok: true, value: text };
  }
  let text = s;
  if (field.kind === "count") {
    if (field.weight && TON.test(text))
      text = `${text.replace(TON, "")} rb`; // tons → kg ("t" is not triliun here)
    else text = text.replace(COUNT_WORDS, "");
  }
  const r = parseIndonesianNumber(text, { kind: field.kind });
  return r.ok ? { ok: true, value: r.value.toString() } : { ok: false, reason: r.reason };
}

/** Splits a combined answer into parts ("12,5 jt / 340 / 8 jt" → 3 parts). Blank parts are kept. */
export function splitParts(text: string): string[] {
  const parts = text.split(/\s*(?:\/|;|\||\n)\s*/).map((p) => p.trim());
  while (parts.length > 1 && parts.at(-1) === "") parts.pop();
  return parts;
}

export interface GroupAnswer {
  /** field key → encoded value, for the parts that were valid */
  values: Record<string, string>;
  errors: Array<{ key: string; input: string; reason: ValueError }>;
  /** more parts than fields asked */
  tooMany: boolean;
}

const ZERO_ONLY = /^\s*(-+|–|—|nihil|nol|kosong|tidak ada|tdk ada|tak ada)\s*$/i;

/**
 * Reads one message as answers to `fields` in order. Fewer parts answer the first fields only.
 * A message that is mostly not numbers (more unreadable parts than numbers) saves nothing, and a
 * bare "-"/"nihil" counts as zero only when no other part is unreadable: `'; DROP TABLE x; --`
 * must not store "Rp0".
 */
export function parseGroupAnswer(fields: FieldDef[], text: string): GroupAnswer {
  const single = fields.length === 1;
  const parts = single ? [text.trim()] : splitParts(text);
  const out: GroupAnswer = { values: {}, errors: [], tooMany: parts.length > fields.length };
  if (out.tooMany) return out;
  const zeroWords: string[] = [];
  parts.forEach((part, i) => {
    const f = fields[i]!;
    const r = parseValue(f, part);
    if (r.ok) {
      out.values[f.key] = r.value;
      if (f.kind !== "text" && ZERO_ONLY.test(part)) zeroWords.push(f.key);
    } else out.errors.push({ key: f.key, input: part, reason: r.reason });
  });
  const unreadable = out.errors.filter((e) => e.reason === "invalid").length;
  if (unreadable > 0) {
    for (const k of zeroWords) delete out.values[k];
    const numbers = Object.keys(out.values).length;
    if (unreadable > numbers) out.values = {};
  }
  return out;
}

/** Cross-field rule violations given the stored values merged with new ones: [{key, error}]. */
export function crossFieldErrors(
  stored: Record<string, string>,
  fresh: Record<string, string>,
): Array<{ key: string; error: string }> {
  const all = { ...stored, ...fresh };
  const out: Array<{ key: string; error: string }> = [];
  for (const rule of NOT_ABOVE) {
    if (!(rule.a in fresh) && !(rule.b in fresh)) continue;
    const a = all[rule.a];
    const b = all[rule.b];
    if (a === undefined || b === undefined) continue;
    if (BigInt(a) > BigInt(b)) out.push({ key: rule.a in fresh ? rule.a : rule.b, error: rule.error });
  }
  return out;
}

export type Implausible = { key: string; value: string; why: "above_max" | "above_last"; last?: string };

/** Values to confirm: above the field's maximum, or a monthly flow far above last month's. */
export function implausible(
  fields: FieldDef[],
  values: Record<string, string>,
  lastMonth: Record<string, string>,
): Implausible[] {
  const out: Implausible[] = [];
  for (const f of fields) {
    const v = values[f.key];
    if (v === undefined || f.kind === "text") continue;
    const n = BigInt(v);
    if (f.max !== undefined && n > f.max) {
      out.push({ key: f.key, value: v, why: "above_max" });
      continue;
    }
    const last = lastMonth[f.key];
    if (f.monthly && last !== undefined) {
      const l = BigInt(last);
      const floor = f.kind === "money" ? 10_000_000n : 100n;
      if (l > 0n && n > l * 10n && n - l >= floor) out.push({ key: f.key, value: v, why: "above_last", last });
    }
  }
  return out;
}
