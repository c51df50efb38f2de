// Client options for every Bot API client: the bot's, the one @grammyjs/conversations builds for
// each wizard step, and the outbox's. grammY keeps idle connections open (keep-alive, with no idle
// limit of its own) and a server closes one after its idle timeout (a Node server such as the
// simulator: after about 6 s). If our event loop is held at that moment (an embedded PGlite query
// holds it for a second or more), the close is not seen in time and the next request is written
// into the dead socket: ECONNRESET ("socket hang up") or EPIPE, no answer. Such a request is sent
// again at once, on a new connection, if its body can be re-sent (JSON, not an upload stream). A
// reset before any answer can also mean the server died while handling it; sending again then
// risks a duplicate, as networkRetry on bot.api already accepts for every network error.
// This sits under the API transformers on purpose: the conversations plugin gives a wizard a new
// Api with the bot's client options but none of its transformers (no networkRetry), so inside
// /lapor one such reset ended the step with "Network request for 'sendMessage' failed!".
import { createRequire } from "node:module";
import type { ApiClientOptions } from "grammy";

type Fetch = typeof globalThis.fetch;

/** grammY's own fetch on Node (node-fetch 2, which honours the keep-alive agent grammY passes) */
const nodeFetch = createRequire(import.meta.url)("node-fetch") as Fetch;

const STALE_SOCKET = new Set(["ECONNRESET", "EPIPE"]);

/** `inner` fetch, once more at once when the connection was reset before any answer */
export function resendOnReset(inner: Fetch = nodeFetch): Fetch {
  return async (input, init) => {
    try {
      return await inner(input, init);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      const replayable = init?.body === undefined || init.body === null || typeof init.body === "string";
      if (typeof code !== "string" || !STALE_SOCKET.has(code) || !replayable || init?.signal?.aborted) throw e;
      return await inner(input, init);
    }
  };
}

const apiFetch = resendOnReset();

export function botClientOptions(apiRoot?: string): ApiClientOptions {
  // grammY's fetch type does not resolve under the linter's TypeScript 5.9
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
  return { fetch: apiFetch as ApiClientOptions["fetch"], ...(apiRoot ? { apiRoot } : {}) };
}
