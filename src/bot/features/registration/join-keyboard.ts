import { InlineKeyboard } from "grammy";
import { callbackData, ID } from "../../callback-data.ts";

/** Setujui / Tolak a join request: "jn:<a|r>:<membershipId>". */
export const joinCb = callbackData("jn", ["decision", "membershipId"] as const, {
  decision: /^[ar]$/,
  membershipId: ID,
});

export function joinDecisionKeyboard(t: (k: string) => string, membershipId: number) {
  return new InlineKeyboard()
    .text(t("join-approve"), joinCb.pack("a", membershipId))
    .text(t("join-reject"), joinCb.pack("r", membershipId));
}
