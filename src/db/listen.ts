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
  const l = new ChannelListener(o);
  void l.connect();
  return {
    notify: (payload) => l.notify(payload),
    connected: () => l.live,
    stop: () => l.stop(),
  };
}

/** The connection's state and its steps: connect, lose and retry, send, stop. */
class ChannelListener {
  /** true while LISTEN is in force */
  live = false;
  private client: PgClient | undefined;
  private stopped = false;
  private readonly firstDelay: number;
  private delay: number;
  private timer: NodeJS.Timeout | undefined;
  private sending = false;
  /** the payload to send once the one in flight is done */
  private again: string | undefined;

  constructor(private readonly o: ListenOptions) {
    this.firstDelay = o.retryMs ?? 1000;
    this.delay = this.firstDelay;
  }

  async connect(): Promise<void> {
    const c = await this.open();
    try {
      await c.connect();
      await c.query(`LISTEN ${this.o.channel}`);
    } catch (e) {
      this.lost(c, (e as Error).message);
      return;
    }
    if (this.stopped || this.client !== c) {
      await c.end().catch(() => undefined);
      return;
    }
    this.live = true;
    this.delay = this.firstDelay;
    this.o.onListening?.();
  }

  /** A new client, the current one from now on, with its error, end and notification handlers. */
  private async open(): Promise<PgClient> {
    const { default: pg } = await import("pg");
    const c = new pg.Client({
      connectionString: this.o.url,
      connectionTimeoutMillis: 10_000,
      application_name: "kdkmp-listen",
    });
    this.client = c;
    c.on("error", (e) => this.lost(c, e.message));
    c.on("end", () => this.lost(c, "connection ended"));
    c.on("notification", (m) => {
      if (m.channel === this.o.channel) this.o.onNotify(m.payload ?? "");
    });
    return c;
  }

  private lost(c: PgClient, why: string): void {
    if (this.client !== c) return; // an old connection's late event
    this.client = undefined;
    if (this.live)
      this.o.logger.warn({ channel: this.o.channel, err: why }, "notify listener lost; polling until it is back");
    this.live = false;
    c.end().catch(() => undefined);
    this.retry();
  }

  /** Connects again after the current delay, which doubles up to 30 s. */
  private retry(): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.connect();
    }, this.delay);
    this.delay = Math.min(this.delay * 2, 30_000);
  }

  notify(payload: string): void {
    if (!this.live || this.stopped) return;
    if (this.sending) this.again = payload;
    else void this.send(payload);
  }

  private async send(payload: string): Promise<void> {
    this.sending = true;
    try {
      await this.client?.query("SELECT pg_notify($1, $2)", [this.o.channel, payload]);
    } catch {
      // the connection's own error/end handler reconnects; the poll covers this wake
    } finally {
      this.sending = false;
    }
    if (this.again !== undefined && this.live) {
      const next = this.again;
      this.again = undefined;
      void this.send(next);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.live = false;
    if (this.timer) clearTimeout(this.timer);
    const c = this.client;
    this.client = undefined;
    await c?.end().catch(() => undefined);
  }
}
