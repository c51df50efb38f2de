// After the phone step: a number (shared with Telegram's own button) that is on the staff roster is
// offered its role and area ("Masuk sebagai BA Kab. Kubu Raya?"). Consent and the full name were
// asked just before, as for an invite. Ya: the role is taken up and the wizard ends; Bukan: the
// registration of a koperasi goes on.
import { InlineKeyboard } from "grammy";
import type { StepEnv, StepResult } from "../state.ts";
import { askButtons, w } from "../../../kit/index.ts";
import { staffRosterOfPhone, takeUpStaffRole } from "../../../../services/staff-match.ts";
import { areaName } from "../../invite/index.ts";
import { personName } from "../../../../services/roles.ts";
import { menuFor, publishChatMenu } from "../../../command-menu.ts";

const LABELS = { staff: "reg-staff-yes", pengurus: "reg-staff-no" } as const;

export async function offerStaffRole(env: StepEnv, phone: string): Promise<StepResult> {
  const { conversation } = env;
  const t = env.ctx.t.bind(env.ctx);
  if (env.a.staffOfferDeclined) return "next";
  const offer = await conversation.external((octx) => staffRosterOfPhone(octx.deps.prisma, phone));
  if (!offer) return "next";
  const role = t(`role-${offer.role}`);
  const area = areaName(offer);
  const r = await askButtons(conversation, env.ctx, {
    text: t("reg-staff-offer", { role, area }),
    keyboard: new InlineKeyboard()
      .text(t(LABELS.staff, { role }), w("staff"))
      .row()
      .text(t(LABELS.pengurus), w("pengurus")),
    choices: ["staff", "pengurus"] as const,
    shown: (c) => t(LABELS[c], { role }),
  });
  env.ctx = r.ctx;
  if (r.value === "pengurus") {
    env.a.staffOfferDeclined = true;
    return "next";
  }
  const outcome = await conversation.external(async (octx) => {
    const { prisma, clock } = octx.deps;
    const res = await takeUpStaffRole(prisma, octx.user!, offer.id, clock.now(), {
      fullName: env.a.fullName,
      phone,
    });
    if (res.kind !== "ok") return { ok: false as const };
    const tt = octx.t.bind(octx);
    const text = [
      tt("inv-welcome", { name: personName(res.user), role, area }),
      tt(`inv-next-${res.roster.role}`),
      tt("inv-privacy-note"),
    ].join("\n");
    return { ok: true as const, text, menu: menuFor(res.roster.role, tt) };
  });
  if (!outcome.ok) {
    await env.ctx.reply(t("reg-staff-taken"));
    return "next";
  }
  await env.ctx.reply(outcome.text);
  if (env.ctx.chat) await publishChatMenu(env.ctx.api, env.ctx.chat.id, outcome.menu).catch(() => undefined);
  return "done";
}
