// Outcome hooks: code that must learn how a queued message ended (the help thread needs the sent
// message id; a help card that could not reach the BA must go to the PMO). A hook is registered
// for a key prefix ("help:") and run by the worker right after the row's final update, in the SAME
// transaction, so the row's outcome and the hook's effect are recorded together or not at all.
// Hooks receive the transaction client and may queue further rows (enqueue works on it).
import type { Prisma } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import type { TranslateIn } from "../lib/translate.ts";

export type FinalStatus = "SENT" | "FAILED" | "SKIPPED";

export interface Outcome {
  id: number;
  key: string;
  chatId: bigint;
  status: FinalStatus;
  sentMessageId: number | null;
  error: string | null;
  at: Date;
}

export interface HookEnv {
  tx: Prisma.TransactionClient;
  /** translation in a recipient's language, for hooks that queue a message about the outcome */
  t: TranslateIn;
  logger: Logger;
}

export type OutcomeHook = (o: Outcome, env: HookEnv) => Promise<void>;

const hooks = new Map<string, OutcomeHook>();

/** Register the hook for keys starting with `prefix` (one hook per prefix; the longest prefix wins). */
export function onOutcome(prefix: string, hook: OutcomeHook): void {
  hooks.set(prefix, hook);
}

export function hookFor(key: string): OutcomeHook | undefined {
  let best: string | undefined;
  for (const p of hooks.keys()) if (key.startsWith(p) && (best === undefined || p.length > best.length)) best = p;
  return best === undefined ? undefined : hooks.get(best);
}

/** Telegram refused allow_paid_broadcast for a paid-lane row: it and `moved` rows now go at the free rate. */
export interface PaidRefusal {
  key: string;
  group: string | null;
  error: string;
  /** rows moved to the free ("bulk") lane, this one included */
  moved: number;
  at: Date;
}

export type PaidRefusedHook = (r: PaidRefusal, env: HookEnv) => Promise<void>;

const paidHooks = new Map<string, PaidRefusedHook>();

/** Register who hears of a paid-broadcast refusal for keys starting with `prefix`. */
export function onPaidRefused(prefix: string, hook: PaidRefusedHook): void {
  paidHooks.set(prefix, hook);
}

export function paidRefusedHookFor(key: string): PaidRefusedHook | undefined {
  let best: string | undefined;
  for (const p of paidHooks.keys()) if (key.startsWith(p) && (best === undefined || p.length > best.length)) best = p;
  return best === undefined ? undefined : paidHooks.get(best);
}
