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

/** At most `max` reservations in any `windowMs`: a ring of the last `max` instants. */
class Ring {
  private readonly at: Float64Array;
  /** which reservation each entry holds (an answer for an entry since reused is ignored) */
  private readonly seq: Float64Array;
  private idx = 0;
  private n = 0;
  constructor(
    max: number,
    private readonly windowMs: number,
  ) {
    this.at = new Float64Array(Math.max(1, Math.floor(max))).fill(-Infinity);
    this.seq = new Float64Array(this.at.length).fill(-1);
  }
  /** the earliest instant the next reservation may have */
  next = () => this.at[this.idx]! + this.windowMs;
  /** returns the reservation's number */
  take(atMs: number): number {
    const n = this.n++;
    this.at[this.idx] = atMs;
    this.seq[this.idx] = n;
    this.idx = (this.idx + 1) % this.at.length;
    return n;
  }
  /** reservation `n` was answered at `atMs`: it counts from then (it reached the server by then) */
  answered(n: number, atMs: number) {
    const i = n % this.at.length;
    if (this.seq[i] === n && atMs > this.at[i]!) this.at[i] = atMs;
  }
}

/**
 * At most `perSecond` sends in ANY 1,000 ms window (the way Telegram counts), and at most a fifth
 * of that in any 100 ms. The 1 s window counts a send from its ANSWER when that is known
 * (`answered`): Telegram stamped it somewhere between the send and the answer, so the next send
 * `perSecond` later waits a full second after the answer, whatever the network or a stalled
 * process did to the timing in between. After a pause (a database statement blocking the process, a claim) the
 * lost time is made up at up to twice the rate, without one big burst that the network would
 * deliver bunched together. The paid lane uses it: at 1,000/s a token bucket that cannot save up
 * loses every millisecond the process spends on something else.
 */
export class WindowPacer {
  private readonly rings: Ring[];
  private pausedUntil = 0;

  constructor(perSecond: number) {
    if (!(perSecond >= 1)) throw new RangeError(`perSecond must be at least 1, got ${perSecond}`);
    this.rings = [new Ring(perSecond, 1000), new Ring(Math.ceil(perSecond / 5), 100)];
  }

  /** Take a slot; returns how long (ms) to wait before using it (0 = now) and the slot's number. */
  reserveSlot(nowMs: number): { wait: number; slot: number } {
    const at = Math.max(nowMs, this.pausedUntil, ...this.rings.map((r) => r.next()));
    const slot = this.rings[0]!.take(at);
    this.rings[1]!.take(at);
    return { wait: Math.max(0, Math.ceil(at - nowMs)), slot };
  }

  reserve(nowMs: number): number {
    return this.reserveSlot(nowMs).wait;
  }

  /** The send of `slot` was answered (or failed) at `atMs`. */
  answered(slot: number, atMs: number) {
    this.rings[0]!.answered(slot, atMs);
  }

  pauseUntil(untilMs: number) {
    if (untilMs > this.pausedUntil) this.pausedUntil = untilMs;
  }

  pausedFor(nowMs: number): number {
    return Math.max(0, this.pausedUntil - nowMs);
  }
}
