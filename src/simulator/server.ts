// HTTP routing: the Bot API under /bot<token>/<method>, file downloads under
// /file/bot<token>/<path>, the page's JSON API under /sim/, and the page itself.
import { readdir, readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { findMethod } from "./bot-api.ts";
import type { Upload } from "./bot-api-messages.ts";
import { decodeParams, readBody, sendApiError, sendJson } from "./http-util.ts";
import type { PageApi } from "./page-api.ts";
import { serveFile } from "./page-api.ts";
import { ApiError, type Params } from "./params.ts";
import type { SimState } from "./state.ts";
import type { SimLogger } from "./types.ts";

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob: http: https:; media-src 'self' blob: http: https:; connect-src 'self'; frame-ancestors 'none'";

/** The page's files (src/simulator/public/*.html|js|css), read once at start. */
export async function loadAssets(): Promise<Map<string, Buffer>> {
  const dir = new URL("./public/", import.meta.url);
  const out = new Map<string, Buffer>();
  for (const name of await readdir(dir)) {
    if (TYPES[name.split(".").pop()!]) out.set(name, await readFile(new URL(name, dir)));
  }
  return out;
}

export interface RouterDeps {
  state: SimState;
  token: string;
  page: PageApi;
  assets: Map<string, Buffer>;
  webhookChanged(): void;
  logger?: SimLogger;
}

/** Runs one Bot API method; throws ApiError for Bot-API-style failures. */
export async function callMethod(
  deps: RouterDeps,
  name: string,
  params: Params,
  uploads = new Map<string, Upload>(),
  onAbort: (cancel: () => void) => void = () => {},
): Promise<unknown> {
  const method = findMethod(name);
  if (!method) {
    deps.logger?.info({ method: name }, "simulator: unknown Bot API method");
    throw new ApiError(404, "Not Found: method not found");
  }
  return await method({ state: deps.state, uploads, onAbort, webhookChanged: deps.webhookChanged }, params);
}

const isLoopbackHost = (host: string | undefined) => /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i.test(host ?? "");

export function createRouter(deps: RouterDeps) {
  async function botApi(req: IncomingMessage, res: ServerResponse, url: URL, rest: string): Promise<void> {
    const slash = rest.lastIndexOf("/");
    let token = "";
    try {
      token = decodeURIComponent(rest.slice(0, Math.max(slash, 0)));
    } catch {
      // a broken escape is simply a wrong token
    }
    if (slash < 0 || token !== deps.token) return sendApiError(res, new ApiError(401, "Unauthorized"));
    const name = rest.slice(slash + 1);
    let cancel: (() => void) | undefined;
    res.on("close", () => {
      if (!res.writableFinished) cancel?.();
    });
    try {
      // Unknown methods are refused before the body is read, as Telegram does.
      const known = findMethod(name) !== undefined;
      if (!known) req.resume();
      const { params, uploads } = known
        ? decodeParams(req, await readBody(req), url.searchParams)
        : { params: {}, uploads: undefined };
      const result = await callMethod(deps, name, params, uploads, (c) => (cancel = c));
      sendJson(res, 200, { ok: true, result });
    } catch (e) {
      if (e instanceof ApiError) return sendApiError(res, e);
      deps.logger?.info({ method: name, err: (e as Error).message }, "simulator: Bot API method failed");
      sendApiError(res, new ApiError(500, `Internal Server Error: ${(e as Error).message}`));
    }
  }

  function fileDownload(_req: IncomingMessage, res: ServerResponse, rest: string): void {
    const slash = rest.indexOf("/");
    const file =
      slash > 0 && rest.slice(0, slash) === deps.token ? deps.state.files.getByPath(rest.slice(slash + 1)) : undefined;
    if (!file?.data) return sendApiError(res, new ApiError(404, "Not Found"));
    serveFile(res, file.data, file.mimeType, file.fileName, true);
  }

  return async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = url.pathname;
    if (path.startsWith("/bot")) return botApi(req, res, url, path.slice(4));
    if (path.startsWith("/file/bot")) return fileDownload(req, res, decodeURIComponent(path.slice(9)));
    // The page and its API answer only to loopback host names (no DNS rebinding from other sites).
    if (!isLoopbackHost(req.headers.host)) return sendJson(res, 403, { ok: false, description: "Forbidden" });
    if (path.startsWith("/sim/")) return deps.page.handle(req, res, url);
    if (path === "/favicon.ico") return void res.writeHead(204).end();
    const name = path === "/" ? "index.html" : path.slice(1);
    const body = deps.assets.get(name);
    if (body && (req.method === "GET" || req.method === "HEAD")) {
      res.writeHead(200, {
        "content-type": TYPES[name.split(".").pop()!]!,
        "content-length": body.length,
        "cache-control": "no-cache",
        "content-security-policy": CSP,
        "x-content-type-options": "nosniff",
      });
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    sendJson(res, 404, { ok: false, description: "Not Found" });
  };
}
