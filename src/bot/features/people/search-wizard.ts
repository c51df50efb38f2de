// /cari: one question (unless typed after the command), then the hits as a paged list that can be
// refined by typing; a pick opens the card of the coop or person with the viewer's actions.
import type { Translate } from "../../../lib/translate.ts";
import type { Conv, ConvCtx, Ctx } from "../../context.ts";
import { askField, pickPaged, type PickItem } from "../../kit/index.ts";
import { searchCoops, searchPeople } from "../../../services/people/search.ts";
import { normalizeSpaces, truncate } from "../../../lib/text.ts";
import { showCard } from "./show-card.ts";

export const PEOPLE_SEARCH = "people-search";

export function checkQuery(raw: string): { ok: true; value: string } | { ok: false; error: string } {
  const s = normalizeSpaces(raw);
  if (s.length < 2 || s.length > 60 || s.startsWith("/")) return { ok: false, error: "ppl-search-too-short" };
  return { ok: true, value: s };
}

async function hits(octx: Ctx, query: string, t: Translate): Promise<PickItem[]> {
  const viewer = octx.user!;
  const [coops, people] = await Promise.all([
    searchCoops(octx.deps.prisma, viewer, query),
    searchPeople(octx.deps.prisma, viewer, query),
  ]);
  return [
    ...coops.map((c) => ({ code: `c${c.id}`, label: t("ppl-hit-coop", { name: truncate(c.name, 50) }) })),
    ...people.map((p) => ({
      code: `p${p.id}`,
      label: t("ppl-hit-person", { name: truncate(p.name, 40), role: t(`role-${p.role}`) }),
    })),
  ];
}

export async function peopleSearch(conversation: Conv, ctx: ConvCtx, initial?: string) {
  const t: Translate = ctx.t.bind(ctx);
  let query = initial ? checkQuery(initial) : undefined;
  let c = ctx;
  if (!query?.ok) {
    const a = await askField(conversation, ctx, {
      text: t("ppl-search-ask"),
      parse: (i) => (i.kind === "text" ? checkQuery(i.text) : { ok: false, error: "ppl-search-too-short" }),
    });
    if (a.value.kind !== "value") return;
    query = { ok: true, value: a.value.value };
    c = a.ctx;
  }
  const q = query.value;
  const items = await conversation.external((octx) => hits(octx, q, t));
  if (items.length === 0) {
    await c.reply(t("ppl-search-none", { query: q }));
    return;
  }
  const picked = await pickPaged(conversation, c, {
    title: (p) => t("ppl-search-results", { query: q, total: p.total, page: p.page, pages: p.pages }),
    items,
    columns: 1,
    search: (next, octx) => hits(octx, next, t),
    checkQuery,
    searchTitle: (next, p) => t("ppl-search-results", { query: next, total: p.total, page: p.page, pages: p.pages }),
    notFound: (next) => t("ppl-search-none", { query: next }),
  });
  if (picked.value.kind !== "picked") return;
  const code = picked.value.code;
  const card = await conversation.external((octx) =>
    showCard(octx, code[0] === "c" ? "coop" : "person", Number(code.slice(1))),
  );
  if (card) await picked.ctx.reply(card.text, card.keyboard ? { reply_markup: card.keyboard } : {});
}
