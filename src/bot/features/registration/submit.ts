// Saving the wizard's answers (inside conversation.external: runs once, result replayed)
// and telling the people who must know (admins of a new coop; approvers of a join request).
import type { Answers } from "./state.ts";
import type { Ctx } from "../../context.ts";
import { updateProfile } from "../../../services/users.ts";
import { registerCooperative, requestJoin, adminsToNotify } from "../../../services/cooperatives.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { joinDecisionKeyboard } from "./join-keyboard.ts";
import { reportConflict, submitClaim, type ClaimOutcome } from "./claim-submit.ts";

export type SubmitOutcome =
  | { kind: "created"; coopId: number; coopName: string }
  | { kind: "join_sent"; coopName: string; approverRole: "KETUA" | "ADMIN"; approvers: number }
  | { kind: "already_member"; coopName: string }
  | { kind: "already_pending"; coopName: string }
  | { kind: "legal_number_taken"; coopName: string; where: string }
  | Exclude<ClaimOutcome, { kind: "claim_village_taken" }>;

export async function submitRegistration(octx: Ctx, userId: number, a: Answers): Promise<SubmitOutcome> {
  const { prisma } = octx.deps;
  await updateProfile(prisma, userId, { fullName: a.fullName, phone: a.phone ?? null });
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  const place = a.villageCode ? getWilayah().villagePath(a.villageCode) : undefined;
  const where = place ? `${place.village.name}, ${place.district.name}, ${place.regency.name}` : "-";

  let coopId = a.joinCoopId;
  if (a.mode === "claim") {
    const c = await submitClaim(octx, user, a, where);
    if (c.kind !== "claim_village_taken") return c;
    coopId = c.coopId; // the desa got a cooperative meanwhile: this becomes a join request
  } else if (a.mode === "new") {
    const r = await registerCooperative(prisma, {
      userId,
      villageCode: a.villageCode!,
      districtCode: a.districtCode!,
      regencyCode: a.regencyCode!,
      provinceCode: a.provinceCode!,
      name: a.coopName!,
      legalNumber: a.legalNumber ?? null,
      units: a.units ?? [],
      position: a.position!,
    });
    if (r.kind === "legal_number_taken") {
      const at = getWilayah().villagePath(r.coop.villageCode);
      return {
        kind: "legal_number_taken",
        coopName: r.coop.name,
        where: at ? `${at.village.name}, ${at.district.name}` : "-",
      };
    }
    if (r.kind === "created") {
      if (a.conflictRosterId) await reportConflict(octx, user, r.coop, a.conflictRosterId, where);
      for (const admin of await adminsToNotify(prisma)) {
        if (admin.id === userId) continue;
        await octx.notifier.send(admin, (t) =>
          t("reg-admin-new-coop", { coop: r.coop.name, where, person: user.fullName ?? "-", id: r.coop.id }),
        );
      }
      return { kind: "created", coopId: r.coop.id, coopName: r.coop.name };
    }
    coopId = r.coop.id; // the desa got a cooperative meanwhile: this becomes a join request
  }
  const j = await requestJoin(prisma, userId, coopId!, a.position!);
  const coop = await prisma.cooperative.findUniqueOrThrow({ where: { id: coopId! } });
  if (j.kind === "already_member") return { kind: "already_member", coopName: coop.name };
  if (j.kind === "already_pending") return { kind: "already_pending", coopName: coop.name };
  for (const approver of j.approvers) {
    await octx.notifier.send(
      approver,
      (t) =>
        t("join-request-to-approver", {
          person: user.fullName ?? "-",
          phone: user.phone ?? t("reg-summary-none"),
          position: t(`position-${a.position}`),
          coop: coop.name,
          where,
        }),
      (t) => joinDecisionKeyboard(t, j.membership.id),
    );
  }
  return { kind: "join_sent", coopName: coop.name, approverRole: j.approverRole, approvers: j.approvers.length };
}
