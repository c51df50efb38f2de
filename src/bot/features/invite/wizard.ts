// /undang (admins): role → wilayah (kab/kota for BA and PMO, province for DINAS) → how many people
// → how long valid → the code and its deep link. A step machine in one conversation.
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx } from "../../context.ts";
import { askButtons, settleChoice } from "../admin/wizard-input.ts";
import { pickRegion } from "./region-step.ts";
import { createInvite, formatCode } from "../../../services/invites.ts";
import { INVITE_ROLES, isInviteRole, type InviteRole } from "../../../services/roles.ts";
import { getWilayah, timezoneOfCode } from "../../../services/wilayah/index.ts";
import { formatDateTimeId } from "../../../lib/dates.ts";

export const INVITE = "invite";
const USES = [1, 5, 10, 25];
const DAYS = [3, 7, 14, 30];

export async function inviteWizard(conversation: Conv, ctx: ConvCtx) {
  const t = ctx.t.bind(ctx);
  const total = 4;
  const head = (n: number) => t("step-header", { step: n, total });
  let role: InviteRole | undefined;
  let area: string | undefined;
  let maxUses = 1;
  for (let step = 1; step <= total; ) {
    if (step === 1) {
      const kb = new InlineKeyboard();
      for (const r of INVITE_ROLES) kb.text(t(`role-${r}`), `r:${r}`).row();
      const text = `${head(1)}\n${t("inv-role-ask")}\n${t("cancel-hint")}`;
      const input = await askButtons(conversation, ctx, text, kb, (d) => d.startsWith("r:") && isInviteRole(d.slice(2)), "inv-use-buttons");
      role = input.data.slice(2) as InviteRole;
      await settleChoice(input.ctx, `${head(1)}\n${t("inv-role-ask")}\n✅ ${t(`role-${role}`)}`);
      step = 2;
    } else if (step === 2) {
      area = await pickRegion(conversation, ctx, role === "DINAS" ? "province" : "regency", head(2));
      step = area ? 3 : 1;
    } else if (step === 3) {
      const kb = new InlineKeyboard();
      for (const n of USES) kb.text(t("inv-uses-n", { n }), `u:${n}`);
      kb.row().text(t("btn-back"), "bk");
      const input = await askButtons(conversation, ctx, `${head(3)}\n${t("inv-uses-ask")}`, kb, (d) => d === "bk" || USES.map((n) => `u:${n}`).includes(d), "inv-use-buttons");
      if (input.data === "bk") {
        await settleChoice(input.ctx, `${head(3)}\n${t("inv-uses-ask")}`);
        step = 2;
        continue;
      }
      maxUses = Number(input.data.slice(2));
      await settleChoice(input.ctx, `${head(3)}\n${t("inv-uses-ask")}\n✅ ${t("inv-uses-n", { n: maxUses })}`);
      step = 4;
    } else {
      const kb = new InlineKeyboard();
      for (const n of DAYS) kb.text(t("inv-days-n", { n }), `d:${n}`);
      kb.row().text(t("btn-back"), "bk");
      const input = await askButtons(conversation, ctx, `${head(4)}\n${t("inv-days-ask")}`, kb, (d) => d === "bk" || DAYS.map((n) => `d:${n}`).includes(d), "inv-use-buttons");
      if (input.data === "bk") {
        await settleChoice(input.ctx, `${head(4)}\n${t("inv-days-ask")}`);
        step = 3;
        continue;
      }
      const days = Number(input.data.slice(2));
      await settleChoice(input.ctx, `${head(4)}\n${t("inv-days-ask")}\n✅ ${t("inv-days-n", { n: days })}`);
      const created = await conversation.external(async (octx) => {
        const r = await createInvite(octx.deps.prisma, octx.user!, {
          role: role!,
          regencyCode: role === "DINAS" ? undefined : area,
          provinceCode: role === "DINAS" ? area : undefined,
          maxUses,
          ttlDays: days,
          now: octx.deps.clock.now(),
        });
        return r.kind === "created" ? { code: r.invite.code, expiresAt: r.invite.expiresAt.toISOString() } : { error: r.kind };
      });
      if ("error" in created) {
        await ctx.reply(t("inv-create-failed"));
        return;
      }
      const w = getWilayah();
      const areaName = (area!.includes(".") ? w.regency(area!)?.name : w.province(area!)?.name) ?? area!;
      const tz = timezoneOfCode(area!) ?? "Asia/Jakarta";
      await ctx.reply(
        t("inv-created", {
          code: formatCode(created.code),
          role: t(`role-${role}`),
          area: areaName,
          uses: maxUses,
          until: formatDateTimeId(new Date(created.expiresAt), tz),
          link: `https://t.me/${ctx.me.username}?start=${created.code}`,
        }),
        { link_preview_options: { is_disabled: true } },
      );
      return;
    }
  }
}
