// Paging of long lists in one message (used by the oversight, visits and workspace screens).
// Keeping oversight messages within Telegram-friendly size (≤ 600 characters): lines are added
// until the budget is reached; the caller pages what does not fit.
export const MAX_CHARS = 600;

/** Join `head`, as many `items` as fit, and `foot`; returns the text and how many items fit. */
export function fitLines(
  head: string[],
  items: string[],
  foot: string[] = [],
  max = MAX_CHARS,
): { text: string; shown: number } {
  const base = [...head, ...foot].join("\n").length + 1;
  let used = base;
  let shown = 0;
  for (const line of items) {
    if (used + line.length + 1 > max) break;
    used += line.length + 1;
    shown += 1;
  }
  return { text: [...head, ...items.slice(0, shown), ...foot].join("\n"), shown };
}

export interface Window<T> {
  text: string;
  /** the items shown, with their 1-based number in the whole list */
  shown: Array<{ item: T; n: number }>;
  prev: number | null;
  next: number | null;
}

/**
 * One window of a long list starting at `offset` (at most `size` items, fewer when they do not fit
 * in 600 characters); `next`/`prev` are offsets, so nothing is ever skipped. `head` gets the range.
 */
export function windowOf<T>(
  items: T[],
  total: number,
  offset: number,
  size: number,
  line: (item: T, n: number) => string,
  head: (from: number, to: number) => string[],
  foot: string[] = [],
): Window<T> {
  const slice = items.slice(0, size);
  const lines = slice.map((it, i) => line(it, offset + i + 1));
  const { shown } = fitLines(head(offset + 1, offset + slice.length), lines, foot);
  const n = Math.max(1, shown);
  const text = [...head(offset + 1, offset + n), ...lines.slice(0, n), ...foot].join("\n");
  return {
    text,
    shown: slice.slice(0, n).map((item, i) => ({ item, n: offset + i + 1 })),
    prev: offset > 0 ? Math.max(0, offset - size) : null,
    next: offset + n < total ? offset + n : null,
  };
}

/** The line and head builders (and the foot) of a window. */
type Lines<T> = [line: (item: T, n: number) => string, head: (from: number, to: number) => string[], foot?: string[]];

/** windowOf over a list held whole (not paged by the query); an `offset` past its end starts at the top. */
export function listWindow<T>(list: T[], offset: number, size: number, ...lines: Lines<T>): Window<T> {
  const from = offset < list.length ? offset : 0;
  return windowOf(list.slice(from), list.length, from, size, ...lines);
}
