// Reading one data row through the header's column map.
import { createHash } from "node:crypto";
import { normalizeHeader } from "./headers.ts";
import type { ImportKind } from "../../generated/prisma/enums.ts";
import type { Wilayah } from "../wilayah/index.ts";
import type { ColumnMap, FieldOf } from "./headers.ts";
import type { SheetRow } from "./read.ts";
import type { Args, Rejection } from "./types.ts";

export interface ValidateContext {
  w: Wilayah;
  /** the importer's province (DINAS); null = any */
  scope: string | null;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; key: string; args?: Args };

export function cellOf<K extends ImportKind>(row: SheetRow, columns: ColumnMap<K>, field: FieldOf<K>): string {
  const i = columns[field];
  return i === undefined ? "" : (row.cells[i] ?? "");
}

export const reject = (row: SheetRow, key: string, args?: Args): Rejection => ({
  row: row.n,
  key,
  ...(args ? { args } : {}),
  values: row.cells,
});

/** "61" outside the importer's province → a reason */
export function outOfScope(
  ctx: ValidateContext,
  provinceCode: string,
): { ok: false; key: string; args: Args } | undefined {
  if (ctx.scope === null || ctx.scope === provinceCode) return undefined;
  return {
    ok: false,
    key: "imp-err-out-of-scope",
    args: {
      province: ctx.w.province(provinceCode)?.name ?? provinceCode,
      scope: ctx.w.province(ctx.scope)?.name ?? ctx.scope,
    },
  };
}

/** a short fingerprint of a row's content (case and spacing ignored), to tell duplicate rows apart */
function rowKey(row: SheetRow): string {
  return createHash("sha1").update(row.cells.map(normalizeHeader).join("\u0001")).digest("base64").slice(0, 16);
}

/**
 * The first row of each key (a village code, a phone) in a file. A later row with a key seen before
 * is rejected: "the same row again" when its content is the same, else `otherKey` (two rows for one
 * village, one phone).
 */
export class FirstSeen {
  readonly #first = new Map<string, { n: number; content: string }>();

  /** The rejection of `row` when `key` was seen before, else undefined. */
  duplicate(row: SheetRow, key: string, otherKey: string, args: Args): Rejection | undefined {
    const first = this.#first.get(key);
    if (!first) return undefined;
    return reject(row, first.content === rowKey(row) ? "imp-err-duplicate-row" : otherKey, { first: first.n, ...args });
  }

  add(row: SheetRow, key: string): void {
    this.#first.set(key, { n: row.n, content: rowKey(row) });
  }
}
