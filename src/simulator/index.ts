// A local Bot-API-compatible server with a web chat page: point grammY at it with
// `client: { apiRoot: sim.apiRoot }` and the token `sim.token`, open `sim.url` in a browser,
// and the real bot runs with no Telegram token and no internet. Loopback only.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { PageApi } from "./page-api.ts";
import { ApiError } from "./params.ts";
import { callMethod, createRouter, loadAssets, type RouterDeps } from "./server.ts";
import { SimState } from "./state.ts";
import type { KnownUser, Persona, SimLogger, TgBotUser } from "./types.ts";
import { WebhookDelivery } from "./webhook.ts";
import type { UpdateNumbering } from "./updates.ts";

export type { KnownUser, Persona, SimLogger } from "./types.ts";
export { SimState } from "./state.ts";

export interface Simulator {
  /** Give this to grammY as `client.apiRoot`. */
  apiRoot: string;
  token: string;
  /** The chat page. */
  url: string;
  close(): Promise<void>;
  state: SimState;
}

export interface SimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: "127.0.0.1";
  token?: string;
  botInfo?: { id: number; first_name: string; username: string };
  personas?: Persona[];
  /** other people who talked to the bot before (the demo data's users): their chats exist from the start */
  knownUsers?: KnownUser[];
  logger?: SimLogger;
  /** where update_ids start, and a hook to persist them (launch.ts keeps them in DATA_DIR) */
  numbering?: UpdateNumbering;
}

const DEFAULT_TOKEN = "7000000001:sim-local"; // shaped like a real token (BOT_TOKEN is validated)
const DEFAULT_BOT = { id: 7_000_000_001, first_name: "Bot Koperasi (simulator)", username: "koperasi_sim_bot" };

export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const token = opts.token ?? DEFAULT_TOKEN;
  if (!token || /[\s/]/.test(token)) throw new Error("simulator token must be non-empty without spaces or slashes");
  const host = "127.0.0.1"; // loopback only, whatever is passed
  const info = opts.botInfo ?? DEFAULT_BOT;
  const bot: TgBotUser = {
    id: info.id,
    is_bot: true,
    first_name: info.first_name,
    username: info.username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
  };
  const personas = opts.personas ?? [];
  const keys = new Set(personas.map((p) => p.key));
  if (keys.size !== personas.length) throw new Error("simulator personas need unique keys");

  const state = new SimState(bot, personas, opts.numbering, opts.knownUsers);
  const page = new PageApi(state);
  const deps: RouterDeps = {
    state,
    token,
    page,
    assets: await loadAssets(),
    webhookChanged: () => webhook.kick(),
    ...(opts.logger ? { logger: opts.logger } : {}),
  };
  const webhook = new WebhookDelivery(
    state,
    async (method, params) => {
      await callMethod(deps, method, params).catch((e: unknown) => {
        if (!(e instanceof ApiError)) throw e;
        opts.logger?.info({ method, err: e.description }, "simulator: webhook reply failed");
      });
    },
    opts.logger,
  );
  const route = createRouter(deps);
  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      opts.logger?.info(
        { err: (e as Error).message, url: req.url?.replace(token, "<token>") },
        "simulator: request failed",
      );
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: false, error_code: 500, description: "Internal Server Error" }));
    });
  });
  server.requestTimeout = 0; // long polls and event streams stay open longer than Node's default
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://${host}:${port}`;
  opts.logger?.info({ url: base }, "simulator: chat page and Bot API ready");

  let closing: Promise<void> | undefined;
  return {
    apiRoot: base,
    token,
    url: `${base}/`,
    state,
    close() {
      closing ??= new Promise<void>((resolve) => {
        webhook.stop();
        state.updates.close(); // pending getUpdates answer [] at once
        page.close();
        server.close(() => resolve());
        setImmediate(() => server.closeIdleConnections());
        setTimeout(() => server.closeAllConnections(), 200).unref();
      });
      return closing;
    },
  };
}
