// /permintaan: my requests (pengurus) or the open ones in my scope (staff), newest first, each
// with a button to open it; "/permintaan PB-000123" opens one directly.
import { localeOf } from "../../../i18n.ts";
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { accessTo, listRequests, parseRequestNo, requestNo } from "../../../services/help-requests/index.ts";
import { coopTimeZone } from "../../../services/sla.ts";
import { formatDateId } from "../../../lib/dates.ts";
import { refuse } from "../../middlewares/auth.ts";
import { helpCb } from "./callback-data.ts";
import { showRequest } from "./view.ts";

export async function listCommand(ctx: Ctx) {
  const arg = typeof ctx.match === "string" ? ctx.match.trim() : "";
  if (arg) {
    const id = parseRequestNo(arg);
    if (!id) return ctx.reply(ctx.t("help-no-bad", { input: arg.slice(0, 30) }));
    const access = await accessTo(ctx.deps.prisma, ctx.user!, id);
    if (access.kind === "requester" || access.kind === "helper" || access.kind === "viewer")
      return showRequest(ctx, access);
    if (access.kind === "not_found") return ctx.reply(ctx.t("help-no-unknown", { no: requestNo(id) }));
    return refuse(ctx, "HelpRequest", { id, reason: access.kind });
  }
  const rows = await listRequests(ctx.deps.prisma, ctx.user!);
  if (rows.length === 0)
    return ctx.reply(ctx.t(ctx.user!.role === "PENGURUS" ? "help-list-empty-own" : "help-list-empty-staff"));
  const kb = new InlineKeyboard();
  const lines = rows.map((r) => {
    kb.text(requestNo(r.id), helpCb.pack("v", r.id));
    return ctx.t("help-list-line", {
      no: requestNo(r.id),
      status: ctx.t(`help-status-${r.status}`),
      category: ctx.t(`help-cat-${r.category}`),
      coop: r.coop.name,
      date: formatDateId(
        r.createdAt,
        coopTimeZone(r.coop),
        localeOf((k) => ctx.t(k)),
      ),
    });
  });
  // three buttons per row
  const rowsKb = new InlineKeyboard();
  kb.inline_keyboard.flat().forEach((b, i) => {
    rowsKb.add(b);
    if (i % 3 === 2) rowsKb.row();
  });
  await ctx.reply(
    [
      ctx.t(ctx.user!.role === "PENGURUS" ? "help-list-title-own" : "help-list-title-staff", { count: rows.length }),
      ...lines,
    ].join("\n"),
    {
      reply_markup: rowsKb,
    },
  );
}
