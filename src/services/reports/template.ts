// "/templat": a whole report in one message for weak connections. The template is a header line
// "#LAPORAN K<coopId> <YYYY-MM>" and one "label: value" line per question. Parsing matches
// labels loosely (case, punctuation, emoji and a trailing "(Rp)" are ignored) in any language.
import { normalizeSpaces } from "../../lib/text.ts";
import { formatNumber } from "../../lib/money.ts";
import { INT_ID } from "../../lib/int-id.ts";
import { type FieldDef, fieldDef, groupsFor } from "./questions.ts";
import { parseValue, type ValueError } from "./input.ts";
import type { BusinessUnit } from "../../generated/prisma/enums.ts";

const TEMPLATE_TAG = "#LAPORAN";
const HEADER = new RegExp(`^#LAPORAN\\s+K(${INT_ID})\\s+(\\d{4}-(?:0[1-9]|1[0-2]))(?:\\s|$)`, "i");

export function isTemplateText(text: string): boolean {
  return text.trimStart().toUpperCase().startsWith(TEMPLATE_TAG);
}

export function templateHeader(coopId: number, period: string): string {
  return `${TEMPLATE_TAG} K${coopId} ${period}`;
}

/** Fields that can be pasted (numbers and the problems text; checklist and photos are asked after). */
export function templateFields(units: readonly BusinessUnit[]): FieldDef[] {
  return groupsFor(units)
    .filter((g) => g.kind === "numbers" || g.kind === "text")
    .flatMap((g) => g.fields);
}

export function normalizeLabel(s: string): string {
  return normalizeSpaces(s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")).replace(/ rp$/, "");
}

/** Template text: header, then "label: current value" lines. `label(key)` gives the line label. */
export function buildTemplate(
  coopId: number,
  period: string,
  units: readonly BusinessUnit[],
  values: Record<string, string>,
  label: (key: string) => string,
): string {
  const lines = [templateHeader(coopId, period)];
  for (const f of templateFields(units)) {
    const v = values[f.key];
    const shown = v === undefined ? "" : f.kind === "text" ? (v === "" ? "-" : v) : formatNumber(BigInt(v));
    lines.push(`${label(f.key)}: ${shown}`.trimEnd());
  }
  return lines.join("\n");
}

export interface TemplateParse {
  header: { coopId: number; period: string } | null;
  values: Record<string, string>;
  unknown: string[];
  invalid: Array<{ key: string; input: string; reason: ValueError }>;
}

/**
 * Reads a pasted template. `labels` maps normalized labels (see normalizeLabel) to field keys;
 * only `allowed` keys are accepted. Blank values are skipped (asked later by the wizard). Lines
 * without a label that follow a text answer continue it.
 */
export function parseTemplate(text: string, labels: Map<string, string>, allowed: Set<string>): TemplateParse {
  const lines = text.split(/\r?\n/);
  const out: TemplateParse = { header: null, values: {}, unknown: [], invalid: [] };
  const first = lines.findIndex((l) => l.trim() !== "");
  const m = first >= 0 ? HEADER.exec(lines[first]!.trim()) : null;
  if (m) out.header = { coopId: Number(m[1]), period: m[2]! };
  const raw: Record<string, string> = {};
  let lastText: string | undefined;
  for (const line of lines.slice(m ? first + 1 : 0)) {
    if (line.trim() === "") continue;
    const colon = line.indexOf(":");
    const key = colon > 0 ? labels.get(normalizeLabel(line.slice(0, colon))) : undefined;
    if (key === undefined) {
      if (lastText !== undefined && raw[lastText] !== undefined) raw[lastText] += `\n${line.trim()}`;
      else out.unknown.push(line.trim().slice(0, 80));
      continue;
    }
    if (!allowed.has(key)) {
      out.unknown.push(line.trim().slice(0, 80));
      lastText = undefined;
      continue;
    }
    raw[key] = line.slice(colon + 1).trim();
    lastText = fieldDef(key)?.kind === "text" ? key : undefined;
  }
  for (const [key, input] of Object.entries(raw)) {
    if (input === "") continue;
    const r = parseValue(fieldDef(key)!, input);
    if (r.ok) out.values[key] = r.value;
    else out.invalid.push({ key, input: input.slice(0, 60), reason: r.reason });
  }
  return out;
}
