// Bounded retries of network failures (grammY HttpError: refused, reset, DNS). @grammyjs/auto-retry
// retries those without limit, which made a start-up against an unreachable Bot API hang forever;
// it keeps handling 429 and 5xx, with network errors handed to this transformer instead.
import { HttpError, type Transformer } from "grammy";

export function networkRetry(opts: { attempts: number; firstDelayMs: number }): Transformer {
  return async (prev, method, payload, signal) => {
    let delay = opts.firstDelayMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (e) {
        if (!(e instanceof HttpError) || attempt >= opts.attempts || signal?.aborted) throw e;
        await new Promise<void>((resolve, reject) => {
          const t = setTimeout(resolve, delay);
          signal?.addEventListener("abort", () => (clearTimeout(t), reject(e)), { once: true });
        });
        delay *= 2;
      }
    }
  };
}
