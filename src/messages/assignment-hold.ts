// One clear message to a coop's pengurus after an assignment (issue 23.2). Two versions of it are
// queued HELD (due in a week): "your BA is X, reach them…" and "X cannot be reached through the
// bot yet; the PMO helps you meanwhile". When the BA's own notice (key "asg-ba:<group>") has its
// outcome, this hook — in the same transaction — releases the true one and cancels the other.
// (A BA already known to have blocked the bot gets no notice; the second version is then queued
// unheld.) Held rows wait at most HOLD_MS if the BA's notice never ends (it always does: sent,
// refused, or failed after its retries).
import type { HookEnv, Outcome } from "../outbox/hooks.ts";

export const HOLD_MS = 7 * 86_400_000;

export const baNoticeKey = (group: string) => `asg-ba:${group}`;
export const heldKey = (version: "reached" | "unreachable", group: string, userId: number) =>
  `asg-pg-${version === "reached" ? "r" : "u"}:${group}:${userId}`;

export async function assignmentBaOutcome(o: Outcome, env: HookEnv): Promise<void> {
  const group = o.key.slice("asg-ba:".length);
  if (group.includes(":part")) return; // an earlier part of a long list: the last part decides
  const [release, cancel] = o.status === "SENT" ? ["r", "u"] : ["u", "r"];
  await env.tx.outbox.updateMany({
    where: { key: { startsWith: `asg-pg-${release}:${group}:` }, status: "PENDING" },
    data: { nextAttemptAt: o.at },
  });
  await env.tx.outbox.updateMany({
    where: { key: { startsWith: `asg-pg-${cancel}:${group}:` }, status: "PENDING" },
    data: { status: "CANCELLED" },
  });
}
