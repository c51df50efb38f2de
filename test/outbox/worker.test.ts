// The outbound queue on the worker's test DB with the fake Bot API and a fake clock: idempotent
// enqueue, budget and per-chat spacing, 429 / 403 / 5xx / 400 handling, safe claiming by two
// drains at once, and resuming SENDING rows left by a dead instance.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createDrainState, drainOutbox, enqueue, enqueueMany } from "../../src/outbox/index.ts";
import { drainWith, fakeSleep, rawApi, sentTo } from "./helpers.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

const row = (key: string) => h.prisma.outbox.findUniqueOrThrow({ where: { key } });
const now = () => h.clock.now();
const status = async (key: string) => (await row(key)).status;

async function user(tg: number) {
  return h.prisma.user.create({ data: { telegramId: BigInt(tg), consentAt: new Date("2026-01-01T00:00:00Z") } });
}

describe("enqueue", () => {
  it("is idempotent by key: the second enqueue of a key changes nothing", async () => {
    expect(
      await enqueue(
        h.prisma,
        {
          key: "k1",
          chatId: 5001,
          text: "halo",
          replyMarkup: { inline_keyboard: [[{ text: "A", callback_data: "a" }]] },
        },
        now(),
      ),
    ).toBe(true);
    expect(await enqueue(h.prisma, { key: "k1", chatId: 5002, text: "lain" }, now())).toBe(false);
    expect(
      await enqueueMany(
        h.prisma,
        [
          { key: "k1", chatId: 1, text: "x" },
          { key: "k2", chatId: 5002, text: "dua" },
        ],
        now(),
      ),
    ).toBe(1);
    const r = await row("k1");
    expect([r.chatId, r.status, r.payload]).toEqual([
      5001n,
      "PENDING",
      { text: "halo", reply_markup: { inline_keyboard: [[{ text: "A", callback_data: "a" }]] } },
    ]);
    await drainWith(h);
    expect(h.fake.byMethod("sendMessage").map((c) => [c.payload.chat_id, c.payload.text])).toEqual([
      [5001, "halo"],
      [5002, "dua"],
    ]);
    expect(h.fake.byMethod("sendMessage")[0]!.payload.reply_markup).toEqual({
      inline_keyboard: [[{ text: "A", callback_data: "a" }]],
    });
    const sent = await row("k1");
    expect([sent.status, sent.sentMessageId, sent.attempts, sent.sentAt?.toISOString()]).toEqual([
      "SENT",
      1001,
      1,
      h.clock.now().toISOString(),
    ]);
    // sent rows are never sent again, even when enqueued again
    await enqueue(h.prisma, { key: "k1", chatId: 5001, text: "halo" }, now());
    await drainWith(h);
    expect(h.fake.byMethod("sendMessage")).toHaveLength(2);
  });

  it("sends only rows that are due", async () => {
    await enqueue(h.prisma, {
      key: "later",
      chatId: 5001,
      text: "nanti",
      notBefore: new Date(h.clock.now().getTime() + 60_000),
    });
    expect((await drainWith(h)).sent).toBe(0);
    h.clock.advance(60_000);
    expect((await drainWith(h)).sent).toBe(1);
  });
});

