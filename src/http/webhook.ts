// POST /webhook after the secret check: read at most maxBodyBytes (413 beyond), parse JSON (400 if
// malformed or not an update), claim the update_id (a copy already handled or being handled
// elsewhere → 200 without handling), then handle it. Telegram waits for the answer; after 55 s it
// gets 200 while handling goes on (it would otherwise re-send).
import type http from "node:http";
import type { Update } from "grammy/types";
import type { Logger } from "../logger.ts";
import type { WebhookOptions } from "./server.ts";
import { updateIds } from "../bot/update-ids.ts";

const DEFAULT_MAX_BODY = 1024 * 1024;
const ANSWER_AFTER_MS = 55_000;

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > max) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > max) {
        req.removeAllListeners("data");
        req.resume(); // drain without keeping it
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function asUpdate(body: string): Update | undefined {
  try {
    const u = JSON.parse(body) as unknown;
    if (typeof u !== "object" || u === null) return undefined;
    const id = (u as { update_id?: unknown }).update_id;
    if (typeof id !== "number" || !Number.isSafeInteger(id) || id < 0) return undefined;
    return Object.keys(u).length > 1 ? (u as Update) : undefined;
  } catch {
    return undefined;
  }
}

export async function handleWebhook(
  opts: WebhookOptions,
  logger: Logger,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  let body: string;
  try {
    body = await readBody(req, opts.maxBodyBytes ?? DEFAULT_MAX_BODY);
  } catch (e) {
    if (e instanceof BodyTooLarge) {
      logger.warn({ limit: opts.maxBodyBytes ?? DEFAULT_MAX_BODY }, "webhook body too large (413)");
      res.writeHead(413, { connection: "close" }).end("body too large");
      return;
    }
    throw e;
  }
  const update = asUpdate(body);
  if (!update) {
    logger.warn({ bytes: body.length }, "webhook body is not a Telegram update (400)");
    res.writeHead(400).end("not an update");
    return;
  }
  const claims = opts.claims;
  if (claims && !(await claims.claim(update))) {
    logger.info(updateIds(update), "duplicate update skipped");
    res.writeHead(200).end();
    return;
  }
  if (!opts.bot.isInited()) await opts.bot.init();
  let answered = false;
  const timer = setTimeout(() => {
    answered = true;
    res.writeHead(200).end();
  }, ANSWER_AFTER_MS);
  try {
    await opts.bot.handleUpdate(update);
    await claims?.done(update);
  } catch (e) {
    // not handled (the error boundary catches handler errors; this is e.g. the DB gone): let
    // Telegram re-send it, to this or another instance
    await claims?.release(update).catch(() => undefined);
    clearTimeout(timer);
    if (!answered) res.writeHead(500).end();
    throw e;
  }
  clearTimeout(timer);
  if (!answered) res.writeHead(200).end();
}
