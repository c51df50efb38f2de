// /cari: one question (unless typed after the command), then the hits as a paged list that can be
// refined by typing; a pick opens the card of the coop or person with the viewer's actions.
import type { Translate } from "../../../lib/translate.ts";
import type { Conv, ConvCtx, Ctx } from "../../context.ts";
import { asker, type PickItem } from "../../kit/index.ts";
import { searchCoops, searchPeople } from "../../../services/people/search.ts";
import { normalizeSpaces, truncate } from "../../../lib/text.ts";
import { showCard } from "./show-card.ts";

export const PEOPLE_SEARCH = "people-search";

function checkQuery(raw: string): { ok: true; value: string } | { ok: false; error: string } {
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
  const ask = asker(conversation, ctx);
  const given = initial ? checkQuery(initial) : undefined;
  const q = given?.ok
    ? given.value
    : await ask.typed({
        text: t("ppl-search-ask"),
        parse: (i) => (i.kind === "text" ? checkQuery(i.text) : { ok: false, error: "ppl-search-too-short" }),
      });
  const items = await conversation.external((octx) => hits(octx, q, t));
  if (items.length === 0) {
    await ask.reply(t("ppl-search-none", { query: q }));
    return;
  }
  const picked = await ask.pick({
    title: (p) => t("ppl-search-results", { query: q, total: p.total, page: p.page, pages: p.pages }),
    items,
    columns: 1,
    search: (next, octx) => hits(octx, next, t),
    checkQuery,
    searchTitle: (next, p) => t("ppl-search-results", { query: next, total: p.total, page: p.page, pages: p.pages }),
    notFound: (next) => t("ppl-search-none", { query: next }),
  });
  if (picked.kind !== "picked") return;
  const code = picked.code;
  const card = await conversation.external((octx) =>
    showCard(octx, code[0] === "c" ? "coop" : "person", Number(code.slice(1))),
  );
  if (card) await ask.reply(card.text, card.keyboard ? { reply_markup: card.keyboard } : {});
}
