// Loads a card for the viewer (scope checked) and renders it: JSON-safe, so it can run inside
// conversation.external and be replayed.
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Ctx } from "../../context.ts";
import { coopCard, personCard } from "../../../services/people/cards.ts";
import { canSeePerson } from "../../../services/people/search.ts";
import { canSeeCoop } from "../../../services/roles.ts";
import { coopCardKeyboard, coopCardText, personCardKeyboard, personCardText } from "./render.ts";

export interface RenderedCard {
  text: string;
  keyboard?: InlineKeyboardMarkup;
}

export async function showCard(ctx: Ctx, kind: "coop" | "person", id: number): Promise<RenderedCard | null> {
  const viewer = ctx.user!;
  const t = ctx.t.bind(ctx);
  const { prisma } = ctx.deps;
  if (kind === "coop") {
    const c = await coopCard(prisma, id);
    const onBoard = !!c?.board.some((m) => m.userId === viewer.id);
    if (
      !c ||
      !(
        onBoard ||
        canSeeCoop(viewer, { regencyCode: c.regencyCode, provinceCode: c.provinceCode, assignedBaId: c.assignedBaId })
      )
    )
      return null;
    const kb = coopCardKeyboard(t, viewer, c);
    return { text: coopCardText(t, c), ...(kb ? { keyboard: { inline_keyboard: kb.inline_keyboard } } : {}) };
  }
  if (!(await canSeePerson(prisma, viewer, id))) return null;
  const p = await personCard(prisma, id);
  if (!p) return null;
  const kb = personCardKeyboard(t, viewer, p);
  const staffViewer = viewer.role !== "PENGURUS";
  return {
    text: personCardText(t, p, staffViewer),
    ...(kb ? { keyboard: { inline_keyboard: kb.inline_keyboard } } : {}),
  };
}
