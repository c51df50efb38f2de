// The update queue behind getUpdates: updates stay until a later call confirms them with
// `offset`; a long poll resolves as soon as an update arrives, after `timeout` seconds with [],
// or with [] when the simulator closes. A newer poll ends an older one with 409, as Telegram does.
import { ApiError } from "./params.ts";
import type { TgUpdate, UpdatePayload } from "./types.ts";

interface Waiter {
  limit: number;
  resolve(updates: TgUpdate[]): void;
  reject(err: Error): void;
  timer?: NodeJS.Timeout;
}

const MAX_POLL_SECONDS = 600;

export interface UpdateNumbering {
  /** the first update_id to hand out (default 1) */
  firstId?: number;
  /** called with each update_id before the update is queued (persist it to go on after a restart) */
  onIssue?: (updateId: number) => void;
}

export class UpdateQueue {
  private items: TgUpdate[] = [];
  private nextId: number;
  private waiter: Waiter | undefined;
  private closed = false;
  private listeners = new Set<() => void>();

  constructor(private readonly numbering: UpdateNumbering = {}) {
    this.nextId = Math.max(1, numbering.firstId ?? 1);
  }

  get pendingCount(): number {
    return this.items.length;
  }

  /** Called after every push (webhook delivery listens here). */
  onPush(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  push(payload: UpdatePayload): TgUpdate {
    const update: TgUpdate = { update_id: this.nextId++, ...payload };
    this.numbering.onIssue?.(update.update_id);
    this.items.push(update);
    const w = this.waiter;
    if (w) {
      this.finish(w);
      w.resolve(this.items.slice(0, w.limit));
    }
    for (const fn of this.listeners) fn();
    return update;
  }

  peek(limit: number): TgUpdate[] {
    return this.items.slice(0, limit);
  }

  /** Drops updates below `offset`; a negative offset keeps only the last -offset updates. */
  confirm(offset: number | undefined): void {
    if (offset === undefined || offset === 0) return;
    if (offset < 0) {
      this.items = this.items.slice(offset);
      return;
    }
    if (offset > this.nextId) {
      // The bot remembers an offset from an earlier simulator run: continue numbering from it
      // so pending and future updates are not silently dropped.
      this.nextId = offset;
      for (const u of this.items) u.update_id = this.nextId++;
      return;
    }
    this.items = this.items.filter((u) => u.update_id >= offset);
  }

  clear(): void {
    this.items = [];
  }

  poll(
    opts: { offset?: number; limit?: number; timeout?: number },
    onAbort: (cancel: () => void) => void,
  ): Promise<TgUpdate[]> {
    this.confirm(opts.offset);
    const limit = Math.min(Math.max(opts.limit ?? 100, 1), 100);
    if (this.items.length > 0 || this.closed) return Promise.resolve(this.items.slice(0, limit));
    const timeout = Math.min(Math.max(opts.timeout ?? 0, 0), MAX_POLL_SECONDS);
    if (timeout === 0) return Promise.resolve([]);
    const previous = this.waiter;
    if (previous) {
      this.finish(previous);
      previous.reject(
        new ApiError(
          409,
          "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
        ),
      );
    }
    return new Promise<TgUpdate[]>((resolve, reject) => {
      const w: Waiter = { limit, resolve, reject };
      w.timer = setTimeout(() => {
        this.finish(w);
        resolve([]);
      }, timeout * 1000);
      this.waiter = w;
      onAbort(() => {
        this.finish(w);
        resolve([]);
      });
    });
  }

  /** Resolves a pending poll with [] and makes later polls return at once. */
  close(): void {
    this.closed = true;
    const w = this.waiter;
    if (w) {
      this.finish(w);
      w.resolve([]);
    }
  }

  private finish(w: Waiter): void {
    if (w.timer) clearTimeout(w.timer);
    if (this.waiter === w) this.waiter = undefined;
  }
}
