// LISTEN/NOTIFY on PostgreSQL: one dedicated connection per process (not from the pool: a pooled
// connection is handed to other queries and may be closed) that listens on a channel and also
// sends this process's notifications. When the connection drops (server restart, a terminated
// backend, a network cut) it reconnects with a growing delay; meanwhile notify() does nothing, so
// callers must have a fallback (the outbox keeps its poll). Not on PGlite: one process there.
import type { Logger } from "../logger.ts";

export interface Listener {
  /** Sends `payload` on the channel; dropped (not queued) while disconnected, coalesced while one is in flight. */
  notify(payload: string): void;
  /** true while LISTEN is in force */
  connected(): boolean;
  stop(): Promise<void>;
}

export interface ListenOptions {
  url: string;
  /** a plain identifier: [a-z_][a-z0-9_]* */
  channel: string;
  onNotify(payload: string): void;
  logger: Logger;
  /** called after every successful LISTEN (tests; logs) */
  onListening?: () => void;
  /** first reconnect delay (doubles up to 30 s); default 1 s */
  retryMs?: number;
}

type PgClient = import("pg").Client;

export function listenChannel(o: ListenOptions): Listener {
  if (!/^[a-z_][a-z0-9_]*$/.test(o.channel)) throw new TypeError(`bad channel name ${o.channel}`);
  const firstDelay = o.retryMs ?? 1000;
  let client: PgClient | undefined;
  let live = false;
  let stopped = false;
  let delay = firstDelay;
  let timer: NodeJS.Timeout | undefined;
  let sending = false;
  let again: string | undefined;

  const retry = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, delay);
    delay = Math.min(delay * 2, 30_000);
  };

  const lost = (c: PgClient, why: string) => {
    if (client !== c) return; // an old connection's late event
    client = undefined;
    if (live) o.logger.warn({ channel: o.channel, err: why }, "notify listener lost; polling until it is back");
    live = false;
    c.end().catch(() => undefined);
    retry();
  };

  async function connect() {
    const { default: pg } = await import("pg");
    const c = new pg.Client({
      connectionString: o.url,
      connectionTimeoutMillis: 10_000,
      application_name: "kdkmp-listen",
    });
    client = c;
    c.on("error", (e) => lost(c, e.message));
    c.on("end", () => lost(c, "connection ended"));
    c.on("notification", (m) => {
      if (m.channel === o.channel) o.onNotify(m.payload ?? "");
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${o.channel}`);
    } catch (e) {
      lost(c, (e as Error).message);
      return;
    }
    if (stopped || client !== c) {
      await c.end().catch(() => undefined);
      return;
    }
    live = true;
    delay = firstDelay;
    o.onListening?.();
  }

  const send = async (payload: string) => {
    sending = true;
    try {
      await client?.query("SELECT pg_notify($1, $2)", [o.channel, payload]);
    } catch {
      // the connection's own error/end handler reconnects; the poll covers this wake
    } finally {
      sending = false;
    }
    if (again !== undefined && live) {
      const next = again;
      again = undefined;
      void send(next);
    }
  };

  void connect();
  return {
    notify(payload) {
      if (!live || stopped) return;
      if (sending) again = payload;
      else void send(payload);
    },
    connected: () => live,
    async stop() {
      stopped = true;
      live = false;
      if (timer) clearTimeout(timer);
      const c = client;
      client = undefined;
      await c?.end().catch(() => undefined);
    },
  };
}
