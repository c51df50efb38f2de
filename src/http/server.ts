// One HTTP server: GET /healthz (DB ping) and, in webhook mode, POST /webhook with the secret
// token header checked (wrong or missing → 401), the body limited (→ 413) and parsed (→ 400), and
// each update_id claimed in the database first so a copy re-sent to another instance is skipped.
import http from "node:http";
import type { Bot } from "grammy";
import type { Ctx } from "../bot/context.ts";
import type { Logger } from "../logger.ts";
import type { UpdateClaims } from "../services/update-claims.ts";
import { handleWebhook } from "./webhook.ts";

export interface WebhookOptions {
  bot: Bot<Ctx>;
  secret: string;
  path?: string;
  /** update_id dedup across instances (services/update-claims.ts); none: every copy is handled */
  claims?: UpdateClaims;
  /** default 1 MiB; Telegram's updates are a few KiB */
  maxBodyBytes?: number;
}

export interface HttpOptions {
  port: number;
  host: string;
  ping: () => Promise<void>;
  logger: Logger;
  webhook?: WebhookOptions;
}

export const WEBHOOK_PATH = "/webhook";

export async function startHttpServer(
  opts: HttpOptions,
): Promise<{ server: http.Server; port: number; close(): Promise<void> }> {
  const webhook = opts.webhook;
  const handleUpdate = webhook
    ? (req: http.IncomingMessage, res: http.ServerResponse) => handleWebhook(webhook, opts.logger, req, res)
    : undefined;
  const server = http.createServer(async (req, res) => {
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
        if (req.headers["x-telegram-bot-api-secret-token"] !== opts.webhook!.secret) {
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
