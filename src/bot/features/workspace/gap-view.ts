// /koperasiku for a BA: after their coops, the rostered coops assigned to them that are not yet on
// the bot, with the ketua's phone to call; paged (◀ ▶ edit the message), each page ≤ 600 characters.
import { InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import type { User } from "../../../generated/prisma/client.ts";
import { missingCount, missingPage } from "../../../services/recap/roster-gap.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { shortName } from "../../../messages/recap/render.ts";
import { wsGapCb } from "./callback-data.ts";

const GAP_PAGE = 4;
const MAX = 600;

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Sends (or edits into) page `page` of the BA's rostered coops not yet on the bot; nothing when none. */
export async function showGap(ctx: Ctx, ba: User, page: number, edit = false) {
  const { prisma } = ctx.deps;
  const f = { area: { key: "N", level: "national" as const, code: null, coopId: null }, baId: ba.id };
  const count = await missingCount(prisma, f);
  if (count === 0) return;
  const pages = Math.ceil(count / GAP_PAGE);
  const at = Math.min(Math.max(page, 0), pages - 1);
  const rows = await missingPage(prisma, f, at * GAP_PAGE, GAP_PAGE);
  const w = getWilayah();
  const lines = rows.map((m, i) => {
    const p = w.villagePath(m.villageCode);
    const place = p ? `${p.village.name}, Kec. ${p.district.name}` : m.villageCode;
    const phone = m.ketuaPhone
      ? ctx.t("ws-gap-phone", { phone: `+${m.ketuaPhone}`, ketua: m.ketuaName ? ` (${cut(m.ketuaName, 24)})` : "" })
      : ctx.t("ws-gap-no-phone");
    const name = shortName(m.name);
    const head = p && name === p.village.name ? cut(place, 60) : `${cut(name, 30)} — ${cut(place, 40)}`;
    return `${at * GAP_PAGE + i + 1}. ${head}\n   ${phone}`;
  });
  const text = [ctx.t("ws-gap-title", { count, page: at + 1, pages }), ...lines, "", ctx.t("ws-gap-foot")]
    .join("\n")
    .slice(0, MAX);
  const kb = new InlineKeyboard();
  if (at > 0) kb.text(ctx.t("btn-prev"), wsGapCb.pack(ba.id, at - 1));
  if (at < pages - 1) kb.text(ctx.t("btn-next"), wsGapCb.pack(ba.id, at + 1));
  const extra = pages > 1 ? { reply_markup: kb } : {};
  if (edit) await ctx.editMessageText(text, extra).catch(() => undefined);
  else await ctx.reply(text, extra);
}
