// Paged inline-button lists used by the wizard (wilayah levels, search results).
import { InlineKeyboard } from "grammy";

export const PAGE_SIZE = 10;

export interface PickItem {
  code: string;
  label: string;
}

export interface PageLabels {
  prev: string;
  next: string;
  back?: string;
}

/** Buttons carry "pk:<code>", "pg:<page>" and "bk"; they are only accepted on the current prompt. */
export function pickerKeyboard(items: PickItem[], page: number, labels: PageLabels, columns = 2): InlineKeyboard {
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const p = Math.min(Math.max(0, page), pages - 1);
  const kb = new InlineKeyboard();
  items.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE).forEach((it, i) => {
    kb.text(it.label, `pk:${it.code}`);
    if ((i + 1) % columns === 0) kb.row();
  });
  kb.row();
  if (p > 0) kb.text(labels.prev, `pg:${p - 1}`);
  if (p < pages - 1) kb.text(labels.next, `pg:${p + 1}`);
  if (labels.back) kb.row().text(labels.back, "bk");
  return kb;
}

export function pageCount(n: number) {
  return Math.max(1, Math.ceil(n / PAGE_SIZE));
}
