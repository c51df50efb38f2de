// Start-up on the embedded database after a kill -9: the dead process's job leases and outbox
// claims are freed at once (src/jobs/dead-claims.ts), so a broadcast it was sending goes on now
// instead of after the leases run out; rows it had finished are left alone.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { enqueueMany, OUTBOX_JOB } from "../../src/outbox/index.ts";
import { tryAcquireLease } from "../../src/db/lease.ts";
import { releaseDeadClaims } from "../../src/jobs/dead-claims.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

describe("releaseDeadClaims", () => {
  it("frees unexpired leases and puts claimed rows back to PENDING, due now; SENT and PENDING rows untouched", async () => {
    const now = h.clock.now();
    const later = (ms: number) => new Date(now.getTime() + ms);
    expect(await tryAcquireLease(h.prisma, OUTBOX_JOB, "dead-host:1:aa", now, 60_000)).toBe(true);
    await enqueueMany(
      h.prisma,
      ["sent", "claimed1", "claimed2", "waiting"].map((key, i) => ({ key, chatId: 9000 + i, text: key })),
      now,
    );
    await h.prisma.outbox.update({ where: { key: "sent" }, data: { status: "SENT", sentAt: now } });
    await h.prisma.outbox.updateMany({
      where: { key: { startsWith: "claimed" } },
      data: { status: "SENDING", attempts: 1, nextAttemptAt: later(120_000) },
    });
    await h.prisma.outbox.update({ where: { key: "waiting" }, data: { nextAttemptAt: later(3_600_000) } });
    expect(await tryAcquireLease(h.prisma, OUTBOX_JOB, "me", now, 60_000)).toBe(false);

    expect(await releaseDeadClaims(h.prisma, now)).toEqual({ leases: 1, outbox: 2 });

    expect(await tryAcquireLease(h.prisma, OUTBOX_JOB, "me", now, 60_000)).toBe(true);
    const rows = await h.prisma.outbox.findMany({
      orderBy: { key: "asc" },
      select: { key: true, status: true, nextAttemptAt: true, attempts: true },
    });
    expect(rows.map((r) => [r.key, r.status, r.nextAttemptAt.getTime() - now.getTime(), r.attempts])).toEqual([
      ["claimed1", "PENDING", 0, 1],
      ["claimed2", "PENDING", 0, 1],
      ["sent", "SENT", 0, 0],
      ["waiting", "PENDING", 3_600_000, 0],
    ]);
  });
});
