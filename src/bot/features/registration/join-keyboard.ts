import { decisionButtons } from "./decision.ts";

/** Setujui / Tolak a join request: "jn:<a|r>:<membershipId>". */
const join = decisionButtons("jn", { accept: "join-approve", reject: "join-reject" });
export const joinCb = join.cb;
export const joinDecisionKeyboard = join.keyboard;
