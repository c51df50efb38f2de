// The paid lane's pacer: at most N sends in any 1 s window, catching up after a stall at up to
// twice the rate, and counting a send from its answer when that came later.
import { describe, it, expect } from "vitest";
import { WindowPacer } from "../../src/outbox/pacer.ts";

/** Instants at which `n` sends go out when each is sent as soon as the pacer allows. */
function schedule(p: WindowPacer, n: number, start = 0, answerDelay = 0) {
  const out: number[] = [];
  let now = start;
  for (let i = 0; i < n; i++) {
    const r = p.reserveSlot(now);
    now += r.wait;
    out.push(now);
    if (answerDelay) p.answered(r.slot, now + answerDelay);
  }
  return out;
}

const maxInWindow = (xs: number[], ms: number) => {
  let best = 0;
  for (let i = 0, j = 0; i < xs.length; i++) {
    while (xs[j]! <= xs[i]! - ms) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
};

describe("WindowPacer", () => {
  it("never lets more than perSecond through in any 1,000 ms, nor a fifth of it in 100 ms", () => {
    const at = schedule(new WindowPacer(100), 1000);
    expect(maxInWindow(at, 1000)).toBe(100);
    expect(maxInWindow(at, 100)).toBeLessThanOrEqual(20);
    // and keeps the rate: 1,000 sends take about 10 s
    expect(at.at(-1)! - at[0]!).toBeGreaterThan(9000);
    expect(at.at(-1)! - at[0]!).toBeLessThan(10_000);
  });

  it("counts a send from its answer: a slow answer delays the send perSecond later", () => {
    const p = new WindowPacer(10);
    const at = schedule(p, 11, 0, 300);
    // the 11th send waits a full second after the FIRST ANSWER (300 ms), not after the first send
    expect(at[10]).toBeGreaterThanOrEqual(1300);
  });

  it("waits out a 429 pause", () => {
    const p = new WindowPacer(1000);
    p.pauseUntil(5000);
    expect(p.pausedFor(1000)).toBe(4000);
    expect(p.reserve(1000)).toBe(4000);
  });
});
