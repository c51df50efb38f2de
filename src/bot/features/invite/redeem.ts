// Joining as staff with an invite code: "/kode K7QM-4TZP" or the deep link "/start K7QM4TZP".
// Every failure says what happened and what to do; success tells the person their commands and
// tells the admin who made the code.
import { localeOf } from "../../../i18n.ts";
import type { Ctx } from "../../context.ts";
import { formatCode, normalizeCode, redeemInvite } from "../../../services/invites.ts";
import { getWilayah, timezoneOfCode } from "../../../services/wilayah/index.ts";
import { personName } from "../../../services/roles.ts";
import { formatDateTimeId } from "../../../lib/dates.ts";
import type { Invite } from "../../../generated/prisma/client.ts";
import { recordConsent } from "../../../services/users.ts";
import { menuFor, publishChatMenu } from "../../command-menu.ts";
import { updateTelegramNames, userById } from "../../../services/users.ts";

function areaName(invite: Pick<Invite, "regencyCode" | "provinceCode">): string {
  const w = getWilayah();
  if (invite.regencyCode) return w.regency(invite.regencyCode)?.name ?? invite.regencyCode;
  return (invite.provinceCode && w.province(invite.provinceCode)?.name) || invite.provinceCode || "-";
}

export async function redeem(ctx: Ctx, raw: string) {
  const shown = (normalizeCode(raw) && formatCode(normalizeCode(raw)!)) || raw.trim().slice(0, 20);
  const r = await redeemInvite(ctx.deps.prisma, ctx.user!, raw, ctx.deps.clock.now());
  switch (r.kind) {
    case "malformed":
      return ctx.reply(ctx.t("inv-code-malformed", { code: shown }));
    case "unknown":
      return ctx.reply(ctx.t("inv-code-unknown", { code: shown }));
    case "expired": {
      const tz = timezoneOfCode(r.invite.provinceCode ?? "") ?? "Asia/Jakarta";
      return ctx.reply(
        ctx.t("inv-code-expired", {
          code: shown,
          date: formatDateTimeId(
            r.invite.expiresAt,
            tz,
            localeOf((k) => ctx.t(k)),
          ),
        }),
      );
    }
    case "revoked":
      return ctx.reply(ctx.t("inv-code-revoked", { code: shown }));
    case "used_up":
      return ctx.reply(ctx.t("inv-code-used-up", { code: shown, max: r.invite.maxUses }));
    case "already_yours":
      return ctx.reply(ctx.t("inv-code-already-yours", { code: shown, role: ctx.t(`role-${ctx.user!.role}`) }));
    case "admin":
      return ctx.reply(ctx.t("inv-code-admin"));
  }
  // Taking up a staff role is the person's own act: it counts as consent to the processing the
  // role needs (they are told where to read about it), and their Telegram name is stored now.
  if (!r.user.consentAt || r.user.deletedAt) await recordConsent(ctx.deps.prisma, r.user.id, ctx.deps.clock.now());
  ctx.user = await updateTelegramNames(ctx.deps.prisma, r.user.id, ctx.from?.first_name ?? null, ctx.from?.username ?? null);
  r.user = ctx.user;
  const area = areaName(r.invite);
  const name = personName(r.user);
  await ctx.reply(
    ctx.t("inv-welcome", { name, role: ctx.t(`role-${r.invite.role}`), area }) + "\n" + ctx.t(`inv-next-${r.invite.role}`) + "\n" + ctx.t("inv-privacy-note"),
  );
  if (ctx.chat)
    await publishChatMenu(ctx.api, ctx.chat.id, menuFor(r.invite.role, ctx.t.bind(ctx)), (e) => ctx.deps.logger.warn({ err: e.message }, "chat menu not set"));
  const creator = await userById(ctx.deps.prisma, r.invite.createdById);
  if (creator && creator.id !== r.user.id) {
    await ctx.notifier.send(creator, (t) => t("inv-used-notice", { name, code: formatCode(r.invite.code), role: t(`role-${r.invite.role}`), area }));
  }
}
