// /koperasi ("🏠 Koperasi saya"): the user's cooperative(s), board members and status.
import { localeOf } from "../../../i18n.ts";
import { Composer } from "grammy";
import type { Ctx } from "../../context.ts";
import { coopsOfUser } from "../../../services/cooperatives.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { formatDateId } from "../../../lib/dates.ts";
import { startRegistrationKeyboard } from "../registration/index.ts";

export const cooperativeFeature = new Composer<Ctx>();

async function showMyCoops(ctx: Ctx) {
  const list = await coopsOfUser(ctx.deps.prisma, ctx.user!.id);
  if (list.length === 0) {
    await ctx.reply(ctx.t("coop-none"), { reply_markup: startRegistrationKeyboard(ctx.t.bind(ctx)) });
    return;
  }
  const w = getWilayah();
  for (const m of list) {
    const c = m.coop;
    const path = w.villagePath(c.villageCode);
    const tz = w.timezoneOfCode(c.provinceCode) ?? "Asia/Jakarta";
    const board = c.memberships.map((x) =>
      ctx.t("coop-member-line", {
        name: x.user.fullName ?? x.user.tgFirstName ?? "-",
        position: ctx.t(`position-${x.position}`),
      }),
    );
    const lines = [
      ctx.t("coop-title", { name: c.name }),
      ctx.t("coop-where", {
        village: path?.village.name ?? c.villageCode,
        district: path?.district.name ?? "",
        regency: path?.regency.name ?? "",
        province: path?.province.name ?? "",
      }),
      ctx.t("coop-code", { code: c.villageCode }),
      ctx.t("coop-ahu", { value: c.legalNumber ?? ctx.t("reg-ahu-none") }),
      ctx.t("coop-units", { value: c.units.map((u) => ctx.t(`unit-${u}`)).join(", ") || "-" }),
      ctx.t("coop-status", {
        value: ctx.t(`coop-status-${c.status}`),
        since: formatDateId(
          c.createdAt,
          tz,
          localeOf((k) => ctx.t(k)),
        ),
      }),
      ctx.t("coop-my-position", { position: ctx.t(`position-${m.position}`), status: ctx.t(`membership-${m.status}`) }),
      ctx.t("coop-ba", {
        value: c.assignedBa ? (c.assignedBa.fullName ?? c.assignedBa.tgFirstName ?? "-") : ctx.t("coop-ba-none"),
      }),
      "",
      ctx.t("coop-board", { count: board.length }),
      ...board,
    ];
    await ctx.reply(lines.join("\n"));
  }
}

const pm = cooperativeFeature.chatType("private");
pm.command("koperasi", showMyCoops);
pm.hears(/^🏠 /, showMyCoops);
