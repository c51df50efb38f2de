import { InlineKeyboard } from "grammy";
import { callbackData, ID } from "../../callback-data.ts";

/** Terima / Tolak a claim of a rostered coop: "cv:<a|r>:<membershipId>". */
export const claimCb = callbackData("cv", ["decision", "membershipId"] as const, {
  decision: /^[ar]$/,
  membershipId: ID,
});

export function claimDecisionKeyboard(t: (k: string) => string, membershipId: number) {
  return new InlineKeyboard()
    .text(t("claim-accept"), claimCb.pack("a", membershipId))
    .text(t("claim-reject"), claimCb.pack("r", membershipId));
}
