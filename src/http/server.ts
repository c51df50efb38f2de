// One HTTP server: GET /healthz (DB ping) and, in webhook mode, POST /webhook with the secret
// token header checked (wrong or missing → 401).
import http from "node:http";
import type { Bot } from "grammy";
import { webhookCallback } from "grammy";
import type { Ctx } from "../bot/context.ts";
import type { Logger } from "../logger.ts";

export interface HttpOptions {
  port: number;
  host: string;
  ping: () => Promise<void>;
  logger: Logger;
  webhook?: { bot: Bot<Ctx>; secret: string; path?: string };
}

export const WEBHOOK_PATH = "/webhook";

export async function startHttpServer(opts: HttpOptions): Promise<{ server: http.Server; port: number; close(): Promise<void> }> {
  const handleUpdate = opts.webhook
    ? webhookCallback(opts.webhook.bot, "http", { secretToken: opts.webhook.secret, timeoutMilliseconds: 55_000, onTimeout: "return" })
    : undefined;
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (req.method === "GET" && url.pathname === "/healthz") {
        try {
          await opts.ping();
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true }));
        } catch {
          res.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error: "database" }));
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
