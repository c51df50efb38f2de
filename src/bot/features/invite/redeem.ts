// Joining as staff with an invite code: "/kode K7QM-4TZP" or the deep link "/start K7QM4TZP".
// The code is checked first: every failure says at once what happened and what to do. Someone
// with consent for the current text and a full name gets the role straight away; anyone else
// goes through the join wizard (consent like pengurus, full name) before the code is used.
import type { Ctx } from "../../context.ts";
import {
  auditCodeTry,
  checkInvite,
  codeTriesBlockedUntil,
  formatCode,
  isFailedTry,
  normalizeCode,
} from "../../../services/invites.ts";
import { localeOf } from "../../../i18n.ts";
import { formatDateTimeId } from "../../../lib/dates.ts";
import { timezoneOfCode } from "../../../services/wilayah/index.ts";
import { hasCurrentConsent } from "../../../services/users.ts";
import { applyRoleMenu, storeMenuVersion } from "../../menu-sync.ts";
import { areaName, claimInvite } from "./claim.ts";
import { INVITE_JOIN, type JoinArgs } from "./join.ts";
import { refusalText } from "./refusal.ts";

export async function redeem(ctx: Ctx, raw: string) {
  const code = normalizeCode(raw);
  const shown = (code && formatCode(code)) || raw.trim().slice(0, 20);
  const user = ctx.user!;
  const { prisma, clock } = ctx.deps;
  const now = clock.now();
  const blockedUntil = await codeTriesBlockedUntil(prisma, user.id, now);
  if (blockedUntil) {
    await auditCodeTry(prisma, user.id, raw, { kind: "throttled", until: blockedUntil }, now);
    const tz = timezoneOfCode(user.regencyCode ?? user.provinceCode ?? "") ?? "Asia/Jakarta";
    const t = ctx.t.bind(ctx);
    return ctx.reply(t("inv-code-throttled", { time: formatDateTimeId(blockedUntil, tz, localeOf(t)) }));
  }
  const check = await checkInvite(prisma, user, raw, now);
  if (check.kind !== "valid") {
    if (isFailedTry(check)) await auditCodeTry(prisma, user.id, raw, check, now);
    return ctx.reply(refusalText(ctx.t.bind(ctx), check, shown, user.role));
  }
  if (!hasCurrentConsent(user) || !user.fullName) {
    const args: JoinArgs = { code: check.invite.code, role: check.invite.role, area: areaName(check.invite) };
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(INVITE_JOIN, args);
    return;
  }
  const outcome = await claimInvite(ctx, check.invite.code);
  await ctx.reply(outcome.text);
  if (outcome.kind === "ok" && ctx.chat) {
    const published = await applyRoleMenu(ctx.api, ctx.chat.id, outcome.menu, (e) =>
      ctx.deps.logger.warn({ err: e.message }, "chat menu not set"),
    );
    if (published) {
      await storeMenuVersion(prisma, outcome.userId, outcome.menu.version);
      if (ctx.user) ctx.user.menuVersion = outcome.menu.version;
    }
  }
}
