// After the phone step: a number (shared with Telegram's own button) that is on the staff roster is
// offered its role and area ("Masuk sebagai BA Kab. Kubu Raya?"). Consent and the full name were
// asked just before, as for an invite. Ya: the role is taken up and the wizard ends; Bukan: the
// registration of a koperasi goes on.
import { InlineKeyboard } from "grammy";
import type { StepEnv, StepResult } from "../state.ts";
import { w } from "../../../kit/index.ts";
import { staffRosterOfPhone, takeUpStaffRole } from "../../../../services/staff-match.ts";
import { areaName } from "../../invite/index.ts";
import { personName } from "../../../../services/roles.ts";
import { menuFor, publishChatMenu } from "../../../command-menu.ts";

const LABELS = { staff: "reg-staff-yes", pengurus: "reg-staff-no" } as const;

export async function offerStaffRole(env: StepEnv, phone: string): Promise<StepResult> {
  const { ask } = env;
  const { conversation } = ask;
  const t = ask.ctx.t.bind(ask.ctx);
  if (env.a.staffOfferDeclined) return "next";
  const offer = await conversation.external((octx) => staffRosterOfPhone(octx.deps.prisma, phone));
  if (!offer) return "next";
  const role = t(`role-${offer.role}`);
  const area = areaName(offer);
  const r = await ask.buttons({
    text: t("reg-staff-offer", { role, area }),
    keyboard: new InlineKeyboard()
      .text(t(LABELS.staff, { role }), w("staff"))
      .row()
      .text(t(LABELS.pengurus), w("pengurus")),
    choices: ["staff", "pengurus"] as const,
    shown: (c) => t(LABELS[c], { role }),
  });
  if (r === "pengurus") {
    env.a.staffOfferDeclined = true;
    return "next";
  }
  const outcome = await conversation.external(async (octx) => {
    const { prisma, clock } = octx.deps;
    if (!octx.user) return { ok: false as const };
    const res = await takeUpStaffRole(prisma, octx.user, offer.id, clock.now(), {
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
    await ask.reply(t("reg-staff-taken"));
    return "next";
  }
  await ask.reply(outcome.text);
  const chat = ask.ctx.chat;
  if (chat) await publishChatMenu(ask.ctx.api, chat.id, outcome.menu).catch(() => undefined);
  return "done";
}
