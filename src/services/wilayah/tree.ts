/**
 * The four administrative levels as flat arrays. Each level is ordered by (parent, code), so the children
 * of one parent — and the descendants of consecutive parents — occupy one contiguous range of the next level.
 */
import type { AreaRow } from "./load.ts";

export interface Area {
  readonly code: string;
  readonly name: string;
}

export interface Level {
  /** Areas ordered by parent position, then code. */
  readonly areas: readonly Area[];
  /** The name as written in the data file, by position. */
  readonly rawNames: readonly string[];
  readonly positionOf: ReadonlyMap<string, number>;
  /** Position of each area's parent in the level above (all 0 for provinces). */
  readonly parent: Uint32Array;
  /** Children of area i are childStart[i] .. childEnd[i] - 1 in the level below (empty for villages). */
  childStart: Uint32Array;
  childEnd: Uint32Array;
}

/** Builds a level under `above` (none for provinces), naming each area with `displayName`. Throws on inconsistent data. */
export function buildLevel(rows: readonly AreaRow[], displayName: (raw: string) => string, above?: Level): Level {
  const located = rows.map((row) => ({ row, parent: above ? parentPosition(row, above) : 0 }));
  located.sort((a, b) => a.parent - b.parent || (a.row.code < b.row.code ? -1 : a.row.code > b.row.code ? 1 : 0));

  const positionOf = new Map<string, number>();
  located.forEach(({ row }, i) => {
    if (positionOf.has(row.code)) throw new Error(`Wilayah data: duplicate code ${row.code}`);
    positionOf.set(row.code, i);
  });

  const level: Level = {
    areas: located.map(({ row }) => ({ code: row.code, name: displayName(row.name) })),
    rawNames: located.map(({ row }) => row.name),
    positionOf,
    parent: Uint32Array.from(located, (l) => l.parent),
    childStart: new Uint32Array(0),
    childEnd: new Uint32Array(0),
  };
  if (above) linkChildren(above, level);
  return level;
}

function parentPosition(row: AreaRow, above: Level): number {
  const position = above.positionOf.get(row.parentCode);
  if (position === undefined) throw new Error(`Wilayah data: ${row.code} refers to unknown parent ${row.parentCode}`);
  if (!row.code.startsWith(`${row.parentCode}.`))
    throw new Error(`Wilayah data: ${row.code} does not extend its parent code ${row.parentCode}`);
  return position;
}

function linkChildren(above: Level, below: Level): void {
  const count = above.areas.length;
  above.childStart = new Uint32Array(count);
  above.childEnd = new Uint32Array(count);
  let child = 0;
  for (let p = 0; p < count; p++) {
    above.childStart[p] = child;
    while (child < below.areas.length && below.parent[child] === p) child++;
    above.childEnd[p] = child;
  }
}

/** The range in the level below covering the children of positions start .. end - 1. */
export function descend(level: Level, start: number, end: number): [number, number] {
  if (start >= end) return [0, 0];
  return [level.childStart[start]!, level.childEnd[end - 1]!];
}
