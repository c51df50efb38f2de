// The drain loop the app runs: sends what is queued under the "outbox-drain" lease, waits while
// another instance holds the lease, and stops promptly even in the middle of a 429 pause.
import { describe, it, expect, beforeEach, vi } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { enqueue, enqueueMany, startOutboxLoop, OUTBOX_JOB } from "../../src/outbox/index.ts";
import { tryAcquireLease } from "../../src/db/lease.ts";
import { rawApi, sentTo } from "./helpers.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

const loop = () =>
  startOutboxLoop({
    prisma: h.prisma,
    api: rawApi(h),
    clock: h.clock,
    logger: h.deps.logger,
    holder: "me",
    budgetPerSecond: 1000,
    idleMs: 5,
  });
const queue = (n: number) =>
  enqueueMany(
    h.prisma,
    Array.from({ length: n }, (_, i) => ({ key: `l${i}`, chatId: 9000 + i, text: `m${i}` })),
    h.clock.now(),
  );

describe("outbox loop", () => {
  it("drains the queue, then stops cleanly", async () => {
    const l = loop();
    await queue(3);
    await vi.waitFor(async () => expect(await h.prisma.outbox.count({ where: { status: "SENT" } })).toBe(3), {
      timeout: 10_000,
      interval: 20,
    });
    await l.stop();
    expect(sentTo(h).sort()).toEqual([9000, 9001, 9002]);
  });

  it("an interactive row enqueued in this process wakes the idle loop at once (no poll tick)", async () => {
    // idle for an hour between looks: only the wake signal can get the row out within the test
    const l = startOutboxLoop({
      prisma: h.prisma,
      api: rawApi(h),
      clock: h.clock,
      logger: h.deps.logger,
      holder: "me",
      budgetPerSecond: 1000,
      idleMs: 3_600_000,
    });
    await h.prisma.outbox.count(); // let the loop take its first (empty) look and go idle
    await new Promise((r) => setTimeout(r, 50));
    await enqueue(h.prisma, { key: "wake", chatId: 9100, text: "balasan" }, h.clock.now());
    await vi.waitFor(
      async () => expect((await h.prisma.outbox.findUniqueOrThrow({ where: { key: "wake" } })).status).toBe("SENT"),
      {
        timeout: 20_000,
        interval: 20,
      },
    );
    await l.stop();
  });

  it("sends nothing while another instance holds the lease; takes over when it expires", async () => {
    await tryAcquireLease(h.prisma, OUTBOX_JOB, "other", h.clock.now(), 60_000);
    await queue(2);
    const l = loop();
    // let the loop look a few times (each look is a DB round trip; no wall-clock assertion)
    for (let i = 0; i < 5; i++) await h.prisma.outbox.count();
    await new Promise((r) => setTimeout(r, 50));
    expect(sentTo(h)).toEqual([]);
    h.clock.advance(60_000);
    await vi.waitFor(async () => expect(await h.prisma.outbox.count({ where: { status: "SENT" } })).toBe(2), {
      timeout: 10_000,
      interval: 20,
    });
    await l.stop();
  });

  it("stop() interrupts a 429 pause and leaves the row PENDING for later", async () => {
    await queue(1);
    h.fake.fail("sendMessage", {
      error_code: 429,
      description: "Too Many Requests: retry after 30",
      parameters: { retry_after: 30 },
    } as never);
    const l = loop();
    await vi.waitFor(() => expect(h.fake.byMethod("sendMessage")).toHaveLength(1), { timeout: 10_000, interval: 10 });
    await vi.waitFor(
      async () => expect((await h.prisma.outbox.findUniqueOrThrow({ where: { key: "l0" } })).status).toBe("PENDING"),
      {
        timeout: 10_000,
        interval: 10,
      },
    );
    await l.stop(); // would hang for 30 s of real time if the pause were not interruptible (test timeout 30 s)
    expect(
      (await h.prisma.jobLease.findUniqueOrThrow({ where: { name: OUTBOX_JOB } })).until.getTime(),
    ).toBeLessThanOrEqual(h.clock.now().getTime());
  });
});
