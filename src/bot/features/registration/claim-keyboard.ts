import { decisionButtons } from "./decision.ts";

/** Terima / Tolak a claim of a rostered coop: "cv:<a|r>:<membershipId>". */
const claim = decisionButtons("cv", { accept: "claim-accept", reject: "claim-reject" });
export const claimCb = claim.cb;
export const claimDecisionKeyboard = claim.keyboard;
