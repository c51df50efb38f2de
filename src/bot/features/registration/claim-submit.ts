// Sending a claim of the desa's rostered coop (inside conversation.external, like submit.ts), and
// the report of a "Bukan" registration to the roster's BA. Verified by phone: the coop is theirs at
// once and its BA is told; otherwise each verifier (BA → kab/kota PMO → admin) gets a card.
import type { Ctx } from "../../context.ts";
import type { Answers } from "./state.ts";
import type { Cooperative, RosterCoop, User } from "../../../generated/prisma/client.ts";
import {
  claimRosterCoop,
  claimVerifiers,
  linkConflictingCoop,
  type VerifierRole,
} from "../../../services/roster-claims.ts";
import { normalizePhone } from "../../../lib/phone.ts";
import { personName } from "../../../services/roles.ts";
import { getWilayah, timezoneOfCode } from "../../../services/wilayah/index.ts";
import { addWorkingHours, parseWorkingHours } from "../../../services/working-hours.ts";
import { formatDateTimeId } from "../../../lib/dates.ts";
import { localeOf } from "../../../i18n.ts";
import { claimDecisionKeyboard } from "./claim-keyboard.ts";
import { wsCb } from "../workspace/index.ts";
import { InlineKeyboard } from "grammy";

/** Working hours a verifier has to answer a claim (two working days), said to the claimant. */
const CLAIM_VERIFY_HOURS = 16;

export type ClaimOutcome =
  | { kind: "claim_verified"; coopName: string }
  | { kind: "claim_pending"; coopName: string; who: string; until: string }
  | { kind: "claim_gone" }
  | { kind: "claim_village_taken"; coopId: number };

/** Why the phone did not verify the claim (the card says it to the verifier). */
function phoneReason(a: Answers, roster: Pick<RosterCoop, "ketuaPhone">): string {
  if (!normalizePhone(roster.ketuaPhone)) return "noroster";
  if (!a.phone) return "none";
  if (!a.phoneVerified) return "typed";
  return "mismatch";
}

function whoText(t: Ctx["t"], role: VerifierRole, users: User[], regencyCode: string): string {
  const names = users.slice(0, 2).map(personName).join(", ");
  const area = getWilayah().regency(regencyCode)?.name ?? regencyCode;
  return t(`claim-who-${role}`, { names: users.length > 2 ? `${names}, …` : names, area });
}

export async function submitClaim(octx: Ctx, user: User, a: Answers, where: string): Promise<ClaimOutcome> {
  const { prisma, clock, config } = octx.deps;
  const now = clock.now();
  const roster = await prisma.rosterCoop.findUnique({ where: { id: a.claimRosterId! } });
  const r = await claimRosterCoop(prisma, {
    userId: user.id,
    rosterId: a.claimRosterId!,
    position: a.position!,
    phone: a.phone ?? null,
    phoneVerified: !!a.phoneVerified,
    now,
  });
  if (r.kind === "gone" || !roster) return { kind: "claim_gone" };
  if (r.kind === "village_taken") return { kind: "claim_village_taken", coopId: r.coop.id };
  const { coop, membership } = r;
  const person = personName(user);
  if (r.verified) {
    const ba = coop.assignedBaId ? await prisma.user.findUnique({ where: { id: coop.assignedBaId } }) : null;
    if (ba)
      await octx.notifier.send(
        ba,
        (t) => t("claim-joined-to-ba", { coop: coop.name, where, person, phone: user.phone ?? "-" }),
        (t) => new InlineKeyboard().text(t("claim-open-coop"), wsCb.pack("c", coop.id)),
      );
    return { kind: "claim_verified", coopName: coop.name };
  }
  const tz = timezoneOfCode(coop.provinceCode) ?? "Asia/Jakarta";
  const due = addWorkingHours(now, CLAIM_VERIFY_HOURS, tz, parseWorkingHours(config.workingHours));
  const verifiers = await claimVerifiers(prisma, coop);
  const reason = phoneReason(a, roster);
  for (const v of verifiers.users) {
    await octx.notifier.send(
      v,
      (t) =>
        t("claim-verify-card", {
          person,
          phone: user.phone ?? t("reg-summary-none"),
          position: t(`position-${membership.position}`),
          coop: coop.name,
          ahu: coop.legalNumber ?? t("reg-ahu-none"),
          where,
          reason,
          until: formatDateTimeId(due, tz, localeOf(t)),
        }),
      (t) => claimDecisionKeyboard(t, membership.id),
      { key: `claim:${membership.id}:${v.id}` },
    );
  }
  return {
    kind: "claim_pending",
    coopName: coop.name,
    who: whoText(octx.t.bind(octx), verifiers.role, verifiers.users, coop.regencyCode),
    until: formatDateTimeId(due, tz, localeOf(octx.t.bind(octx))),
  };
}

/** After "Bukan" and a registration of their own: link the roster row, tell its BA (or PMO, admin). */
export async function reportConflict(octx: Ctx, user: User, coop: Cooperative, rosterId: number, where: string) {
  const { prisma, clock } = octx.deps;
  const roster = await linkConflictingCoop(prisma, { rosterId, coopId: coop.id, userId: user.id, now: clock.now() });
  if (!roster) return;
  const verifiers = await claimVerifiers(prisma, { assignedBaId: roster.assignedBaId, regencyCode: coop.regencyCode });
  for (const v of verifiers.users) {
    await octx.notifier.send(
      v,
      (t) =>
        t("claim-conflict-card", {
          person: personName(user),
          phone: user.phone ?? t("reg-summary-none"),
          where,
          coop: coop.name,
          ahu: coop.legalNumber ?? t("reg-ahu-none"),
          rosterName: roster.name,
          rosterAhu: roster.legalNumber ?? t("reg-ahu-none"),
        }),
      (t) => new InlineKeyboard().text(t("claim-open-coop"), wsCb.pack("c", coop.id)),
      { key: `conflict:${coop.id}:${v.id}` },
    );
  }
}
