// /undang (admins): role → wilayah (kab/kota for BA and PMO, province for DINAS) → how many people
// → how long valid → the code and its deep link. A step machine in one conversation.
import { localeOf } from "../../../i18n.ts";
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx } from "../../context.ts";
import { type Asker, asker } from "../../kit/index.ts";
import { backBtn, daysBtn, roleBtn, usesBtn } from "./callback-data.ts";
import { pickRegion } from "./region-step.ts";
import { revokeKeyboard } from "./revoke.ts";
import { createInvite, formatCode } from "../../../services/invites.ts";
import { INVITE_ROLES, type InviteRole } from "../../../services/roles.ts";
import { getWilayah, timezoneOfCode } from "../../../services/wilayah/index.ts";
import { formatDateTimeId } from "../../../lib/dates.ts";

export const INVITE = "invite";
const USES = [1, 5, 10, 25];
const DAYS = [3, 7, 14, 30];

type Back = "back";

/** A row of numeric choices and Kembali; the number, or "back". */
async function askNumber(
  ask: Asker,
  text: string,
  codec: typeof usesBtn,
  values: number[],
  label: (n: number) => string,
) {
  const t = ask.ctx.t.bind(ask.ctx);
  const kb = new InlineKeyboard();
  for (const n of values) kb.text(label(n), codec.pack(n));
  kb.row().text(t("btn-back"), backBtn.pack());
  const choices = [...values.map((n) => codec.payload(n)), backBtn.payload()];
  const r = await ask.buttons({
    text,
    keyboard: kb,
    choices,
    shown: (c) => (c === backBtn.payload() ? t("btn-back") : label(Number(codec.unpack(c)!.n))),
    retryKey: "inv-use-buttons",
  });
  const value: number | Back = r === backBtn.payload() ? "back" : Number(codec.unpack(r)!.n);
  return value;
}

export async function inviteWizard(conversation: Conv, ctx: ConvCtx) {
  const ask = asker(conversation, ctx);
  const t = ctx.t.bind(ctx);
  const total = 4;
  const head = (n: number) => t("step-header", { step: n, total });
  let role: InviteRole | undefined;
  let area: string | undefined;
  let maxUses = 1;
  for (let step = 1; step <= total;) {
    if (step === 1) {
      const kb = new InlineKeyboard();
      for (const r of INVITE_ROLES) kb.text(t(`role-${r}`), roleBtn.pack(r)).row();
      const text = `${head(1)}\n${t("inv-role-ask")}\n${t("cancel-hint")}`;
      const choices = INVITE_ROLES.map((r) => roleBtn.payload(r));
      const roleOf = (c: string) => roleBtn.unpack(c)!.role as InviteRole;
      const input = await ask.buttons({
        text,
        keyboard: kb,
        choices,
        shown: (c) => t(`role-${roleOf(c)}`),
        retryKey: "inv-use-buttons",
      });
      role = roleOf(input);
      step = 2;
    } else if (step === 2) {
      area = await pickRegion(ask, role === "DINAS" ? "province" : "regency", head(2));
      step = area ? 3 : 1;
    } else if (step === 3) {
      const r = await askNumber(ask, `${head(3)}\n${t("inv-uses-ask")}`, usesBtn, USES, (n) => t("inv-uses-n", { n }));
      if (r === "back") step = 2;
      else {
        maxUses = r;
        step = 4;
      }
    } else {
      const r = await askNumber(ask, `${head(4)}\n${t("inv-days-ask")}`, daysBtn, DAYS, (n) => t("inv-days-n", { n }));
      if (r === "back") {
        step = 3;
        continue;
      }
      const days = r;
      const created = await conversation.external(async (octx) => {
        const r = await createInvite(octx.deps.prisma, octx.user!, {
          role: role!,
          regencyCode: role === "DINAS" ? undefined : area,
          provinceCode: role === "DINAS" ? area : undefined,
          maxUses,
          ttlDays: days,
          now: octx.deps.clock.now(),
        });
        return r.kind === "created"
          ? { id: r.invite.id, code: r.invite.code, expiresAt: r.invite.expiresAt.toISOString() }
          : { error: r.kind };
      });
      if ("error" in created) {
        await ask.reply(t("inv-create-failed"));
        return;
      }
      const w = getWilayah();
      const areaName = (area!.includes(".") ? w.regency(area!)?.name : w.province(area!)?.name) ?? area!;
      const tz = timezoneOfCode(area!) ?? "Asia/Jakarta";
      await ask.reply(
        t("inv-created", {
          code: formatCode(created.code),
          role: t(`role-${role}`),
          area: areaName,
          uses: maxUses,
          until: formatDateTimeId(new Date(created.expiresAt), tz, localeOf(t)),
          link: `https://t.me/${ask.ctx.me.username}?start=${created.code}`,
        }),
        { link_preview_options: { is_disabled: true }, reply_markup: revokeKeyboard(t, created.id) },
      );
      return;
    }
  }
}
