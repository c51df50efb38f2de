// What to ask next, derived from the report's data only (so leaving, restarting or another
// pengurus answering never loses the place): the first group with a pending field.
// Pending = fields not answered yet (units marked "not operating" skip theirs) + fields the
// reviewer flagged that were not answered again since.
import { type FieldDef, type GroupDef, aktifKey, groupOf, groupsFor } from "./questions.ts";
import type { ReportView } from "./view.ts";

type PlanInput = Pick<ReportView, "units" | "values" | "flagged" | "reviewFields" | "status">;

export const isOff = (v: Pick<ReportView, "values">, g: GroupDef) => !!g.unit && v.values[aktifKey(g.id)] === "0";

/** Expands flagged keys: a flagged "<unit>.aktif" re-asks the whole unit group. */
function expand(keys: string[]): Set<string> {
  const out = new Set<string>();
  for (const k of keys) {
    const g = groupOf(k);
    if (!g) continue;
    if (g.unit && k === aktifKey(g.id)) {
      out.add(k);
      for (const f of g.fields) out.add(f.key);
    } else out.add(k);
  }
  return out;
}

export function pendingKeys(v: PlanInput): Set<string> {
  const out = expand(v.flagged);
  for (const g of groupsFor(v.units)) {
    if (isOff(v, g)) continue;
    for (const f of g.fields) if (v.values[f.key] === undefined) out.add(f.key);
  }
  return out;
}

export interface Step {
  group: GroupDef;
  /** the fields to ask, in the group's order */
  fields: FieldDef[];
  /** the whole group is asked (a unit may then be marked "not operating") */
  whole: boolean;
  /** 1-based position and total for the "step n of m" header */
  index: number;
  total: number;
}

function stepFor(g: GroupDef, keys: Set<string>): Omit<Step, "index" | "total"> | undefined {
  const fields = g.fields.filter((f) => keys.has(f.key));
  if (fields.length === 0) return undefined;
  return { group: g, fields, whole: fields.length === g.fields.length || keys.has(aktifKey(g.id)) };
}

/** The next question, or undefined when everything is answered (show the summary). */
export function nextStep(v: PlanInput): Step | undefined {
  const pending = pendingKeys(v);
  const groups = groupsFor(v.units);
  // a returned report counts only the groups it has to go through again
  const inPlan = v.reviewFields.length > 0 ? expand(v.reviewFields) : undefined;
  const planned = groups.filter(
    (g) => !inPlan || g.fields.some((f) => inPlan.has(f.key) || pending.has(f.key)) || inPlan.has(aktifKey(g.id)),
  );
  for (const g of groups) {
    const s = stepFor(g, pending);
    if (!s) continue;
    const index = planned.indexOf(g) + 1 || planned.length + 1;
    return { ...s, index, total: Math.max(planned.length, index) };
  }
  return undefined;
}

/** A step to change chosen fields from the summary ("ubah"). */
export function editStep(keys: string[]): Step | undefined {
  const set = expand(keys);
  const g = keys.map(groupOf).find((x) => x);
  if (!g) return undefined;
  const s = stepFor(g, set);
  return s ? { ...s, index: 1, total: 1 } : undefined;
}

/** Keys a reviewer may flag: the answers shown in the summary. */
export function flaggableKeys(v: Pick<ReportView, "units" | "values">): string[] {
  const out: string[] = [];
  for (const g of groupsFor(v.units)) {
    if (isOff(v, g)) out.push(aktifKey(g.id));
    else out.push(...g.fields.map((f) => f.key));
  }
  return out;
}
