// Sending budget: a token bucket (global messages per second, no burst by default) and the
// per-chat spacing Telegram asks for (about one message per second to the same chat).
// Time is whatever the caller's clock says; waiting is done by the caller's sleep function, and
// the bucket assumes the wait happened. So a no-op sleep never spins (benchmarks), a sleep that
// advances a fake clock keeps tests exact, and the real sleep paces at `rate`.

export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly rate: number,
    nowMs: number,
    private readonly capacity = 1,
  ) {
    if (!(rate > 0)) throw new RangeError(`rate must be positive, got ${rate}`);
    this.tokens = this.capacity;
    this.at = nowMs;
  }

  private refill(nowMs: number) {
    if (nowMs > this.at) {
      this.tokens = Math.min(this.capacity, this.tokens + ((nowMs - this.at) * this.rate) / 1000);
      this.at = nowMs;
    }
  }

  /** Take one token; returns how long (ms) to wait before using it (0 = now). */
  reserve(nowMs: number): number {
    this.refill(nowMs);
    this.tokens -= 1;
    const debtMs = this.tokens < 0 ? (-this.tokens * 1000) / this.rate : 0;
    return Math.max(0, Math.ceil(this.at - nowMs + debtMs));
  }

  /** Nothing may be sent before `untilMs` (Telegram said 429 retry_after); the bucket starts empty then. */
  pauseUntil(untilMs: number) {
    if (untilMs > this.at) this.at = untilMs;
    this.tokens = Math.min(this.tokens, 0);
  }

  /** ms left of a pause (0 when not paused). */
  pausedFor(nowMs: number): number {
    return Math.max(0, this.at - nowMs);
  }
}

/** Last send instant per chat; entries older than the spacing are forgotten. */
export class ChatSpacing {
  private readonly last = new Map<string, number>();

  constructor(private readonly spacingMs = 1000) {}

  /** 0 when the chat may get a message now, else the instant (ms) it may. */
  notBefore(chatId: bigint, nowMs: number): number {
    const t = this.last.get(String(chatId));
    return t !== undefined && nowMs - t < this.spacingMs ? t + this.spacingMs : 0;
  }

  sent(chatId: bigint, nowMs: number) {
    this.last.set(String(chatId), nowMs);
    if (this.last.size > 10_000) {
      for (const [k, t] of this.last) if (nowMs - t >= this.spacingMs) this.last.delete(k);
    }
  }
}
