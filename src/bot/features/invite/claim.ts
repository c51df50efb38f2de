// Using a checked code (outside a conversation, or inside conversation.external: runs once, the
// JSON-safe outcome is replayed): the role is granted atomically, the Telegram name stored, the
// admin who made the code told. The caller says the welcome, publishes the role's "/" menu and stores
// its version (User.menuVersion), so the next update does not publish it again.
import type { Ctx } from "../../context.ts";
import type { Invite } from "../../../generated/prisma/client.ts";
import { formatCode, redeemInvite } from "../../../services/invites.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { personName } from "../../../services/roles.ts";
import { updateTelegramNames, userById } from "../../../services/users.ts";
import { roleMenu, type RoleMenu } from "../../menu-sync.ts";
import { refusalText } from "./refusal.ts";

export type ClaimOutcome =
  { kind: "ok"; text: string; menu: RoleMenu; userId: number } | { kind: "refused"; text: string };

export function areaName(invite: Pick<Invite, "regencyCode" | "provinceCode">): string {
  const w = getWilayah();
  if (invite.regencyCode) return w.regency(invite.regencyCode)?.name ?? invite.regencyCode;
  return (invite.provinceCode && w.province(invite.provinceCode)?.name) || invite.provinceCode || "-";
}

export async function claimInvite(octx: Ctx, code: string, fullName?: string): Promise<ClaimOutcome> {
  const { prisma, clock } = octx.deps;
  const t = octx.t.bind(octx);
  const r = await redeemInvite(prisma, octx.user!, code, clock.now(), { fullName });
  if (r.kind !== "ok") return { kind: "refused", text: refusalText(t, r, formatCode(code), octx.user!.role) };
  // consent was given (checked or asked before): the Telegram name may be stored now
  const user = await updateTelegramNames(prisma, r.user.id, octx.from?.first_name ?? null, octx.from?.username ?? null);
  octx.user = user;
  const area = areaName(r.invite);
  const name = personName(user);
  const creator = await userById(prisma, r.invite.createdById);
  if (creator && creator.id !== user.id) {
    await octx.notifier.send(creator, (tt) =>
      tt("inv-used-notice", { name, code: formatCode(r.invite.code), role: tt(`role-${r.invite.role}`), area }),
    );
  }
  const text = [
    t("inv-welcome", { name, role: t(`role-${r.invite.role}`), area }),
    t(`inv-next-${r.invite.role}`),
    t("inv-privacy-note"),
  ].join("\n");
  return { kind: "ok", text, menu: roleMenu(r.invite.role, t), userId: user.id };
}
