// One HTTP server: GET /healthz (DB ping) and, in webhook mode, POST /webhook with the secret
// token header checked (wrong or missing → 401), the body limited (→ 413) and parsed (→ 400), and
// each update_id claimed in the database first so a copy re-sent to another instance is skipped.
// A client that sends its headers or body too slowly is cut off (408), so idle sockets cannot pile up.
import http from "node:http";
import { createHash, timingSafeEqual } from "node:crypto";
import type { Bot } from "grammy";
import type { Ctx } from "../bot/context.ts";
import type { Logger } from "../logger.ts";
import type { WebhookClaims } from "../bot/update-round.ts";
import { handleWebhook } from "./webhook.ts";

export interface WebhookOptions {
  bot: Bot<Ctx>;
  secret: string;
  path?: string;
  /** update_id dedup across instances (bot/update-round.ts); none: every copy is handled */
  claims?: WebhookClaims;
  /** default 1 MiB; Telegram's updates are a few KiB */
  maxBodyBytes?: number;
}

export interface HttpTimeouts {
  /** the whole header must arrive within this (default 10 s) */
  headersMs: number;
  /** the whole request, body included, within this (default 30 s); the answer may take longer */
  requestMs: number;
  /** how often connections are checked against both (default 1 s) */
  checkEveryMs: number;
}

export interface HttpOptions {
  port: number;
  host: string;
  ping: () => Promise<void>;
  logger: Logger;
  webhook?: WebhookOptions;
  timeouts?: Partial<HttpTimeouts>;
}

const TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000, checkEveryMs: 1_000 };

/** The secret token header compared in constant time (digests, so unequal lengths leak nothing either). */
export function secretMatches(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== "string") return false;
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(secret));
}

const WEBHOOK_PATH = "/webhook";

export async function startHttpServer(
  opts: HttpOptions,
): Promise<{ server: http.Server; port: number; close(): Promise<void> }> {
  const webhook = opts.webhook;
  const handleUpdate = webhook
    ? (req: http.IncomingMessage, res: http.ServerResponse) => handleWebhook(webhook, opts.logger, req, res)
    : undefined;
  const t = { ...TIMEOUTS, ...opts.timeouts };
  const limits = {
    headersTimeout: t.headersMs,
    requestTimeout: t.requestMs,
    connectionsCheckingInterval: t.checkEveryMs,
  };
  const server = http.createServer(limits, async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (req.method === "GET" && url.pathname === "/healthz") {
        try {
          await opts.ping();
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true }));
        } catch {
          res
            .writeHead(503, { "content-type": "application/json" })
            .end(JSON.stringify({ ok: false, error: "database" }));
        }
        return;
      }
      if (handleUpdate && req.method === "POST" && url.pathname === (opts.webhook!.path ?? WEBHOOK_PATH)) {
        if (!secretMatches(req.headers["x-telegram-bot-api-secret-token"], opts.webhook!.secret)) {
          res.writeHead(401).end("secret token is wrong");
          return;
        }
        await handleUpdate(req, res);
        return;
      }
      res.writeHead(404).end("not found");
    } catch (e) {
      opts.logger.error({ err: (e as Error).message }, "http request failed");
      if (!res.headersSent) res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  return {
    server,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
