// One request in detail (for /permintaan and its buttons): the card, the last messages and the
// buttons that fit the viewer's side.
import type { Ctx } from "../../context.ts";
import type { Access } from "../../../services/help-requests/index.ts";
import { threadOf } from "../../../services/help-requests/index.ts";
import { personName } from "../../../services/roles.ts";
import { cardText, helperKeyboard, loadCard, requesterKeyboard } from "../../../messages/help/cards.ts";

type Visible = Extract<Access, { kind: "requester" | "helper" | "viewer" }>;

export async function showRequest(ctx: Ctx, access: Visible) {
  const t = ctx.t.bind(ctx);
  const d = await loadCard(ctx.deps.prisma, access.req.id);
  const thread = await threadOf(ctx.deps.prisma, access.req.id, 5);
  const lines = [cardText(t, d, "view")];
  if (thread.length > 0) {
    lines.push("", t("help-view-thread"));
    for (const m of thread) {
      const body =
        m.kind === "TEXT"
          ? (m.text ?? "")
          : `${t(m.kind === "PHOTO" ? "help-view-photo" : "help-view-document")}${m.text ? ` ${m.text}` : ""}`;
      lines.push(`— ${personName(m.fromUser)}: ${body.length > 120 ? `${body.slice(0, 119)}…` : body}`);
    }
  }
  if (access.req.rating)
    lines.push("", t("help-view-rating", { rating: access.req.rating, comment: access.req.ratingComment ?? "-" }));
  const markup =
    access.kind === "requester"
      ? access.req.status === "CLOSED"
        ? undefined
        : requesterKeyboard(t, access.req.id)
      : access.kind === "helper"
        ? helperKeyboard(t, access.req.id, access.req.status, access.helper === "supervisor")
        : undefined;
  await ctx.reply(lines.join("\n"), markup ? { reply_markup: markup } : {});
}
