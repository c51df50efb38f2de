// A paged list of buttons with type-to-search. One message is edited while the user pages; a typed
// query shows its matches (paged too, with their count) and a button back to the list. Only codes
// offered on the current prompt are accepted, so forged or stale data never picks anything.
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx, Ctx } from "../context.ts";
import { type Parsed } from "./ask-field.ts";
import type { Answered } from "./ask-buttons.ts";
import { waitInput, w } from "./input.ts";
import { dropButtons, answerStale } from "./settle.ts";

export interface PickItem {
  /** short and without ":" issues: it travels in the button data (≤ 60 bytes) */
  code: string;
  label: string;
}

export interface PageInfo {
  page: number;
  pages: number;
  total: number;
  /** the search found more than it returned (say "more than total", ask to narrow) */
  more?: boolean;
}

/** What a search returns: the items, or the items and whether there were more. */
export type SearchResult = PickItem[] | { items: PickItem[]; more: boolean };

export interface PickerQuestion {
  title: (info: PageInfo) => string;
  items: PickItem[];
  pageSize?: number;
  columns?: number;
  /** columns of search results (default `columns`; long labels read better in one) */
  searchColumns?: number;
  /** type-to-search; runs once through conversation.external (its result is replayed) */
  search?: (query: string, octx: Ctx) => SearchResult | Promise<SearchResult>;
  /** checks a typed query before searching (e.g. at least 2 letters) */
  checkQuery?: (text: string) => Parsed<string>;
  searchTitle?: (query: string, info: PageInfo) => string;
  notFound?: (query: string) => string;
  /** extra buttons under the list, e.g. Kembali */
  extra?: Array<{ label: string; choice: string }>;
  /** i18n key said when the user types and there is no search (default "kit-use-buttons") */
  retryKey?: string;
  passThrough?: (text: string) => boolean;
}

export type Picked = { kind: "picked"; code: string; label: string } | { kind: "extra"; choice: string };

export const pageCount = (n: number, size: number) => Math.max(1, Math.ceil(n / size));

export function pageKeyboard(
  ctx: ConvCtx,
  list: PickItem[],
  page: number,
  q: PickerQuestion,
  inSearch: boolean,
): InlineKeyboard {
  const size = q.pageSize ?? 10;
  const cols = (inSearch ? q.searchColumns : undefined) ?? q.columns ?? 2;
  const kb = new InlineKeyboard();
  list.slice(page * size, (page + 1) * size).forEach((it, i) => {
    kb.text(it.label, w(`p:${it.code}`));
    if ((i + 1) % cols === 0) kb.row();
  });
  kb.row();
  if (page > 0) kb.text(ctx.t("btn-prev"), w(`g:${page - 1}`));
  if (page < pageCount(list.length, size) - 1) kb.text(ctx.t("btn-next"), w(`g:${page + 1}`));
  if (inSearch) kb.row().text(ctx.t("btn-back-to-list"), w("l"));
  for (const x of q.extra ?? []) kb.row().text(x.label, w(`x:${x.choice}`));
  return kb;
}

export async function pickPaged(conversation: Conv, ctx: ConvCtx, q: PickerQuestion): Promise<Answered<Picked>> {
  const size = q.pageSize ?? 10;
  let results: { query: string; items: PickItem[]; more: boolean } | undefined;
  let page = 0;
  const list = () => results?.items ?? q.items;
  const info = (): PageInfo => ({
    page: page + 1,
    pages: pageCount(list().length, size),
    total: list().length,
    ...(results?.more ? { more: true } : {}),
  });
  const text = () => (results ? (q.searchTitle?.(results.query, info()) ?? results.query) : q.title(info()));
  const show = (c: ConvCtx) => c.reply(text(), { reply_markup: pageKeyboard(c, list(), page, q, !!results) });
  let prompt = await show(ctx);
  for (;;) {
    const input = await waitInput(conversation, { promptId: prompt.message_id, passThrough: q.passThrough });
    const c = input.ctx;
    if (input.kind === "button") {
      const [kind, ...rest] = input.data.split(":");
      const value = rest.join(":");
      if (kind === "p") {
        const item = list().find((i) => i.code === value);
        if (item) {
          await c.answerCallbackQuery().catch(() => undefined);
          await c.editMessageText(`${text()}\n✅ ${item.label}`).catch(() => undefined);
          return { value: { kind: "picked", code: item.code, label: item.label }, ctx: c, promptId: prompt.message_id };
        }
      } else if (kind === "x" && q.extra?.some((x) => x.choice === value)) {
        await c.answerCallbackQuery().catch(() => undefined);
        await c.editMessageReplyMarkup().catch(() => undefined);
        return { value: { kind: "extra", choice: value }, ctx: c, promptId: prompt.message_id };
      } else if (kind === "g" && /^\d{1,4}$/.test(value)) {
        await c.answerCallbackQuery().catch(() => undefined);
        page = Math.min(Number(value), pageCount(list().length, size) - 1);
        await c
          .editMessageText(text(), { reply_markup: pageKeyboard(c, list(), page, q, !!results) })
          .catch(() => undefined);
        continue;
      } else if (kind === "l" && results) {
        await c.answerCallbackQuery().catch(() => undefined);
        results = undefined;
        page = 0;
        await c
          .editMessageText(text(), { reply_markup: pageKeyboard(c, list(), page, q, false) })
          .catch(() => undefined);
        continue;
      }
      await answerStale(c);
      continue;
    }
    await dropButtons(c, prompt.message_id);
    if (!q.search || input.kind !== "text") {
      await c.reply(c.t(q.retryKey ?? "kit-use-buttons"));
      prompt = await show(c);
      continue;
    }
    const checked: Parsed<string> = q.checkQuery ? q.checkQuery(input.text) : { ok: true, value: input.text.trim() };
    if (!checked.ok) {
      await c.reply(c.t(checked.error, checked.vars));
      prompt = await show(c);
      continue;
    }
    const query = checked.value;
    const search = q.search;
    const raw = await conversation.external((octx) => search(query, octx));
    const found = Array.isArray(raw) ? { items: raw, more: false } : raw;
    if (found.items.length === 0) {
      await c.reply(q.notFound?.(query) ?? c.t("kit-search-none", { query }));
      prompt = await show(c);
      continue;
    }
    results = { query, items: found.items, more: found.more };
    page = 0;
    prompt = await show(c);
  }
}