describe("drain", () => {
  it("keeps the global budget: 60 messages at 25/s take 59 × 40 ms of waiting", async () => {
    await enqueueMany(
      h.prisma,
      Array.from({ length: 60 }, (_, i) => ({ key: `b${i}`, chatId: 6000 + i, text: `m${i}` })),
      now(),
    );
    const sleep = fakeSleep(h);
    const r = await drainWith(h, { sleep, budgetPerSecond: 25, batch: 20 });
    expect(r.sent).toBe(60);
    expect(sleep.total).toBe(59 * 40);
    expect(new Set(sentTo(h)).size).toBe(60);
  });

  it("spaces messages to one chat by a second", async () => {
    await enqueueMany(
      h.prisma,
      [1, 2, 3].map((i) => ({ key: `c${i}`, chatId: 5001, text: `m${i}` })),
      now(),
    );
    const state = createDrainState(25, h.clock.now().getTime());
    const r1 = await drainWith(h, { state });
    expect([r1.sent, r1.retried]).toEqual([1, 2]);
    expect(await status("c2")).toBe("PENDING");
    expect((await row("c2")).attempts).toBe(0); // handing back is not an attempt
    h.clock.advance(1000);
    expect((await drainWith(h, { state })).sent).toBe(1);
    h.clock.advance(1000);
    expect((await drainWith(h, { state })).sent).toBe(1);
    expect(h.fake.textsTo(5001)).toEqual(["m1", "m2", "m3"]);
  });

  it("429: the row waits retry_after, the worker pauses and hands the rest of the batch back", async () => {
    await enqueueMany(
      h.prisma,
      Array.from({ length: 5 }, (_, i) => ({ key: `r${i}`, chatId: 6000 + i, text: `m${i}` })),
      now(),
    );
    h.fake.fail(
      "sendMessage",
      { error_code: 429, description: "Too Many Requests: retry after 7", parameters: { retry_after: 7 } } as never,
      { chatId: 6000 },
    );
    const t0 = h.clock.now().getTime();
    const state = createDrainState(25, t0);
    // the loop gives every drain a deadline; a pause longer than what is left ends the drain
    const within = (ms: number) => ({ state, deadline: new Date(h.clock.now().getTime() + ms) });
    const r = await drainWith(h, { ...within(1000), concurrency: 1 });
    expect(r.sent).toBe(0);
    expect(r.retried).toBe(5);
    for (let i = 0; i < 5; i++) {
      const x = await row(`r${i}`);
      expect([x.status, x.attempts]).toEqual(["PENDING", 0]);
      expect(x.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(t0 + 7000);
    }
    h.clock.set(new Date(t0 + 6000));
    expect((await drainWith(h, within(1000))).sent).toBe(0);
    // with time left, a drain waits the pause out itself, then sends
    const sleep = fakeSleep(h);
    expect((await drainWith(h, { ...within(5000), sleep })).sent).toBe(5);
    expect(h.clock.now().getTime()).toBeGreaterThanOrEqual(t0 + 7000);
    expect(sleep.total).toBeGreaterThanOrEqual(1000);
    expect(sentTo(h).filter((c) => c === 6000)).toHaveLength(2); // the 429 call, then the real one
  });

  it("403: the user is marked blocked, the row SKIPPED, and later rows to them are skipped without a call", async () => {
    await user(5001);
    await enqueue(h.prisma, { key: "a", chatId: 5001, text: "satu" }, now());
    h.fake.fail(
      "sendMessage",
      { error_code: 403, description: "Forbidden: bot was blocked by the user" },
      { chatId: 5001 },
    );
    expect((await drainWith(h)).skipped).toBe(1);
    expect(await status("a")).toBe("SKIPPED");
    expect((await row("a")).error).toContain("403");
    expect((await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 5001n } })).blockedAt?.toISOString()).toBe(
      h.clock.now().toISOString(),
    );
    await enqueue(h.prisma, { key: "b", chatId: 5001, text: "dua" }, now());
    h.clock.advance(5000);
    expect((await drainWith(h)).skipped).toBe(1);
    expect(await status("b")).toBe("SKIPPED");
    expect(h.fake.byMethod("sendMessage")).toHaveLength(1);
  });

  it("5xx / network: retried with backoff, then FAILED with the error after maxAttempts", async () => {
    await enqueue(h.prisma, { key: "x", chatId: 5001, text: "coba" }, now());
    h.fake.fail("sendMessage", { error_code: 502, description: "Bad Gateway" }, { times: 3 });
    const opts = { maxAttempts: 3, backoffMs: 1000 };
    expect((await drainWith(h, opts)).retried).toBe(1);
    let x = await row("x");
    expect([x.status, x.attempts, x.error]).toEqual(["PENDING", 1, "502 Bad Gateway"]);
    expect(x.nextAttemptAt.getTime()).toBe(h.clock.now().getTime() + 1000);
    h.clock.advance(999);
    expect((await drainWith(h, opts)).retried).toBe(0); // not due yet
    h.clock.advance(1);
    await drainWith(h, opts);
    x = await row("x");
    expect([x.status, x.attempts]).toEqual(["PENDING", 2]);
    expect(x.nextAttemptAt.getTime()).toBe(h.clock.now().getTime() + 2000); // doubled
    h.clock.advance(2000);
    expect((await drainWith(h, opts)).failed).toBe(1);
    x = await row("x");
    expect([x.status, x.attempts, x.error]).toEqual(["FAILED", 3, "502 Bad Gateway"]);
    h.clock.advance(600_000);
    await drainWith(h, opts);
    expect(h.fake.byMethod("sendMessage")).toHaveLength(3);
  });

  it("a 5xx that clears on retry ends SENT; a 400 fails at once", async () => {
    await enqueue(h.prisma, { key: "ok", chatId: 5001, text: "a" }, now());
    await enqueue(h.prisma, { key: "bad", chatId: 5002, text: "b" }, now());
    h.fake.fail("sendMessage", { error_code: 500, description: "Internal Server Error" }, { chatId: 5001 });
    h.fake.fail("sendMessage", { error_code: 400, description: "Bad Request: chat not found" }, { chatId: 5002 });
    await drainWith(h, { backoffMs: 1000 });
    expect(await status("bad")).toBe("FAILED");
    h.clock.advance(1000);
    await drainWith(h);
    const ok = await row("ok");
    expect([ok.status, ok.attempts, ok.error]).toEqual(["SENT", 2, null]);
  });

  it("two drains at once never send the same row twice", async () => {
    const n = 120;
    await enqueueMany(
      h.prisma,
      Array.from({ length: n }, (_, i) => ({ key: `p${i}`, chatId: 7000 + i, text: `m${i}` })),
      now(),
    );
    const api = rawApi(h);
    const mk = () =>
      drainOutbox({
        prisma: h.prisma,
        api,
        clock: h.clock,
        logger: h.deps.logger,
        sleep: async () => undefined,
        batch: 7,
      });
    const [a, b] = await Promise.all([mk(), mk()]);
    expect(a.sent + b.sent).toBe(n);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    const chats = sentTo(h);
    expect(chats).toHaveLength(n);
    expect(new Set(chats).size).toBe(n);
    expect(await h.prisma.outbox.count({ where: { status: "SENT" } })).toBe(n);
  });

  it("after a restart, SENDING rows whose claim ran out are sent; live claims are left alone", async () => {
    await enqueueMany(
      h.prisma,
      [
        { key: "dead", chatId: 5001, text: "a" },
        { key: "live", chatId: 5002, text: "b" },
      ],
      now(),
    );
    const t = h.clock.now().getTime();
    await h.prisma.outbox.update({
      where: { key: "dead" },
      data: { status: "SENDING", attempts: 1, nextAttemptAt: new Date(t - 1) },
    });
    await h.prisma.outbox.update({
      where: { key: "live" },
      data: { status: "SENDING", attempts: 1, nextAttemptAt: new Date(t + 60_000) },
    });
    const r = await drainWith(h);
    expect([r.recovered, r.sent]).toEqual([1, 1]);
    expect(sentTo(h)).toEqual([5001]);
    expect(await status("live")).toBe("SENDING");
    h.clock.advance(60_000);
    expect((await drainWith(h)).sent).toBe(1);
    expect(await status("live")).toBe("SENT");
  });

  it("stops claiming at the deadline and hands nothing out twice", async () => {
    await enqueueMany(
      h.prisma,
      Array.from({ length: 30 }, (_, i) => ({ key: `d${i}`, chatId: 8000 + i, text: `m${i}` })),
      now(),
    );
    // 10 per batch at 10/s: the first batch takes ~0.9 s of fake time, the deadline is 0.5 s away
    const r = await drainWith(h, { budgetPerSecond: 10, batch: 10, deadline: new Date(h.clock.now().getTime() + 500) });
    expect(r.sent).toBe(10);
    expect(await h.prisma.outbox.count({ where: { status: "PENDING" } })).toBe(20);
    expect(await h.prisma.outbox.count({ where: { status: "SENDING" } })).toBe(0);
  });
});
