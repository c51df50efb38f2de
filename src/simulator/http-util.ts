// Request bodies and responses for the simulator's HTTP server.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Upload } from "./bot-api-messages.ts";
import { boundaryOf, parseMultipart } from "./multipart.ts";
import { ApiError, badRequest, type Params } from "./params.ts";

/** Telegram's upload limit for bots. */
const MAX_BODY = 50 * 1024 * 1024;

export function readBody(req: IncomingMessage, limit = MAX_BODY): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new ApiError(413, "Request Entity Too Large"));
        req.removeAllListeners("data");
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

export function sendApiError(res: ServerResponse, err: ApiError): void {
  sendJson(res, err.code, { ok: false, error_code: err.code, description: err.description });
}

/** Decodes a request body (JSON, multipart/form-data or urlencoded) plus the query string into parameters. */
export function decodeParams(
  req: IncomingMessage,
  body: Buffer,
  query: URLSearchParams,
): { params: Params; uploads: Map<string, Upload> } {
  const params: Params = Object.fromEntries(query);
  const uploads = new Map<string, Upload>();
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (body.length === 0) return { params, uploads };
  if (type.startsWith("multipart/form-data")) {
    const boundary = boundaryOf(req.headers["content-type"] ?? "");
    if (!boundary) throw badRequest("multipart boundary is missing");
    let parts;
    try {
      parts = parseMultipart(body, boundary);
    } catch (e) {
      throw badRequest(`can't parse multipart body: ${(e as Error).message}`);
    }
    for (const part of parts) {
      if (part.filename !== undefined) {
        uploads.set(part.name, {
          filename: part.filename || part.name,
          contentType: part.contentType ?? "application/octet-stream",
          data: Buffer.from(part.data),
        });
      } else {
        params[part.name] = part.data.toString("utf8");
      }
    }
  } else if (type.startsWith("application/x-www-form-urlencoded")) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString("utf8"))));
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      throw badRequest("can't parse JSON object");
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
      throw badRequest("can't parse JSON object");
    Object.assign(params, parsed);
  }
  return { params, uploads };
}
