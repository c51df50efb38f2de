// Keeping oversight messages within Telegram-friendly size (≤ 600 characters): lines are added
// until the budget is reached; the caller pages what does not fit.
export const MAX_CHARS = 600;

/** Join `head`, as many `items` as fit, and `foot`; returns the text and how many items fit. */
export function fitLines(head: string[], items: string[], foot: string[] = [], max = MAX_CHARS): { text: string; shown: number } {
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

export const pages = (total: number, size: number) => Math.max(1, Math.ceil(total / size));
export const clampPage = (page: number, total: number, size: number) => Math.min(Math.max(0, page), pages(total, size) - 1);
