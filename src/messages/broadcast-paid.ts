// The paid-refused hook of broadcast rows (keys "bc:<broadcastId>:<userId>"): Telegram refused
// allow_paid_broadcast, the worker has already moved the broadcast's unsent rows to the free
// lane; here the broadcast is marked and its admin told once, in their language, that it goes
// on at the free rate and why.
import { markPaidRefused } from "../services/broadcasts/paid.ts";
import { sendMany } from "./outbound.ts";
import type { HookEnv, PaidRefusal } from "../outbox/hooks.ts";
import { translatorIn } from "../lib/translate.ts";

export async function broadcastPaidRefused(r: PaidRefusal, env: HookEnv): Promise<void> {
  const m = /^bc:(\d+):/.exec(r.key);
  if (!m) return;
  const notice = await markPaidRefused(env.tx, Number(m[1]), r.error, r.at);
  if (!notice?.admin) return;
  const t = translatorIn(env.t, notice.admin.locale);
  const text = t("bc-paid-refused", { id: notice.id, reason: t(`bc-paid-refused-${notice.reason}`) });
  await sendMany(env.tx, [{ to: notice.admin, message: { text }, key: `bcpr:${notice.id}` }], r.at);
}
