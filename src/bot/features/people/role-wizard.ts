// Changing a person's role (admins only), from their card: role → area (kab/kota for BA and PMO,
// province for Dinas) → confirm. The person is told, a BA's PMO too when their coops lose their BA,
// and the person's "/" menu is refreshed.
import type { Translate } from "../../../lib/translate.ts";
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx, Ctx } from "../../context.ts";
import { type Asker, asker, w } from "../../kit/index.ts";
import { ASSIGNABLE_ROLES, areaLevelOf, changeRole } from "../../../services/people/roles.ts";
import { findUser } from "../../../services/people/cards.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { applyRoleMenu, roleMenu, storeMenuVersion } from "../../menu-sync.ts";
import { areaName } from "./render.ts";
import { tellUsers } from "./notify.ts";

export const ROLE_CHANGE = "role-change";

async function pickArea(ask: Asker, t: Translate, level: "regency" | "province", name: string): Promise<string> {
  const w0 = getWilayah();
  const provinces = w0.provinces().map((p) => ({ code: p.code, label: p.name }));
  const search = (list: Array<{ code: string; label: string }>) => (q: string) =>
    list.filter((x) => x.label.toLowerCase().includes(q.toLowerCase()));
  const prov = await ask.pick({
    title: (p) => t("role-area-province", { name, page: p.page, pages: p.pages }),
    items: provinces,
    search: search(provinces),
  });
  if (prov.kind !== "picked" || level === "province") return prov.kind === "picked" ? prov.code : "";
  const regencies = w0.regencies(prov.code).map((r) => ({ code: r.code, label: r.name }));
  const reg = await ask.pick({
    title: (p) => t("role-area-regency", { name, page: p.page, pages: p.pages }),
    items: regencies,
    search: search(regencies),
  });
  return reg.kind === "picked" ? reg.code : "";
}

export async function roleWizard(conversation: Conv, ctx: ConvCtx, targetId: number) {
  const t: Translate = ctx.t.bind(ctx);
  const ask = asker(conversation, ctx);
  const target = await conversation.external(async (octx: Ctx) => {
    if (octx.user?.role !== "ADMIN") return null;
    const u = await findUser(octx.deps.prisma, targetId);
    return u && !u.deletedAt ? { id: u.id, name: u.fullName ?? u.tgFirstName ?? "-", role: u.role } : null;
  });
  if (!target) {
    await ask.reply(t("error-not-allowed"));
    return;
  }
  const kb = new InlineKeyboard();
  ASSIGNABLE_ROLES.forEach((r, i) => {
    kb.text(t(`role-${r}`), w(r));
    if (i % 2 === 1) kb.row();
  });
  const role = await ask.buttons({
    text: t("role-ask", { name: target.name, role: t(`role-${target.role}`) }),
    keyboard: kb,
    choices: ASSIGNABLE_ROLES,
    shown: (r) => t(`role-${r}`),
  });
  const level = areaLevelOf(role);
  const areaCode = level ? await pickArea(ask, t, level, target.name) : null;
  const areaText = level
    ? t("role-area-in", {
        area: areaName(t, level === "regency" ? areaCode : null, level === "province" ? areaCode : null),
      })
    : "";
  const confirm = await ask.buttons({
    text: t("role-confirm", { name: target.name, role: t(`role-${role}`), area: areaText }),
    keyboard: new InlineKeyboard().text(t("role-confirm-yes"), w("yes")).text(t("role-confirm-no"), w("no")),
    choices: ["yes", "no"] as const,
    shown: (x) => t(x === "yes" ? "role-confirm-yes" : "role-confirm-no"),
  });
  if (confirm === "no") {
    await ask.reply(t("role-cancelled"));
    return;
  }
  const outcome = await conversation.external(async (octx: Ctx) => {
    if (!octx.user) return { kind: "forbidden" } as const;
    const r = await changeRole(octx.deps.prisma, octx.user, { targetId, role, areaCode }, octx.deps.clock.now());
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
    await ask.reply(t(key));
    return;
  }
  // the target's chat gets the new role's menu now; its version is stored so their next update does not republish
  if (await applyRoleMenu(ask.ctx.api, outcome.chatId, outcome.menu))
    await conversation.external((octx) => storeMenuVersion(octx.deps.prisma, outcome.userId, outcome.menu.version));
  await ask.reply(t("role-done", { name: target.name, role: outcome.roleText, area: areaText }));
  if (outcome.unassigned > 0) await ask.reply(t("role-done-unassigned", { count: outcome.unassigned }));
}
