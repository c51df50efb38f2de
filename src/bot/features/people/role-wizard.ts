// Changing a person's role (admins only), from their card: role → area (kab/kota for BA and PMO,
// province for Dinas) → confirm. The person is told, a BA's PMO too when their coops lose their BA,
// and the person's "/" menu is refreshed.
import type { Translate } from "../../../lib/translate.ts";
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx, Ctx } from "../../context.ts";
import { askButtons, pickPaged, w } from "../../kit/index.ts";
import { ASSIGNABLE_ROLES, areaLevelOf, changeRole } from "../../../services/people/roles.ts";
import { findUser } from "../../../services/people/cards.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { applyRoleMenu, roleMenu, storeMenuVersion } from "../../menu-sync.ts";
import { areaName } from "./render.ts";
import { tellUsers } from "./notify.ts";

export const ROLE_CHANGE = "role-change";

async function pickArea(conversation: Conv, ctx: ConvCtx, t: Translate, level: "regency" | "province", name: string) {
  const w0 = getWilayah();
  const provinces = w0.provinces().map((p) => ({ code: p.code, label: p.name }));
  const search = (list: Array<{ code: string; label: string }>) => (q: string) =>
    list.filter((x) => x.label.toLowerCase().includes(q.toLowerCase()));
  const prov = await pickPaged(conversation, ctx, {
    title: (p) => t("role-area-province", { name, page: p.page, pages: p.pages }),
    items: provinces,
    search: search(provinces),
  });
  if (prov.value.kind !== "picked" || level === "province")
    return { code: prov.value.kind === "picked" ? prov.value.code : "", ctx: prov.ctx };
  const regencies = w0.regencies(prov.value.code).map((r) => ({ code: r.code, label: r.name }));
  const reg = await pickPaged(conversation, prov.ctx, {
    title: (p) => t("role-area-regency", { name, page: p.page, pages: p.pages }),
    items: regencies,
    search: search(regencies),
  });
  return { code: reg.value.kind === "picked" ? reg.value.code : "", ctx: reg.ctx };
}

export async function roleWizard(conversation: Conv, ctx: ConvCtx, targetId: number) {
  const t: Translate = ctx.t.bind(ctx);
  const target = await conversation.external(async (octx: Ctx) => {
    if (octx.user?.role !== "ADMIN") return null;
    const u = await findUser(octx.deps.prisma, targetId);
    return u && !u.deletedAt ? { id: u.id, name: u.fullName ?? u.tgFirstName ?? "-", role: u.role } : null;
  });
  if (!target) {
    await ctx.reply(t("error-not-allowed"));
    return;
  }
  const kb = new InlineKeyboard();
  ASSIGNABLE_ROLES.forEach((r, i) => {
    kb.text(t(`role-${r}`), w(r));
    if (i % 2 === 1) kb.row();
  });
  const role = await askButtons(conversation, ctx, {
    text: t("role-ask", { name: target.name, role: t(`role-${target.role}`) }),
    keyboard: kb,
    choices: ASSIGNABLE_ROLES,
    shown: (r) => t(`role-${r}`),
  });
  let c = role.ctx;
  const level = areaLevelOf(role.value);
  let areaCode: string | null = null;
  if (level) {
    const area = await pickArea(conversation, c, t, level, target.name);
    areaCode = area.code;
    c = area.ctx;
  }
  const areaText = level
    ? t("role-area-in", {
        area: areaName(t, level === "regency" ? areaCode : null, level === "province" ? areaCode : null),
      })
    : "";
  const confirm = await askButtons(conversation, c, {
    text: t("role-confirm", { name: target.name, role: t(`role-${role.value}`), area: areaText }),
    keyboard: new InlineKeyboard().text(t("role-confirm-yes"), w("yes")).text(t("role-confirm-no"), w("no")),
    choices: ["yes", "no"] as const,
    shown: (x) => t(x === "yes" ? "role-confirm-yes" : "role-confirm-no"),
  });
  c = confirm.ctx;
  if (confirm.value === "no") {
    await c.reply(t("role-cancelled"));
    return;
  }
  const outcome = await conversation.external(async (octx: Ctx) => {
    const r = await changeRole(
      octx.deps.prisma,
      octx.user!,
      { targetId, role: role.value, areaCode },
      octx.deps.clock.now(),
    );
    if (r.kind !== "ok") return { kind: r.kind } as const;
    const stamp = octx.deps.clock.now().getTime();
    const roleLabel = (tt: Translate) => tt(`role-${r.target.role}`);
    const areaLabel = (tt: Translate) =>
      level ? tt("role-area-in", { area: areaName(tt, r.target.regencyCode, r.target.provinceCode) }) : "";
    await tellUsers(octx, [r.target.id], `role:${r.target.id}:${stamp}`, (tt) =>
      tt("role-notice", { role: roleLabel(tt), area: areaLabel(tt) }),
    );
    if (r.pmoIds.length > 0 && r.unassignedCoopIds.length > 0) {
      await tellUsers(octx, r.pmoIds, `role-pmo:${r.target.id}:${stamp}`, (tt) =>
        tt("role-notice-pmo", { name: target.name, count: r.unassignedCoopIds.length }),
      );
    }
    const menu = roleMenu(r.target.role, (k) => octx.notifier.t(r.target.locale, k));
    return {
      kind: "ok" as const,
      chatId: Number(r.target.telegramId),
      userId: r.target.id,
      menu,
      unassigned: r.unassignedCoopIds.length,
      roleText: t(`role-${r.target.role}`),
    };
  });
  if (outcome.kind !== "ok") {
    const key =
      outcome.kind === "unchanged" ? "role-unchanged" : outcome.kind === "self" ? "role-self" : "error-not-allowed";
    await c.reply(t(key));
    return;
  }
  // the target's chat gets the new role's menu now; its version is stored so their next update does not republish
  if (await applyRoleMenu(c.api, outcome.chatId, outcome.menu))
    await conversation.external((octx) => storeMenuVersion(octx.deps.prisma, outcome.userId, outcome.menu.version));
  await c.reply(t("role-done", { name: target.name, role: outcome.roleText, area: areaText }));
  if (outcome.unassigned > 0) await c.reply(t("role-done-unassigned", { count: outcome.unassigned }));
}
