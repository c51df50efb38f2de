// The verifier's answer on a claim card (Terima / Tolak): the coop's BA, its kab/kota PMO or an
// admin; anyone else, or forged data, is refused and audited. The claimant is told either way.
import { decideClaim } from "../../../services/roster-claims.ts";
import { personName } from "../../../services/roles.ts";
import { claimCb } from "./claim-keyboard.ts";
import { decisionFeature } from "./decision.ts";

export const claimDecisionFeature = decisionFeature({
  cb: claimCb,
  decide: (ctx, decider, membershipId, approve) =>
    decideClaim(ctx.deps.prisma, decider, membershipId, approve, ctx.deps.clock.now()),
  refusal: { claim: true },
  names: (_ctx, decider, m) => ({ person: personName(m.user), by: personName(decider) }),
  keys: {
    alreadyDecided: "claim-already-decided",
    acceptedBy: "claim-accepted-by",
    rejectedBy: "claim-rejected-by",
    acceptedTo: "claim-accepted-to-claimant",
    rejectedTo: "claim-rejected-to-claimant",
  },
});
